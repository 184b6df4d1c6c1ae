package dev.tailor.kconfig;

import dev.tailor.kconfig.preprocess.ShellCache;
import dev.tailor.kconfig.testing.EnvSh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference trees in ../shared/corpus, loaded the way their READMEs say. The corpus is optional: a
 * test that needs it calls {@link #dir} in its own body (or a {@code @BeforeEach}), never in a
 * {@code @BeforeAll}, so that without the corpus each such test is reported skipped with the path it
 * looked for instead of disappearing from the counts.
 */
final class Corpus {
    private Corpus() {}

    static Path sharedDir() {
        String prop = System.getProperty("shared.dir", "../../shared");
        return Path.of(prop).toAbsolutePath().normalize();
    }

    /** Where the corpus tree {@code name} is looked for. */
    static Path path(String name) {
        return sharedDir().resolve("corpus").resolve(name);
    }

    /** Whether the corpus tree {@code name} is there. */
    static boolean present(String name) {
        return Files.isDirectory(path(name));
    }

    /** The corpus tree {@code name}; aborts (skips) the calling test when it is absent. */
    static Path dir(String name) {
        Path d = path(name);
        Assumptions.assumeTrue(Files.isDirectory(d), () -> "corpus not found: " + d);
        return d;
    }

    /** The variables an env.sh exports. */
    static Map<String, String> environment(Path envSh) throws IOException {
        return EnvSh.parse(envSh);
    }

    /** Loads a corpus tree with its env.sh and its shell-cache.json replayed. */
    static Kconfig load(Path corpus, String topFile, Diagnostics diagnostics) throws IOException {
        Map<String, String> env = environment(corpus.resolve("env.sh"));
        ShellCache cache = ShellCache.replayOnly(corpus.resolve("shell-cache.json"), env.get("srctree"));
        return Kconfig.load(topFile, new Kconfig.LoadOptions(env, corpus, cache, diagnostics));
    }
}
