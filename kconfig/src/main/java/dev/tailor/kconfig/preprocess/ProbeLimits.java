package dev.tailor.kconfig.preprocess;

import dev.tailor.kconfig.KconfigException;
import java.time.Duration;

/**
 * How long a {@code $(shell,...)} command may run and how much of its output is kept. Linux sets no time
 * limit; a command that never ends would hang the configuration, so it is stopped and reported. The value
 * of {@code $(shell,...)} uses only the first 4095 bytes, as Linux's single 4096-byte read does; the rest
 * up to {@code maxOutputBytes} is kept for the shell cache, and beyond it the command is stopped as
 * Linux's pclose() stops it.
 *
 * @param timeout the longest a command may run
 * @param maxOutputBytes the most bytes of standard output read; at least 4096
 */
public record ProbeLimits(Duration timeout, int maxOutputBytes) {
    /** System property with the timeout in seconds. */
    public static final String TIMEOUT_PROPERTY = "kconfig.shell.timeout";
    /** System property with the output limit in bytes. */
    public static final String MAX_OUTPUT_PROPERTY = "kconfig.shell.maxOutput";

    public static final ProbeLimits DEFAULT = new ProbeLimits(Duration.ofSeconds(120), 1 << 20);

    public ProbeLimits {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxOutputBytes <= ShellOutput.MAX_BYTES) {
            throw new IllegalArgumentException("maxOutputBytes must be more than " + ShellOutput.MAX_BYTES);
        }
    }

    /** The defaults, overridden by the system properties {@value #TIMEOUT_PROPERTY} and {@value #MAX_OUTPUT_PROPERTY}. */
    public static ProbeLimits fromSystemProperties() {
        long seconds = property(TIMEOUT_PROPERTY, DEFAULT.timeout.toSeconds());
        long bytes = property(MAX_OUTPUT_PROPERTY, DEFAULT.maxOutputBytes);
        if (seconds < 1) throw new KconfigException(TIMEOUT_PROPERTY + " must be at least 1 (seconds)");
        if (bytes <= ShellOutput.MAX_BYTES || bytes > Integer.MAX_VALUE - 8) {
            throw new KconfigException(MAX_OUTPUT_PROPERTY + " must be between " + (ShellOutput.MAX_BYTES + 1)
                    + " and " + (Integer.MAX_VALUE - 8) + " (bytes)");
        }
        return new ProbeLimits(Duration.ofSeconds(seconds), (int) bytes);
    }

    private static long property(String name, long fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new KconfigException(name + ": not a number: \"" + value + "\"");
        }
    }
}
