package dev.tailor.kconfig;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The engine keeps text as byte strings, like the C tool: files are read as ISO-8859-1 (one char per
 * byte), so any encoding survives to the .config unchanged. Names, prompts and values returned by the
 * API are such byte strings; these convert at the boundary with JVM text, taking the bytes as UTF-8.
 */
public final class ByteText {
    private ByteText() {}

    /** A JVM string (a path, a name, an environment value) as the byte string of its UTF-8 encoding. */
    public static String fromJvm(String s) {
        return s == null ? null : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * A byte string as the JVM string its bytes encode in UTF-8. Text that is no byte string (a char
     * above U+00FF) or whose bytes are not UTF-8 is returned as it is.
     */
    public static String toJvm(String s) {
        if (s == null) return null;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
