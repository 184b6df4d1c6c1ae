package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.testing.EnvSh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end on Linux 6.18 (../shared/corpus/linux-6.18, skipped when absent), the way the
 * README runs it: the corpus as working directory, its env.sh, a copy of its shell cache.
 */
class LinuxCorpusTest {
    private Path corpus;
    private Map<String, String> env;

    @TempDir
    Path tmp;

    /** Per test, so that without the corpus every test is reported skipped with the path it looked for. */
    @BeforeEach
    void locate() throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../../shared")).toAbsolutePath().normalize();
        corpus = shared.resolve("corpus/linux-6.18");
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("env.sh")), () -> "corpus not found: " + corpus);
        env = EnvSh.parse(corpus.resolve("env.sh"));
    }

    private Path cacheCopy() throws IOException {
        Path copy = tmp.resolve("shell-cache.json");
        Files.copy(corpus.resolve("shell-cache.json"), copy);
        return copy;
    }

    @Test
    void envShIsParsed() {
        assertEquals(".", env.get("srctree"));
        assertEquals("gcc (Debian 12.2.0-14+deb12u1) 12.2.0", env.get("CC_VERSION_TEXT"));
        assertEquals("", env.get("CLANG_FLAGS"));
        assertEquals("x86", env.get("SRCARCH"));
    }

    @Test
    void defconfigMatchesLinux() throws IOException {
        Path cache = cacheCopy();
        Path config = tmp.resolve(".config");
        Cli.Result r = new Cli(corpus).env(env).run("--shell-cache", cache.toString(), "--config", config.toString(),
                "defconfig", "arch/x86/configs/x86_64_defconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("#\n# configuration written to " + config + "\n#\n", r.out());
        assertArrayEquals(Files.readAllBytes(corpus.resolve("expected/x86_64/defconfig.config")),
                Files.readAllBytes(config));
        // Every $(shell,...) was replayed: the cache has nothing new to save.
        assertArrayEquals(Files.readAllBytes(corpus.resolve("shell-cache.json")), Files.readAllBytes(cache));
    }

    @Test
    void savedefconfigMatchesLinux() throws IOException {
        Path cache = cacheCopy();
        Path config = tmp.resolve("full.config");
        Files.copy(corpus.resolve("expected/x86_64/defconfig.config"), config);
        Path out = tmp.resolve("defconfig");
        Cli.Result r = new Cli(corpus).env(env).env("KCONFIG_SHELL_CACHE", cache.toString())
                .env("KCONFIG_CONFIG", config.toString()).run("savedefconfig", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals(Files.readAllBytes(corpus.resolve("expected/x86_64/savedefconfig")), Files.readAllBytes(out));
    }
}
