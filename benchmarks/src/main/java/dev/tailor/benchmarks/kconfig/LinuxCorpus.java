package dev.tailor.benchmarks.kconfig;

import dev.tailor.kconfig.testing.EnvSh;
import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.preprocess.ShellCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Linux 6.18 x86_64 defconfig job on the reference corpus, step by step, exactly as the
 * conformance test (and the CLI) runs it: env.sh's variables, probes replayed from shell-cache.json.
 *
 * <p>The corpus is found at, in order: the system property {@code tailor.corpus}, the environment
 * variable {@code TAILOR_CORPUS}, or {@code shared/corpus/linux-6.18} next to the working directory
 * or one of its parents (the repository layout: {@code ../shared} beside the checkout).
 */
public final class LinuxCorpus {
    public static final String DEFCONFIG = "arch/x86/configs/x86_64_defconfig";
    public static final String EXPECTED = "expected/x86_64/defconfig.config";

    public final Path dir;
    public final Map<String, String> environment;
    public final Path shellCache;
    public final Path defconfig;

    private LinuxCorpus(Path dir) throws IOException {
        this.dir = dir;
        this.environment = environment(dir.resolve("env.sh"));
        this.shellCache = dir.resolve("shell-cache.json");
        this.defconfig = dir.resolve(DEFCONFIG);
    }

    public static LinuxCorpus locate() {
        Path dir = find();
        try {
            return new LinuxCorpus(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("env.sh"), e);
        }
    }

    private static Path find() {
        String explicit = System.getProperty("tailor.corpus", System.getenv("TAILOR_CORPUS"));
        if (explicit != null && !explicit.isEmpty()) {
            Path p = Path.of(explicit).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p.resolve("Kconfig"))) {
                throw new IllegalStateException("tailor.corpus / TAILOR_CORPUS = " + p + ": no Kconfig there");
            }
            return p;
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("shared/corpus/linux-6.18");
            if (Files.isRegularFile(c.resolve("Kconfig"))) return c;
            Path s = d.resolve("corpus/linux-6.18");
            if (Files.isRegularFile(s.resolve("Kconfig"))) return s;
        }
        throw new IllegalStateException("Linux 6.18 corpus not found: pass -Dtailor.corpus=/path/to/linux-6.18"
                + " (or set TAILOR_CORPUS); it is looked for as shared/corpus/linux-6.18 above the working directory");
    }

    /** A fresh replaying shell runner (reads shell-cache.json). */
    public ShellCache shellRunner() {
        return ShellCache.replayOnly(shellCache, environment.get("srctree"));
    }

    /** Step 1: parse the tree (preprocessor with replayed probes, parser, menu finalization). */
    public Kconfig load() {
        return Kconfig.load("Kconfig", new Kconfig.LoadOptions(environment, dir, shellRunner(), Diagnostics.silent()));
    }

    /** Step 2: read x86_64_defconfig into the user values and compute every value. */
    public void read(Kconfig k) {
        try {
            new ConfigReader(k).read(defconfig, DEFCONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Step 3: give every symbol the defconfig does not set its default (conf --defconfig). */
    public void fill(Kconfig k) {
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
    }

    /** Step 4: the .config text (not written to disk). */
    public String write(Kconfig k) {
        return new ConfigWriter(k).dotConfig();
    }

    /** Steps 2 to 4 on a loaded tree. */
    public String evaluateAndWrite(Kconfig k) {
        read(k);
        fill(k);
        return write(k);
    }

    /** The whole job. */
    public String defconfig() {
        return evaluateAndWrite(load());
    }

    /** The C tool's result for this job. */
    public String expected() {
        try {
            return ByteText.read(dir.resolve(EXPECTED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code actual} is the C tool's .config byte for byte (a benchmark of a wrong result is useless). */
    public void check(String actual) {
        if (Boolean.getBoolean("tailor.bench.noCheck")) return;
        String expected = expected();
        if (!expected.equals(actual)) {
            int i = 0;
            while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) i++;
            throw new IllegalStateException("the engine's defconfig differs from " + dir.resolve(EXPECTED)
                    + " at character " + i + " (run with -Dtailor.bench.noCheck=true to benchmark anyway)");
        }
    }

    /** The variables env.sh exports. */
    static Map<String, String> environment(Path envSh) throws IOException {
        return EnvSh.parse(envSh);
    }
}
