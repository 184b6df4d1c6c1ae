package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wildcards of source statements match names as Python's fnmatch does (Kconfiglib's globbing). */
class SourceGlobTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*|Kconfig|true", "K*g|Kconfig|true", "K*g|Kconfig.x|false", "*.uk|Config.uk|true", "**.uk|Config.uk|true",
        "?|a|true", "?|ab|false", "a?c|abc|true", "[ab]x|bx|true", "[ab]x|cx|false", "[!ab]x|cx|true",
        "[!ab]x|ax|false", "[a-c]|b|true", "[a-c]|d|false", "[z-a]|m|false", "[]]|]|true", "[!]]|a|true",
        "a[b|a[b|true", "a[|a[|true", "[]|[]|true", "[a-]|-|true", "*a*b*|xxaxxbxx|true", "*a*b*|xxbxxaxx|false",
        "a*|a|true", "*|''|true"})
    void matchesAsFnmatch(String pattern, String name, boolean expected) {
        assertEquals(expected, SourceGlob.matches(pattern, name.equals("''") ? "" : name), pattern + " ~ " + name);
    }
}
