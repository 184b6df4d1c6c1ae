package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the configuration readers over a small tree with one of every kind of symbol (fuzz-tree.Kconfig):
 * any bytes read as a .config, or as a defconfig, give a configuration that can be written, and whose
 * written .config reads back unchanged. The readers warn about what they cannot use; they never throw.
 */
class ConfigReaderFuzzTest {
    private static final Path DIR = FuzzSupport.workDir("config");

    static {
        try (InputStream tree = ConfigReaderFuzzTest.class.getResourceAsStream("fuzz-tree.Kconfig")) {
            Files.write(DIR.resolve("Kconfig"), tree.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DictionaryFile(resourcePath = "config-fuzz.dict")
    @MethodSource("dev.tailor.kconfig.FuzzSeeds#configFiles")
    @FuzzTest(maxDuration = "30s")
    void dotConfig(byte[] input) throws IOException {
        Kconfig k = load();
        Files.write(DIR.resolve("input.config"), input);
        new ConfigReader(k).read(DIR.resolve("input.config"), "input.config");
        assertWritesAFixpoint(k);
    }

    /** As {@code kconfig defconfig} reads one: the values given, every other symbol at its default. */
    @DictionaryFile(resourcePath = "config-fuzz.dict")
    @MethodSource("dev.tailor.kconfig.FuzzSeeds#defconfigFiles")
    @FuzzTest(maxDuration = "30s")
    void defconfig(byte[] input) throws IOException {
        Kconfig k = load();
        Files.write(DIR.resolve("defconfig"), input);
        new ConfigReader(k).read(DIR.resolve("defconfig"), "defconfig");
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        new ConfigWriter(k).minimalConfig();
        assertWritesAFixpoint(k);
    }

    private static Kconfig load() {
        return Kconfig.load("Kconfig", FuzzSupport.options(DIR));
    }

    private static void assertWritesAFixpoint(Kconfig k) throws IOException {
        String config = new ConfigWriter(k).dotConfig();
        new ConfigWriter(k).writeDotConfig(DIR.resolve(".config"));
        Kconfig again = load();
        new ConfigReader(again).read(DIR.resolve(".config"), ".config");
        assertEquals(config, new ConfigWriter(again).dotConfig(), "reading back the written .config changed it");
    }
}
