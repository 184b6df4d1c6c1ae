package dev.tailor.kconfig;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The charset of {@link ByteText}: UTF-8, where a byte that is not part of valid UTF-8 reads as the lone
 * surrogate U+DC00 plus that byte, and such a surrogate writes as that byte again. A stream that ends in
 * the middle of a multi-byte sequence gives the decoder's replacement for it (a decoder cannot tell the
 * end from a pause); {@link ByteText#decode}, which has all the bytes, keeps them.
 */
final class EscapedUtf8 extends Charset {
    EscapedUtf8() {
        super("x-tailor-utf-8-escaped", null);
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof EscapedUtf8 || StandardCharsets.UTF_8.contains(cs);
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    private static final class Decoder extends CharsetDecoder {
        Decoder(Charset cs) {
            super(cs, 1f, 1f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                int lead = in.get(p) & 0xFF;
                int length = sequenceLength(in, p);
                if (length < 0) return CoderResult.UNDERFLOW;   // the rest of the sequence is still to come
                if (length == 0) {
                    if (!out.hasRemaining()) return CoderResult.OVERFLOW;
                    out.put(ByteText.ofByte((byte) lead));
                    in.position(p + 1);
                    continue;
                }
                int cp = length == 1 ? lead : lead & (0x7F >> length);
                for (int i = 1; i < length; i++) cp = cp << 6 | in.get(p + i) & 0x3F;
                if (out.remaining() < Character.charCount(cp)) return CoderResult.OVERFLOW;
                out.put(Character.toChars(cp));
                in.position(p + length);
            }
            return CoderResult.UNDERFLOW;
        }

        /**
         * The length of the valid UTF-8 sequence at {@code p}; 0 if its first byte starts none (it is
         * escaped alone), -1 if the buffer ends before a sequence that is valid so far does.
         */
        private static int sequenceLength(ByteBuffer in, int p) {
            int b = in.get(p) & 0xFF;
            if (b < 0x80) return 1;
            int length;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) lo = 0xA0;        // no overlong forms
                if (b == 0xED) hi = 0x9F;        // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) lo = 0x90;
                if (b == 0xF4) hi = 0x8F;        // nothing above U+10FFFF
            } else {
                return 0;
            }
            for (int i = 1; i < length; i++) {
                if (p + i >= in.limit()) return -1;
                int c = in.get(p + i) & 0xFF;
                if (c < lo || c > hi) return 0;
                lo = 0x80;
                hi = 0xBF;
            }
            return length;
        }
    }

    private static final class Encoder extends CharsetEncoder {
        Encoder(Charset cs) {
            super(cs, 1.1f, 4f, new byte[] {'?'});
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                int p = in.position();
                char c = in.get(p);
                int cp = c;
                int chars = 1;
                if (Character.isHighSurrogate(c)) {
                    if (p + 1 >= in.limit()) return CoderResult.UNDERFLOW;   // its pair is still to come
                    char d = in.get(p + 1);
                    if (!Character.isLowSurrogate(d)) return CoderResult.malformedForLength(1);
                    cp = Character.toCodePoint(c, d);
                    chars = 2;
                } else if (Character.isLowSurrogate(c) && !ByteText.isEscape(c)) {
                    return CoderResult.malformedForLength(1);
                }
                byte[] bytes = ByteText.isEscape(c) ? new byte[] {(byte) c} : utf8(cp);
                if (out.remaining() < bytes.length) return CoderResult.OVERFLOW;
                out.put(bytes);
                in.position(p + chars);
            }
            return CoderResult.UNDERFLOW;
        }

        private static byte[] utf8(int cp) {
            return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        }
    }
}
