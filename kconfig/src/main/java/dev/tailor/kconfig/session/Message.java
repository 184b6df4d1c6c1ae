package dev.tailor.kconfig.session;

/**
 * Something a session says that is not an error: a note of Linux's conf ("configuration written to .config"),
 * a line of a mode's output, or one of the engine's diagnostics. Where it is about a place, {@code file} (as
 * the session names it: relative to the working directory or $srctree) and {@code line} say which.
 *
 * @param kind what it is, and so where Linux prints it
 * @param file the file it is about, or null
 * @param line the 1-based line in {@code file}, or 0
 * @param text the text without the location
 */
public record Message(Kind kind, String file, int line, String text) {
    /** What a message is. The first three go to standard output in Linux's tools, the others to standard error. */
    public enum Kind {
        /** conf_message: progress such as "configuration written to .config", printed framed by {@code #} lines. */
        NOTE,
        /** A line of the mode's output: randconfig's KCONFIG_SEED=..., a listnewconfig entry. */
        OUTPUT,
        /** A line printed by $(info,...). */
        INFO,
        /** A warning at a place in a Kconfig or configuration file. */
        WARNING,
        /** A report that a select overrides unmet direct dependencies: several lines, each with its newline. */
        DEPENDENCY,
        /** Any other text on standard error, such as $(warning-if,...) or a recursive-dependency report. */
        MESSAGE
    }

    static Message of(Kind kind, String text) {
        return new Message(kind, null, 0, text);
    }

    /** Whether Linux's tools print it on standard output (else on standard error). */
    public boolean isOutput() {
        return kind == Kind.NOTE || kind == Kind.OUTPUT || kind == Kind.INFO;
    }

    /**
     * The text as Linux prints it, the place named as {@code where}: with a newline after every line for a
     * {@link Kind#DEPENDENCY} report, without the final one for the others.
     */
    public String format(String where) {
        if (where == null) return text;
        return kind == Kind.WARNING ? where + ":" + line + ":warning: " + text : where + ":" + line + ": " + text;
    }

    /** The text as Linux prints it, the place named as the session names it. */
    public String format() {
        return format(file);
    }
}
