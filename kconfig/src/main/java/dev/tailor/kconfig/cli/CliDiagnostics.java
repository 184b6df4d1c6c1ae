package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Diagnostics;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's diagnostics as the command line shows them: printed to standard error in Linux's formats,
 * counted (for {@code KCONFIG_WERROR}). The {@code check} command collects warnings as findings instead of printing them.
 */
final class CliDiagnostics implements Diagnostics {
    /** A located warning, kept when collecting. */
    record Warning(String file, int line, String message) {
        String format() {
            return file + ":" + line + ": warning: " + message;
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final boolean collect;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean bufferMessages;
    private boolean showDependencyWarnings = true;
    private int warningCount;
    private int dependencyWarningCount;

    /**
     * @param out where $(info,...) lines go, as in Linux; null to treat them as messages (when standard
     *     output is reserved for other text)
     * @param err where to print the rest
     * @param collect keep warnings (for {@link #warnings()}) instead of printing them
     */
    CliDiagnostics(PrintStream out, PrintStream err, boolean collect) {
        this.out = out;
        this.err = err;
        this.collect = collect;
    }

    /** Keeps messages back until {@link #flushMessages} (the check command decides later where they go). */
    void bufferMessages(boolean on) {
        bufferMessages = on;
    }

    /** Whether Linux's "unmet direct dependencies" reports are printed (they are always counted). */
    void showDependencyWarnings(boolean on) {
        showDependencyWarnings = on;
    }

    @Override
    public void warning(String file, int line, String message) {
        warningCount++;
        if (collect) {
            warnings.add(new Warning(file, line, message));
        } else {
            err.println(file + ":" + line + ":warning: " + message);
        }
    }

    @Override
    public void dependencyWarning(String text) {
        dependencyWarningCount++;
        if (showDependencyWarnings) err.print(text);
    }

    @Override
    public void info(String text) {
        if (out == null) {
            message(text);
        } else {
            out.println(text);
        }
    }

    @Override
    public void message(String text) {
        messages.add(text);
        if (!bufferMessages) err.println(text);
    }

    /** Every message so far, printed or buffered. */
    List<String> messages() {
        return messages;
    }

    /** Prints the buffered messages from {@code from} (inclusive) to {@code to} (exclusive). */
    void flushMessages(int from, int to) {
        for (int i = from; i < to; i++) err.println(messages.get(i));
    }

    List<Warning> warnings() {
        return warnings;
    }

    int warningCount() {
        return warningCount;
    }

    int dependencyWarningCount() {
        return dependencyWarningCount;
    }
}
