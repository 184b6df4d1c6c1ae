package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the lexer, preprocessor and parser through {@link Kconfig#load}: any bytes as a Kconfig file
 * either load, or fail with a located {@link KconfigException}, in bounded time and memory. A tree that
 * loads can be written, and its .config read back gives the same .config.
 */
class KconfigParserFuzzTest {
    private static final Path DIR = FuzzSupport.workDir("parser");

    @DictionaryFile(resourcePath = "kconfig-fuzz.dict")
    @MethodSource("dev.tailor.kconfig.FuzzSeeds#kconfigFiles")
    @FuzzTest(maxDuration = "30s")
    void loadsOrFailsWithALocatedError(byte[] input) throws IOException {
        Files.write(DIR.resolve("Kconfig"), input);
        Kconfig k;
        try {
            k = Kconfig.load("Kconfig", FuzzSupport.options(DIR));
        } catch (KconfigException e) {
            FuzzSupport.assertLocated(e);
            return;
        }
        String config = new ConfigWriter(k).dotConfig();
        new ConfigWriter(k).minimalConfig();
        new ConfigWriter(k).writeDotConfig(DIR.resolve(".config"));
        new ConfigReader(k).read(DIR.resolve(".config"), ".config");
        assertEquals(config, new ConfigWriter(k).dotConfig(), "reading back the written .config changed it");
    }
}
