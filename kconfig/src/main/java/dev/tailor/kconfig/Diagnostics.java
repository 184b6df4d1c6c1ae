package dev.tailor.kconfig;

import java.io.PrintStream;

/**
 * Where the engine reports what is not fatal: warnings located at a file and line, the unmet-dependency
 * reports of select, the lines of $(info) and other messages. The default prints them the way Linux's tools do.
 */
public interface Diagnostics {

    /** A warning at a location, printed as {@code file:line:warning: message}. */
    void warning(String file, int line, String message);

    /** A multi-line report that a select overrides unmet direct dependencies. */
    void dependencyWarning(String text);

    /** A line printed by $(info,...): Linux prints it on standard output. */
    void info(String text);

    /** A line of plain output on standard error, such as $(warning-if,...) or a recursive-dependency report. */
    void message(String text);

    /** A message about a place, such as $(warning-if,...): {@code file:line: text} unless shown otherwise. */
    default void message(String file, int line, String text) {
        message(file == null ? text : file + ":" + line + ": " + text);
    }

    /** Diagnostics printed in Linux's formats: $(info,...) lines to {@code out}, the rest to {@code err}. */
    static Diagnostics printingTo(PrintStream out, PrintStream err) {
        return new Diagnostics() {
            @Override
            public void info(String text) {
                out.println(text);
            }

            @Override
            public void warning(String file, int line, String message) {
                err.println(file + ":" + line + ":warning: " + message);
            }

            @Override
            public void dependencyWarning(String text) {
                err.print(text);
            }

            @Override
            public void message(String text) {
                err.println(text);
            }
        };
    }

    /** Diagnostics that are dropped. */
    static Diagnostics silent() {
        return new Diagnostics() {
            @Override
            public void warning(String file, int line, String message) {}

            @Override
            public void dependencyWarning(String text) {}

            @Override
            public void info(String text) {}

            @Override
            public void message(String text) {}
        };
    }
}
