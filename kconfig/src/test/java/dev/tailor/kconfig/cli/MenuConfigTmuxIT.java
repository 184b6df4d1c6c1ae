package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.testing.EnvSh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kconfig menuconfig} end to end: the real kconfig.jar in a real terminal (tmux, 80x24, on a tmux
 * server of its own) on the Unikraft 0.17 tree of the corpus, driven with send-keys and read with
 * capture-pane. Skipped when tmux or the corpus is missing.
 */
class MenuConfigTmuxIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    /** The socket of this test's own tmux server (-S, in the test's folder), so that no other tmux is touched. */
    private String server;
    private boolean started;

    /** Ends the test's tmux server, if it is still there (it ends by itself with its only session). */
    @AfterEach
    void stopServer() throws Exception {
        if (started) new ProcessBuilder("tmux", "-S", server, "kill-server").redirectErrorStream(true).start().waitFor();
    }

    @Test
    void searchToggleSaveAndQuitOnUnikraft() throws Exception {
        Assumptions.assumeTrue(tmuxWorks(), "tmux not found on PATH");
        Path shared = Path.of(System.getProperty("shared.dir", "../../shared")).toAbsolutePath().normalize();
        Path corpus = shared.resolve("corpus/unikraft-0.17");
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("env.sh")), () -> "corpus not found: " + corpus);
        Path jar = Path.of(System.getProperty("kconfig.jar", "target/kconfig.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), () -> "no " + jar + ": the integration tests run after package");

        server = tmp.resolve("tmux.socket").toString();
        Path cache = tmp.resolve("shell-cache.json");
        Files.copy(corpus.resolve("shell-cache.json"), cache);
        Path config = tmp.resolve(".config");
        Path status = tmp.resolve("status");
        String java = ProcessHandle.current().info().command().orElse("java");
        // allnoconfig first: there nothing selects LIBUKALLOCBBUDDY, so the user can switch it on.
        StringBuilder script = new StringBuilder("cd " + quote(corpus.toString()) + " || exit 1\n");
        for (Map.Entry<String, String> e : EnvSh.parse(corpus.resolve("env.sh")).entrySet()) {
            script.append("export ").append(e.getKey()).append('=').append(quote(e.getValue())).append('\n');
        }
        script.append("export LANG=C.UTF-8 KCONFIG_CONFIG=").append(quote(config.toString())).append('\n');
        String kconfig = quote(java) + " -jar " + quote(jar.toString()) + " --shell-cache " + quote(cache.toString());
        script.append(kconfig).append(" allnoconfig unikraft-tree/Config.uk >/dev/null || exit 1\n");
        script.append(kconfig).append(" menuconfig unikraft-tree/Config.uk\n");
        script.append("echo $? > ").append(quote(status.toString())).append('\n');
        Path scriptFile = tmp.resolve("run.sh");
        Files.writeString(scriptFile, script.toString());

        run(List.of("tmux", "-S", server, "-f", "/dev/null", "new-session", "-d", "-s", "mc", "-x", "80", "-y", "24",
                "sh " + quote(scriptFile.toString())));
        started = true;

        String main = waitFor("Library Configuration  --->");
        assertTrue(main.lines().findFirst().orElseThrow().contains("Unikraft/0.17.0 Configuration"), main);
        assertTrue(main.contains("Architecture Selection  --->"), main);

        keys("/");
        waitFor("Symbol name or prompt");
        run(List.of("tmux", "-S", server, "send-keys", "-t", "mc", "-l", "LIBUKALLOCBBUDDY"));
        keys("Enter");
        waitFor("LIBUKALLOCBBUDDY [=n]  ukallocbbuddy: Binary buddy page allocator");
        keys("Enter");
        waitFor("[ ] ukallocbbuddy: Binary buddy page allocator");
        keys("Space");
        waitFor("[*] ukallocbbuddy: Binary buddy page allocator  --->");
        keys("s");
        waitFor("configuration written to");
        keys("q");
        Instant end = Instant.now().plus(WAIT);
        while (!Files.exists(status) || Files.readString(status).isBlank()) {
            if (Instant.now().isAfter(end)) throw new AssertionError("menuconfig did not exit; the screen:\n" + capture());
            Thread.sleep(100);
        }
        assertEquals("0", Files.readString(status).strip());
        String written = Files.readString(config, StandardCharsets.ISO_8859_1);
        assertTrue(written.contains("\nCONFIG_LIBUKALLOCBBUDDY=y\n"), written);
        assertTrue(written.contains("\nCONFIG_LIBUKALLOC=y\n"), "selected with it");
        assertTrue(Files.readString(tmp.resolve(".config.old"), StandardCharsets.ISO_8859_1)
                .contains("# CONFIG_LIBUKALLOCBBUDDY is not set\n"), "the allnoconfig kept as .config.old");
    }

    private void keys(String key) throws Exception {
        run(List.of("tmux", "-S", server, "send-keys", "-t", "mc", key));
    }

    private String capture() throws Exception {
        return run(List.of("tmux", "-S", server, "capture-pane", "-p", "-t", "mc"));
    }

    /** Polls the screen until it shows {@code text}; returns the screen. */
    private String waitFor(String text) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        String screen = capture();
        while (!screen.contains(text)) {
            assertTrue(Instant.now().isBefore(end), "no \"" + text + "\" on the screen:\n" + screen);
            Thread.sleep(100);
            screen = capture();
        }
        return screen;
    }

    private static boolean tmuxWorks() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> command + " failed: " + out);
        return out;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
