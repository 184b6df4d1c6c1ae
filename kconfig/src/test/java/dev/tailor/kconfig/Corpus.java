package dev.tailor.kconfig;

import dev.tailor.kconfig.preprocess.ShellCache;
import dev.tailor.kconfig.testing.EnvSh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The reference trees in ../shared/corpus, loaded the way their READMEs say. */
final class Corpus {
    private Corpus() {}

    static Path sharedDir() {
        String prop = System.getProperty("shared.dir", "../../shared");
        return Path.of(prop).toAbsolutePath().normalize();
    }

    static Path dir(String name) {
        Path d = sharedDir().resolve("corpus").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(d), "corpus not found: " + d);
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
