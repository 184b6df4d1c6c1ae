package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
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

    @DictionaryEntries({"config ", "menuconfig ", "choice\n", "endchoice\n", "menu ", "endmenu\n", "if ",
        "endif\n", "source ", "rsource ", "osource ", "orsource ", "comment ", "mainmenu ", "\tbool", "\ttristate",
        "\tint", "\thex", "\tstring", "\tdef_bool ", "\tdef_tristate ", "\tprompt ", "\tdefault ", "\tdepends on ",
        "\tselect ", "\timply ", "\tvisible if ", "\trange ", "\thelp\n", "\tmodules", "\ttransitional",
        "\toptional", "$(", "$(shell,", "$(info,", "$(warning-if,y,", "$(error-if,", "$(filename)", "$(lineno)",
        ":=", "+=", "&&", "||", "!=", ">=", "<=", "\\\n", "\"", "'"})
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
