package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration input that is a FIFO or a device is refused with its name, quickly: Linux's conf would
 * block on the FIFO, or read /dev/zero until memory runs out. The FIFO is left as it was.
 */
class NonRegularInputTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void setUp() throws java.io.IOException {
        cli = new Cli(dir);
        cli.write("Kconfig", "config A\n\tbool \"a\"\n\tdefault y\n");
    }

    @Test
    void aConfigThatIsAFifoIsRefused() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "no mkfifo to make a FIFO with");
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve(".config").toString()).start().waitFor());
        Cli.Result r = assertTimeoutPreemptively(QUICK, () -> cli.run("olddefconfig"));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(".config: not a regular file\n", r.err());
        assertTrue(Files.exists(dir.resolve(".config")) && !Files.isRegularFile(dir.resolve(".config")));
    }

    @Test
    void aDefconfigOrAllconfigThatIsADeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        Cli.Result r = assertTimeoutPreemptively(QUICK, () -> cli.run("defconfig", "/dev/zero"));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("/dev/zero: not a regular file\n", r.err());
        r = assertTimeoutPreemptively(QUICK, () -> cli.env("KCONFIG_ALLCONFIG", "/dev/zero").run("alldefconfig"));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("/dev/zero: not a regular file\n", r.err());
        assertTrue(!Files.exists(dir.resolve(".config")));
    }
}
