package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tailor.kconfig.preprocess.Flavor;
import dev.tailor.kconfig.preprocess.Preprocessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the macro language on its own: each line of the input either defines a variable (as
 * {@code NAME = value}, {@code :=} or {@code +=}) or is expanded, as a string and as a token. Every error
 * is a {@link KconfigException} located at the line being expanded, and the expansions stay bounded.
 */
class PreprocessorFuzzTest {
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z0-9_-]+)[ \t]*(=|:=|\\+=)[ \t]*(.*)");

    @DictionaryFile(resourcePath = "macro-fuzz.dict")
    @MethodSource("dev.tailor.kconfig.FuzzSeeds#macroFiles")
    @FuzzTest(maxDuration = "30s")
    void expandsOrFailsAtTheLine(byte[] input) {
        Preprocessor pp = new Preprocessor(FuzzSupport.ENV, FuzzSupport.ECHO_SHELL,
                dev.tailor.kconfig.preprocess.Diagnostics.of(line -> {}));
        String[] lines = ByteText.decode(input).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            pp.setLocation("Kconfig", i + 1);
            try {
                Matcher m = ASSIGNMENT.matcher(lines[i]);
                if (m.matches()) {
                    pp.define(m.group(1), flavor(m.group(2)), m.group(3));
                } else {
                    pp.expandString(lines[i]);
                    pp.expandToken(lines[i]);
                }
            } catch (KconfigException e) {
                FuzzSupport.assertLocated(e);
                assertEquals("Kconfig", e.file());
                assertEquals(i + 1, e.line());
            }
        }
    }

    private static Flavor flavor(String operator) {
        return switch (operator) {
            case ":=" -> Flavor.SIMPLE;
            case "+=" -> Flavor.APPEND;
            default -> Flavor.RECURSIVE;
        };
    }
}
