package dev.tailor.kconfig.preprocess;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.KconfigException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs commands with {@code /bin/sh -c} in a fixed working directory, as {@code popen()} does for the C
 * tool: standard input from {@code /dev/null}, standard error passed through to this process's, standard
 * output captured and decoded as {@link ByteText}. The exit status is ignored. A command is bounded by
 * {@link ProbeLimits}: past the time limit it and its children are killed and the call fails; past the
 * output limit its output is closed, which stops it as Linux's pclose() does.
 */
public final class ProcessShellRunner implements ShellRunner {
    private static final File DEV_NULL = new File("/dev/null");

    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final ProbeLimits limits;

    /** Runs commands in {@code workingDirectory} with this process's environment. */
    public ProcessShellRunner(Path workingDirectory) {
        this(workingDirectory, null);
    }

    /**
     * Runs commands in {@code workingDirectory} with exactly the variables of {@code environment}, or
     * with this process's environment when it is null, within {@link ProbeLimits#fromSystemProperties()}.
     */
    public ProcessShellRunner(Path workingDirectory, Map<String, String> environment) {
        this(workingDirectory, environment, ProbeLimits.fromSystemProperties());
    }

    public ProcessShellRunner(Path workingDirectory, Map<String, String> environment, ProbeLimits limits) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.environment = environment == null ? null : Map.copyOf(environment);
        this.limits = Objects.requireNonNull(limits, "limits");
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
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(command + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        InputStream in = process.getInputStream();
        CompletableFuture<byte[]> reading = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                reading.complete(in.readNBytes(limits.maxOutputBytes()));
            } catch (IOException e) {
                reading.completeExceptionally(e);
            }
        });
        try {
            byte[] stdout = reading.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
            // Like pclose(): close the pipe (a command still writing gets SIGPIPE), wait for the child;
            // its status does not matter.
            in.close();
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw timeout(command, process);
            }
            return ByteText.decode(stdout);
        } catch (TimeoutException e) {
            throw timeout(command, process);
        } catch (ExecutionException e) {
            kill(process);
            throw new UncheckedIOException(command + ": " + e.getCause().getMessage(),
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (IOException e) {
            kill(process);
            throw new UncheckedIOException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(command + ": interrupted", new InterruptedIOException());
        }
    }

    private KconfigException timeout(String command, Process process) {
        kill(process);
        return new KconfigException("$(shell," + command + ") still running after " + limits.timeout().toSeconds()
                + " s: stopped (the limit is the system property " + ProbeLimits.TIMEOUT_PROPERTY + ", in seconds)");
    }

    /** Kills the command and everything it started, and closes its output so that the reader ends. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.getInputStream().close();
        } catch (IOException ignored) {
            // Already closed: nothing is left to release.
        }
    }
}
