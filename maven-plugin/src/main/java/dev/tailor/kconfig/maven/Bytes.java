package dev.tailor.kconfig.maven;

import java.nio.charset.StandardCharsets;

/**
 * The engine keeps text as byte strings (one char per byte, read as ISO-8859-1) so that every byte of a
 * Kconfig file survives; Java code and Maven's log want real strings. These convert between the two,
 * taking the bytes as UTF-8.
 */
final class Bytes {
    private Bytes() {}

    /**
     * A byte string from the engine as a Java string (its bytes decoded as UTF-8). Text that is no byte
     * string (a char above U+00FF) or whose bytes are no UTF-8 is returned as it is.
     */
    static String decode(String engine) {
        if (engine == null) return null;
        for (int i = 0; i < engine.length(); i++) {
            if (engine.charAt(i) > 0xFF) return engine;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(engine.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return engine;
        }
    }

    /** A Java string (a path, a name) as the engine's byte string. */
    static String encode(String jvm) {
        return jvm == null ? null : new String(jvm.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
