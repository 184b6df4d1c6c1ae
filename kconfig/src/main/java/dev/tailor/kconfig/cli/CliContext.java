package dev.tailor.kconfig.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line runs against: its environment variables, working directory and standard streams.
 * The real process passes its own; tests pass a map, a temporary directory and captured streams.
 *
 * @param environment the environment variables, as {@link System#getenv()} gives them
 * @param workingDirectory the directory relative paths are resolved against
 * @param in standard input (read by {@code oldconfig})
 * @param out standard output
 * @param err standard error
 * @param interactive whether standard input and output are a terminal (Linux's {@code tty_stdio}): when
 *     they are not, {@code oldconfig} echoes each answer it reads
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, InputStream in, PrintStream out,
        PrintStream err, boolean interactive) {
    public CliContext {
        environment = Map.copyOf(environment);
        workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
