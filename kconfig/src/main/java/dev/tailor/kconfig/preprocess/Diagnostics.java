package dev.tailor.kconfig.preprocess;

import java.util.Objects;
import java.util.function.Consumer;

/** Where the preprocessor sends the lines printed by {@code $(info,...)} and {@code $(warning-if,...)}. */
public interface Diagnostics {

    /** A line printed by {@code $(info,text)}: just the text (the C tool prints it on stdout). */
    void info(String text);

    /** A line printed by {@code $(warning-if,y,text)}: {@code file:line: text} (stderr in the C tool). */
    void warning(String message);

    /** The same line with its location apart, for those who show the file otherwise; null file: none. */
    default void warning(String file, int line, String text) {
        warning(file == null ? text : file + ":" + line + ": " + text);
    }

    /** Sends both kinds of line to one consumer, in the order they are printed. */
    static Diagnostics of(Consumer<String> lines) {
        Objects.requireNonNull(lines, "lines");
        return new Diagnostics() {
            @Override
            public void info(String text) {
                lines.accept(text);
            }

            @Override
            public void warning(String message) {
                lines.accept(message);
            }
        };
    }

    /** Prints info lines on {@link System#out} and warnings on {@link System#err}, like the C tool. */
    static Diagnostics standard() {
        return new Diagnostics() {
            @Override
            public void info(String text) {
                System.out.println(text);
            }

            @Override
            public void warning(String message) {
                System.err.println(message);
            }
        };
    }
}
