package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tailor.kconfig.preprocess.ProbeLimits;
import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that would hang the tool or exhaust its memory ends in a located error, quickly. */
class HostileInputTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    @Test
    void sourcingAFifoIsRefused() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "no mkfifo to make a FIFO with");
        Process mkfifo = new ProcessBuilder("mkfifo", tmp.resolve("pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        KconfigException e = assertTimeoutPreemptively(QUICK, () -> t.loadFails("config A\n\tbool\nsource \"pipe\"\n"));
        assertEquals("Kconfig:3: can't open file \"pipe\": not a regular file", e.getMessage());
    }

    /** A wildcard segment lists directories only: opening a FIFO to list it would wait for a writer. */
    @Test
    void aWildcardPassesAFifoBy() throws Exception {
        fifo("pipe");
        Kconfig k = assertTimeoutPreemptively(QUICK,
                () -> t.load("config A\n\tbool \"a\"\nosource \"*/*.k\"\nosource \"pipe/*\"\n"));
        TestTrees.sym(k, "A");
    }

    @Test
    void sourcingADeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        KconfigException e = assertTimeoutPreemptively(QUICK, () -> t.loadFails("source \"/dev/zero\"\n"));
        assertEquals("Kconfig:1: can't open file \"/dev/zero\": not a regular file", e.getMessage());
        KconfigException top = assertTimeoutPreemptively(QUICK,
                () -> org.junit.jupiter.api.Assertions.assertThrows(KconfigException.class, () -> t.loadFile("/dev/zero")));
        assertEquals("/dev/zero: not a regular file", top.getMessage());
    }

    @Test
    void aMacroThatDoublesItselfIsStopped() {
        String call = "x";
        for (int i = 0; i < 30; i++) call = "$(f," + call + ")";
        String tree = "f = $(1)$(1)\nconfig A\n\tstring\n\tdefault \"" + call + "\"\n";
        KconfigException e = assertTimeoutPreemptively(QUICK, () -> t.loadFails(tree));
        assertEquals("Kconfig:4: macro expansion longer than 1048576 characters", e.getMessage());
    }

    @Test
    void aSimpleVariableAppendedToItselfIsStopped() {
        String tree = "X := x\n" + "X += $(X)\n".repeat(40) + "config A\n\tbool\n";
        KconfigException e = assertTimeoutPreemptively(QUICK, () -> t.loadFails(tree));
        assertEquals("Kconfig:21: macro expansion longer than 1048576 characters", e.getMessage());
    }

    @Test
    void aShellCommandThatNeverEndsIsKilledAfterTheTimeLimit() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        t.shell = new ProcessShellRunner(tmp, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")),
                new ProbeLimits(Duration.ofSeconds(1), 1 << 16));
        KconfigException e = assertTimeoutPreemptively(QUICK,
                () -> t.loadFails("config A\n\tbool\nX := $(shell,sleep 60 & echo $! > child; wait)\n"));
        assertEquals("Kconfig:3: $(shell,sleep 60 & echo $! > child; wait) still running after 1 s: stopped "
                + "(the limit is the system property kconfig.shell.timeout, in seconds)", e.getMessage());
        long child = Long.parseLong(Files.readString(tmp.resolve("child")).strip());
        // The kill is asynchronous: give the process table a moment.
        for (int i = 0; i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false); i++) Thread.sleep(100);
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "the command's child was killed");
    }

    @Test
    void aShellCommandWithEndlessOutputIsCutAsLinuxCutsIt() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        t.shell = new ProcessShellRunner(tmp, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")),
                new ProbeLimits(Duration.ofSeconds(10), 1 << 16));
        Kconfig k = assertTimeoutPreemptively(QUICK,
                () -> t.load("config A\n\tstring\n\tdefault \"$(shell,yes)\"\n"));
        // Linux reads once into 4096 bytes, keeps 4095, turns the newlines into spaces.
        String value = TestTrees.sym(k, "A").stringValue();
        assertEquals(4095, value.length());
        assertTrue(value.startsWith("y y y "), value.substring(0, 10));
    }

    @Test
    void readingAFifoAsAConfigurationIsRefused() throws Exception {
        Path pipe = fifo("config-pipe");
        Kconfig k = t.load("config A\n\tbool \"a\"\n");
        KconfigException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(KconfigException.class,
                () -> new ConfigReader(k).read(pipe, ".config")));
        assertEquals(".config: not a regular file", e.getMessage());
    }

    @Test
    void readingADeviceAsADefconfigIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        Kconfig k = t.load("config A\n\tbool \"a\"\n");
        KconfigException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(KconfigException.class,
                () -> new ConfigReader(k).readValues(Path.of("/dev/zero"), "/dev/zero")));
        assertEquals("/dev/zero: not a regular file", e.getMessage());
    }

    private Path fifo(String name) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "no mkfifo to make a FIFO with");
        Path p = tmp.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
        return p;
    }
}
