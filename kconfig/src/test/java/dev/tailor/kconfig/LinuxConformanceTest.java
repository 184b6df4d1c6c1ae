package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every expected file of ../shared/corpus/linux-6.18 (made by Linux 6.18.2's conf) byte for byte. */
class LinuxConformanceTest {
    private Path corpus;
    private Path expected;

    /** Per test, so that without the corpus every test is reported skipped with the path it looked for. */
    @BeforeEach
    void locate() {
        corpus = Corpus.dir("linux-6.18");
        expected = corpus.resolve("expected/x86_64");
    }

    private Kconfig load() throws IOException {
        return Corpus.load(corpus, "Kconfig", Diagnostics.silent());
    }

    private static String read(Path p) throws IOException {
        return ByteText.read(p);
    }

    private void fill(ConfigTool.Fill fill, String expectedFile) throws IOException {
        Kconfig k = load();
        new ConfigTool(k).fillNewSymbols(fill, null);
        assertEquals(read(expected.resolve(expectedFile)), new ConfigWriter(k).dotConfig());
    }

    @Test
    void alldefconfig() throws IOException {
        fill(ConfigTool.Fill.DEFAULT, "alldefconfig.config");
    }

    @Test
    void allnoconfig() throws IOException {
        fill(ConfigTool.Fill.NO, "allnoconfig.config");
    }

    @Test
    void allyesconfig() throws IOException {
        fill(ConfigTool.Fill.YES, "allyesconfig.config");
    }

    @Test
    void allmodconfig() throws IOException {
        fill(ConfigTool.Fill.MOD, "allmodconfig.config");
    }

    @Test
    void defconfig() throws IOException {
        Kconfig k = load();
        new ConfigReader(k).read(corpus.resolve("arch/x86/configs/x86_64_defconfig"), "arch/x86/configs/x86_64_defconfig");
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        assertEquals(read(expected.resolve("defconfig.config")), new ConfigWriter(k).dotConfig());
    }

    @Test
    void savedefconfig() throws IOException {
        Kconfig k = load();
        new ConfigReader(k).read(expected.resolve("defconfig.config"), ".config");
        assertEquals(read(expected.resolve("savedefconfig")), new ConfigWriter(k).minimalConfig());
    }

    @Test
    void olddefconfig() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Kconfig k = Corpus.load(corpus, "Kconfig", Diagnostics.printingTo(System.out, new PrintStream(err, true, ByteText.CHARSET)));
        new ConfigReader(k).read(corpus.resolve("inputs/x86_64-old.config"), ".config");
        assertEquals(read(expected.resolve("olddefconfig.config")), new ConfigWriter(k).dotConfig());
        String warnings = ByteText.decode(err.toByteArray()).lines()
                .filter(l -> l.startsWith(".config:")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(read(expected.resolve("olddefconfig.config.stderr")), warnings);
    }
}
