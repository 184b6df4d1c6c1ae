package dev.tailor.kconfig.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessShellRunnerTest {
    @TempDir
    Path dir;

    /** Per test (not @BeforeAll), so that without /bin/sh the tests are reported skipped. */
    @BeforeEach
    void needsShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
    }

    @Test
    void returnsRawStdout() {
        ShellRunner sh = new ProcessShellRunner(dir);
        assertEquals("a\nb\n\n", sh.run("printf 'a\\nb\\n\\n'"));
        assertEquals("\u00e9\n", sh.run("printf '\\303\\251\\n'"));
    }

    @Test
    void exitStatusAndStderrAreIgnored() {
        ShellRunner sh = new ProcessShellRunner(dir);
        assertEquals("out\n", sh.run("echo out; echo err >&2; exit 3"));
        assertEquals("", sh.run("no-such-command-for-tailor 2>/dev/null"));
    }

    @Test
    void runsInWorkingDirectoryWithEmptyStdin() throws Exception {
        ShellRunner sh = new ProcessShellRunner(dir);
        assertEquals(dir.toRealPath() + "\n", sh.run("pwd -P"));
        assertEquals("", sh.run("cat"));
        sh.run("mkdir .tmp_probe && touch .tmp_probe/x");
        assertEquals(true, Files.exists(dir.resolve(".tmp_probe/x")));
    }

    @Test
    void explicitEnvironmentReplacesInherited() {
        ShellRunner sh = new ProcessShellRunner(dir, Map.of("FOO", "bar"));
        assertEquals("bar|\n", sh.run("echo \"$FOO|$HOME\""));
    }
}
