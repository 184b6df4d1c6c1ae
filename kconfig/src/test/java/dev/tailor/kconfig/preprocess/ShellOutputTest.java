package dev.tailor.kconfig.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellOutputTest {

    @Test
    void trailingNewlinesDroppedOthersBecomeSpaces() {
        assertEquals("a b  c", ShellOutput.normalise("a\nb\n\nc\n\n\n"));
        assertEquals("  x", ShellOutput.normalise("\n\nx"));
        assertEquals("", ShellOutput.normalise("\n"));
        assertEquals("", ShellOutput.normalise(""));
        // Only '\n' is special: carriage returns and tabs stay.
        assertEquals("a\r \tb\r", ShellOutput.normalise("a\r\n\tb\r\n"));
    }

    @Test
    void outputIsLimitedTo4095Bytes() {
        assertEquals("x".repeat(4095), ShellOutput.normalise("x".repeat(5000)));
        // The newline that is byte 4096 is cut before trailing newlines are looked for.
        assertEquals("x".repeat(4095), ShellOutput.normalise("x".repeat(4095) + "\n"));
        assertEquals("x".repeat(4094), ShellOutput.normalise("x".repeat(4094) + "\n\n"));
        assertEquals("x".repeat(4093) + " y", ShellOutput.normalise("x".repeat(4093) + "\ny\n"));
    }

    @Test
    void limitCountsBytesNotCharacters() {
        String e = "\u00e9"; // two bytes in UTF-8
        assertEquals(e.repeat(2047), ShellOutput.normalise(e.repeat(2047) + "\n\n"));
        // 2048 two-byte characters are 4096 bytes: the last one is cut in half, its first byte kept as such.
        assertEquals(e.repeat(2047) + "\udcc3", ShellOutput.normalise(e.repeat(2048)));
    }

    @Test
    void textEndsAtFirstNul() {
        assertEquals("a", ShellOutput.normalise("a\0b\n"));
        // Trailing newlines are looked for before the NUL cut, so this one survives as a space.
        assertEquals("a ", ShellOutput.normalise("a\n\0"));
    }
}
