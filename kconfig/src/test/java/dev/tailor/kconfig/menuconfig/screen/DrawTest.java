package dev.tailor.kconfig.menuconfig.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrawTest {
    @Test
    void longLinesBreakAtSpacesAndContinueIndented() {
        assertEquals(List.of("  one two", "    three", "    four"), Draw.wrap("  one two three four\n\n", 10));
        assertEquals(List.of("abcdef", "  ghij"), Draw.wrap("abcdefghij", 6), "no space: cut in the word");
    }

    @Test
    void aTinyWidthStillEnds() {
        assertEquals(List.of("a", "b", "c"), Draw.wrap("abc", 0));
    }
}
