package dev.tailor.kconfig;

import java.nio.charset.StandardCharsets;

/**
 * The engine works on byte strings, like the C tool: files are read as ISO-8859-1 (one char per byte),
 * so any encoding survives to the .config unchanged. Text from the JVM (environment variables, shell
 * output) is UTF-8 and converted at the boundary.
 */
final class ByteText {
    private ByteText() {}

    /** A JVM string as the byte string of its UTF-8 encoding. */
    static String fromJvm(String s) {
        return s == null ? null : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** A byte string as the JVM string it encodes in UTF-8. */
    static String toJvm(String s) {
        return s == null ? null : new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
