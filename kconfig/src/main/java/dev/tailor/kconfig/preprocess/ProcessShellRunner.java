package dev.tailor.kconfig.preprocess;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Runs commands with {@code /bin/sh -c} in a fixed working directory, as {@code popen()} does for the C
 * tool: standard input from {@code /dev/null}, standard error passed through to this process's, standard
 * output captured and decoded as UTF-8. The exit status is ignored.
 */
public final class ProcessShellRunner implements ShellRunner {
    private static final File DEV_NULL = new File("/dev/null");

    private final Path workingDirectory;
    private final Map<String, String> environment;

    /** Runs commands in {@code workingDirectory} with this process's environment. */
    public ProcessShellRunner(Path workingDirectory) {
        this(workingDirectory, null);
    }

    /**
     * Runs commands in {@code workingDirectory} with exactly the variables of {@code environment}, or
     * with this process's environment when it is null.
     */
    public ProcessShellRunner(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.environment = environment == null ? null : Map.copyOf(environment);
    }

    @Override
    public String run(String command) {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                .directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (environment != null) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        try {
            Process process = builder.start();
            byte[] stdout;
            try (InputStream in = process.getInputStream()) {
                stdout = in.readAllBytes();
            }
            // Like pclose(): wait for the child, but its status does not matter.
            process.waitFor();
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(command + ": interrupted", new InterruptedIOException());
        }
    }
}
