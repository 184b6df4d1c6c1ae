package dev.tailor.kconfig;

/**
 * An error in a Kconfig tree, a {@code .config} file or a request to the engine, located at a file and
 * line when there is one. Its message is the one-line text shown to the user, {@code file:line: reason}.
 */
public class KconfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public KconfigException(String file, int line, String reason) {
        this(file, line, reason, located(file, line, reason));
    }

    private KconfigException(String file, int line, String reason, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /**
     * An error located at a file and line whose message is {@code text} alone: Linux prints some reports
     * (recursive inclusion, dependency loops) without a location prefix, the places being in the text.
     */
    public static KconfigException report(String file, int line, String reason, String text) {
        return new KconfigException(file, line, reason, text);
    }

    public KconfigException(String reason) {
        this(null, 0, reason);
    }

    /** The file the error is in, or null when it has no location. */
    public String file() {
        return file;
    }

    /** The 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The reason without the location. */
    public String reason() {
        return reason;
    }

    /** The reason with the location, {@code file:line: reason}, also where the message has none. */
    public String locatedReason() {
        return located(file, line, reason);
    }

    private static String located(String file, int line, String reason) {
        return file == null ? reason : line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
