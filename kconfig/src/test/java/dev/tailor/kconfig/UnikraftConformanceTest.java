package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every expected file of ../shared/corpus/unikraft-0.17, a tree that uses named choices (an extension
 * Linux 6.18 rejects), byte for byte.
 */
class UnikraftConformanceTest {
    private Path corpus;

    /** Per test, so that without the corpus every test is reported skipped with the path it looked for. */
    @BeforeEach
    void locate() {
        corpus = Corpus.dir("unikraft-0.17");
    }

    private Kconfig load() throws IOException {
        return Corpus.load(corpus, "unikraft-tree/Config.uk", Diagnostics.silent());
    }

    private String expected(String name) throws IOException {
        return ByteText.read(corpus.resolve("expected").resolve(name));
    }

    private void fill(ConfigTool.Fill fill, String expectedFile) throws IOException {
        Kconfig k = load();
        new ConfigTool(k).fillNewSymbols(fill, null);
        assertEquals(expected(expectedFile), new ConfigWriter(k).dotConfig());
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
    void savedefconfig() throws IOException {
        Kconfig k = load();
        new ConfigReader(k).read(corpus.resolve("expected/allyesconfig.config"), ".config");
        assertEquals(expected("savedefconfig"), new ConfigWriter(k).minimalConfig());
    }
}
