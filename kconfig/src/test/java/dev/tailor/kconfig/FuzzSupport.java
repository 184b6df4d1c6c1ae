package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tailor.kconfig.preprocess.ShellRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the fuzz targets share: a scratch directory below {@code target/}, an environment, a
 * {@code $(shell,...)} that runs nothing, and the check that an error is the engine's own, located one.
 */
final class FuzzSupport {
    private FuzzSupport() {}

    static final Map<String, String> ENV = Map.of("ARCH", "x86_64", "SRCARCH", "x86", "KERNELVERSION", "6.18.0",
            "CC", "gcc");

    /**
     * Fuzzed input must not start processes (a {@code $(shell,yes)} would run until the probe limits stop
     * it, thousands of times): the "output" of a command is the command itself, so that expansions still
     * see text of the size and shape the input asked for.
     */
    static final ShellRunner ECHO_SHELL = command -> command + "\n";

    /** A scratch directory of its own for each target, under the build directory. */
    static Path workDir(String target) {
        Path dir = Path.of("target", "fuzz-work", target).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static Kconfig.LoadOptions options(Path dir) {
        return new Kconfig.LoadOptions(ENV, dir, ECHO_SHELL, Diagnostics.silent());
    }

    /** Fails unless the error (and each one reported with it) names its place as file:line. */
    static void assertLocated(KconfigException e) {
        assertNull(LocatedErrors.problem(e), () -> LocatedErrors.problem(e));
        for (Throwable t : e.getSuppressed()) {
            if (t instanceof KconfigException k) assertNull(LocatedErrors.problem(k), () -> LocatedErrors.problem(k));
        }
    }
}
