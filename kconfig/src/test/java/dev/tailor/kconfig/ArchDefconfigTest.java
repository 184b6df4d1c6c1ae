package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import dev.tailor.kconfig.preprocess.ShellCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every defconfig and fragment of every architecture in the Linux 6.18 corpus loads, gives a .config,
 * and round-trips: savedefconfig of it, read back as a defconfig, gives the same .config. Probes the
 * x86_64 cache does not know run for real (this machine's gcc answers them; the kernel's own scripts
 * are not in the corpus, so those probes print nothing).
 */
class ArchDefconfigTest {

    /**
     * The architectures of the corpus; without the corpus, one placeholder naming the missing path, so
     * that the test is reported skipped (by the assumption in its body) rather than not at all.
     */
    static Stream<String> architectures() throws IOException {
        if (!Corpus.present("linux-6.18")) return Stream.of("corpus not found: " + Corpus.path("linux-6.18"));
        Path arch = Corpus.path("linux-6.18").resolve("arch");
        try (Stream<Path> dirs = Files.list(arch)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("configs")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Map<String, String> environment(Path corpus, String srcarch, String defconfig) throws IOException {
        Map<String, String> env = new HashMap<>(Corpus.environment(corpus.resolve("env.sh")));
        String arch = switch (srcarch) {
            case "x86" -> defconfig.startsWith("i386") ? "i386" : "x86_64";
            case "sparc" -> defconfig.startsWith("sparc32") ? "sparc32" : "sparc64";
            default -> srcarch;
        };
        env.put("ARCH", arch);
        env.put("SRCARCH", srcarch);
        if (srcarch.equals("um")) env.put("HEADER_ARCH", "x86");
        return env;
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void everyDefconfigLoadsAndRoundTrips(String srcarch, @org.junit.jupiter.api.io.TempDir Path scratch)
            throws IOException {
        Path corpus = Corpus.dir("linux-6.18");
        List<Path> defconfigs;
        try (Stream<Path> files = Files.list(corpus.resolve("arch").resolve(srcarch).resolve("configs"))) {
            defconfigs = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        Map<String, Kconfig> trees = new HashMap<>();
        for (Path defconfig : defconfigs) {
            String name = defconfig.getFileName().toString();
            Map<String, String> env = environment(corpus, srcarch, name);
            Kconfig k = trees.computeIfAbsent(env.get("ARCH"), a -> {
                ShellCache probes = new ShellCache(corpus.resolve("shell-cache.json"), env.get("srctree"),
                        new ProcessShellRunner(scratch, env));
                return Kconfig.load("Kconfig", new Kconfig.LoadOptions(env, corpus, probes, Diagnostics.silent()));
            });
            ConfigReader reader = new ConfigReader(k);
            ConfigWriter writer = new ConfigWriter(k);
            reader.read(defconfig, corpus.relativize(defconfig).toString());
            new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
            String full = writer.dotConfig();
            String minimal = writer.minimalConfig();
            Path saved = Files.createTempFile("savedefconfig", "");
            try {
                Files.write(saved, ByteText.encode(minimal));
                reader.read(saved, "defconfig");
                new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
                if (!full.equals(writer.dotConfig())) failures.add(name);
            } finally {
                Files.delete(saved);
            }
            assertTrue(full.startsWith("#\n# Automatically generated file; DO NOT EDIT.\n"), name);
        }
        assertEquals(List.of(), failures, "defconfigs whose savedefconfig does not give the same .config back");
    }
}
