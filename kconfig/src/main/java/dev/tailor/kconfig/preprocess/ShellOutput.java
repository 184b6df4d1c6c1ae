package dev.tailor.kconfig.preprocess;

import dev.tailor.kconfig.ByteText;
import java.util.Arrays;

/** Turns a command's raw standard output into the value of {@code $(shell,...)}, byte for byte as the C tool. */
final class ShellOutput {
    /** The C tool reads into a 4096-byte buffer and keeps one byte for the terminating NUL. */
    static final int MAX_BYTES = 4095;

    private ShellOutput() {
    }

    /**
     * Keeps at most the first {@value #MAX_BYTES} bytes, drops trailing newlines, turns the remaining
     * newlines into spaces and ends the text at the first NUL byte (the C string ends there). A multi-byte
     * character cut by the size limit keeps its first bytes, as escapes ({@link ByteText}).
     */
    static String normalise(String stdout) {
        byte[] bytes = ByteText.encode(stdout);
        int length = Math.min(bytes.length, MAX_BYTES);
        while (length > 0 && bytes[length - 1] == '\n') {
            length--;
        }
        int end = length;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                bytes[i] = ' ';
            } else if (bytes[i] == 0 && end == length) {
                end = i;
            }
        }
        return ByteText.decode(Arrays.copyOf(bytes, end));
    }
}
