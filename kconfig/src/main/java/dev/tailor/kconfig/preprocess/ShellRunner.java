package dev.tailor.kconfig.preprocess;

/**
 * Runs the command of a {@code $(shell,...)} call. Implementations return the command's complete
 * standard output, untouched; the preprocessor itself turns newlines into spaces and drops trailing
 * ones. A non-zero exit status is not an error.
 */
@FunctionalInterface
public interface ShellRunner {

    /**
     * Runs {@code command} as {@code /bin/sh -c command} would.
     *
     * @return everything the command wrote to standard output, decoded as {@link dev.tailor.kconfig.ByteText}
     * @throws java.io.UncheckedIOException if the command cannot be started or its output read
     * @throws dev.tailor.kconfig.KconfigException if the runner refuses the command (for example a
     *     replay-only {@link ShellCache} without a recording of it)
     */
    String run(String command);
}
