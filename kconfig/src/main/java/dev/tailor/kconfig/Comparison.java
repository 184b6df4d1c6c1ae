package dev.tailor.kconfig;

import java.math.BigInteger;

/**
 * Evaluates {@code A = B}, {@code A < B} and friends as Linux does: both sides are compared as numbers
 * when both parse as numbers of their symbol's type (hex unsigned, otherwise signed), else as strings.
 */
final class Comparison {
    private Comparison() {}

    private enum Kind { SIGNED, UNSIGNED, STRING }

    private record Parsed(Kind kind, long value) {}

    static Tristate evaluate(Expr.Compare c) {
        return compare(c.op(), c.left().stringValue(), c.left().type(), c.right().stringValue(), c.right().type());
    }

    /** The comparison of two values of the given types, as {@link #evaluate} does it for two symbols. */
    static Tristate compare(Expr.CompareOp op, String s1, SymbolType t1, String s2, SymbolType t2) {
        int res;
        if (t1 == SymbolType.STRING && t2 == SymbolType.STRING) {
            res = Integer.signum(compareBytes(s1, s2));
        } else {
            Parsed p1 = parse(s1, t1);
            Parsed p2 = parse(s2, t2);
            if (p1.kind == Kind.STRING || p2.kind == Kind.STRING) {
                res = Integer.signum(compareBytes(s1, s2));
            } else if (p1.kind == Kind.UNSIGNED || p2.kind == Kind.UNSIGNED) {
                res = Long.compareUnsigned(p1.value, p2.value);
            } else {
                res = Long.compare(p1.value, p2.value);
            }
            res = Integer.signum(res);
        }
        boolean truth = switch (op) {
            case EQUAL -> res == 0;
            case UNEQUAL -> res != 0;
            case LESS -> res < 0;
            case LESS_EQUAL -> res <= 0;
            case GREATER -> res > 0;
            case GREATER_EQUAL -> res >= 0;
        };
        return truth ? Tristate.YES : Tristate.NO;
    }

    /** strcmp: the order of the bytes the text was read from. */
    static int compareBytes(String a, String b) {
        return ByteText.compare(a, b);
    }

    private static Parsed parse(String s, SymbolType type) {
        return switch (type) {
            case BOOL, TRISTATE -> new Parsed(Kind.SIGNED,
                    s.equals("n") ? 0 : s.equals("m") ? 1 : s.equals("y") ? 2 : -1);
            case INT -> number(s, 10, Kind.SIGNED);
            case HEX -> number(s, 16, Kind.UNSIGNED);
            case STRING, UNKNOWN -> number(s, 0, Kind.SIGNED);
        };
    }

    /**
     * strtoll/strtoull semantics: optional leading blanks and sign, "0x" prefix for base 16 (and base 0,
     * where a leading 0 also means octal). The whole string must be consumed, must end in a hex digit and
     * must not overflow, otherwise the comparison falls back to strings.
     */
    private static Parsed number(String s, int base, Kind kind) {
        CNumber n = CNumber.parse(s, base, kind == Kind.UNSIGNED);
        if (n == null || n.end() != s.length() || n.end() == 0 || n.overflow()
                || Character.digit(s.charAt(n.end() - 1), 16) < 0) {
            return new Parsed(Kind.STRING, 0);
        }
        return new Parsed(kind, n.value());
    }

    /** The result of a C strtoll/strtoull: value, index after the number, and whether it overflowed. */
    record CNumber(long value, int end, boolean overflow) {
        static CNumber parse(String s, int base, boolean unsigned) {
            int i = 0;
            int len = s.length();
            while (i < len && isSpace(s.charAt(i))) i++;
            boolean negative = false;
            if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            if ((base == 0 || base == 16) && i + 1 < len && s.charAt(i) == '0'
                    && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && i + 2 < len && Character.digit(s.charAt(i + 2), 16) >= 0) {
                i += 2;
                base = 16;
            } else if (base == 0) {
                base = i < len && s.charAt(i) == '0' ? 8 : 10;
            }
            int start = i;
            BigInteger acc = BigInteger.ZERO;
            BigInteger b = BigInteger.valueOf(base);
            while (i < len) {
                int d = Character.digit(s.charAt(i), base);
                if (d < 0 || s.charAt(i) > 'z') break;
                acc = acc.multiply(b).add(BigInteger.valueOf(d));
                i++;
            }
            if (i == start) return new CNumber(0, 0, false);
            if (negative) acc = acc.negate();
            boolean overflow;
            long value;
            if (unsigned) {
                BigInteger max = BigInteger.ONE.shiftLeft(64);
                overflow = acc.abs().compareTo(max) >= 0;
                value = acc.longValue();
            } else {
                overflow = acc.bitLength() > 63;
                value = overflow ? (negative ? Long.MIN_VALUE : Long.MAX_VALUE) : acc.longValue();
            }
            return new CNumber(value, i, overflow);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
        }
    }
}
