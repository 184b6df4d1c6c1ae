package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Text at the engine's I/O boundary. The engine and its API work with JVM strings; files, commands and
 * streams carry bytes, which Linux's tools pass through untouched whatever their encoding. Bytes are read
 * as UTF-8, and each byte that is not part of valid UTF-8 becomes one of the lone surrogates U+DC80 to
 * U+DCFF (Python's "surrogateescape"), which writing turns back into that byte. So UTF-8 reads as the text
 * it is, and any file, Latin-1 included, is written back byte for byte.
 */
public final class ByteText {
    /** The charset of {@link #decode} and {@link #encode}, for streams (standard output, a log). */
    public static final Charset CHARSET = new EscapedUtf8();

    private static final char ESCAPE_BASE = 0xDC00;

    private ByteText() {}

    /** The text of {@code bytes}: UTF-8, with any other byte kept as its escape. */
    public static String decode(byte[] bytes) {
        // Nearly all files are valid UTF-8, which the JDK's decoder goes through fastest. What it could not
        // decode it replaced by U+FFFD; then (or for a U+FFFD of the file's own) the bytes are gone over again.
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : decodeEscaped(bytes);
    }

    private static String decodeEscaped(byte[] bytes) {
        CharsetDecoder decoder = CHARSET.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Neither UTF-8 nor an escape gives more chars than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, false);
        // What is left is a sequence cut short by the end: its bytes stand for themselves.
        while (in.hasRemaining()) out.put(ofByte(in.get()));
        return out.flip().toString();
    }

    /** The bytes of {@code text}: UTF-8, with each escape turned back into its byte (half a pair as '?'). */
    public static byte[] encode(String text) {
        if (!hasSurrogate(text)) return text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(text.length() * 3);
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(text);
        encoder.encode(in, out, true);
        encoder.flush(out);
        return Arrays.copyOf(out.array(), out.position());
    }

    /**
     * The text in the one form {@link #decode} gives its bytes. Text cut and joined again (an escaping
     * backslash dropped, two expansions side by side) can hold escapes whose bytes together are valid UTF-8:
     * here they become that character, so that equal bytes are equal strings, as they are for Linux.
     */
    public static String canonical(String text) {
        return hasSurrogate(text) ? decode(encode(text)) : text;
    }

    /** Reads a whole file as text. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /**
     * Compares as C's strcmp compares the bytes: UTF-16 order differs from it where a character above
     * U+FFFF meets one from U+E000 to U+FFFF, and for escapes.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == y) continue;
            if (x < 0x80 && y < 0x80) return x - y;
            int from = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;   // the whole pair
            return Arrays.compareUnsigned(encode(a.substring(from)), encode(b.substring(from)));
        }
        return a.length() - b.length();
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) return true;
        }
        return false;
    }

    static boolean isEscape(char c) {
        return c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xFF;
    }

    /** The character one byte reads as on its own: an ASCII character, or the escape of any other byte. */
    public static char ofByte(byte b) {
        return b >= 0 ? (char) b : (char) (ESCAPE_BASE | (b & 0xFF));
    }
}
