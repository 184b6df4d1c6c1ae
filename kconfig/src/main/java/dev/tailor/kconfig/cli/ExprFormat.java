package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints expressions for people: the way Linux prints them ({@code A && (B || !C)}), optionally with the
 * current value of every symbol after its name ({@code A [=y]}), as Linux's help screens do.
 */
final class ExprFormat {
    private ExprFormat() {}

    /** The expression with the value of each named symbol; null prints as "y". */
    static String withValues(Expr e) {
        StringBuilder out = new StringBuilder();
        print(e, out, null, true);
        return out.toString();
    }

    /** Whether the expression is absent or the constant y (Linux's expr_is_yes). */
    static boolean isYes(Expr e) {
        return e == null || (e instanceof Expr.Sym s && s.symbol().isTristateConstant()
                && "y".equals(s.symbol().name()));
    }

    /** The terms of a chain of ORs, left to right (a single term for anything else; none for null). */
    static List<Expr> orTerms(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Expr.Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (e != null) {
            out.add(e);
        }
    }

    /** A symbol as it appears in an expression: its name, a quoted string constant, or {@code <choice>}. */
    static String name(Symbol s) {
        if (s.name() == null) return "<choice>";
        if (s.isConstant() && !s.isTristateConstant() && !looksNumeric(s.name())) {
            return '"' + s.name().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return s.name();
    }

    /** A symbol's name with its current value: {@code FOO [=y]}; constants without a value. */
    static String nameWithValue(Symbol s) {
        return hasShownValue(s) ? name(s) + " [=" + s.stringValue() + "]" : name(s);
    }

    static boolean looksNumeric(String s) {
        return s.matches("-?[0-9]+|0[xX][0-9a-fA-F]+");
    }

    private static boolean hasShownValue(Symbol s) {
        return s.name() != null && !s.isConstant() && s.type() != SymbolType.UNKNOWN;
    }

    /** Binding strength, as in Linux: comparisons bind tightest, then !, then &&, then ||. */
    private static int rank(Expr e) {
        return switch (e) {
            case Expr.Or o -> 1;
            case Expr.And a -> 2;
            case Expr.Not n -> 3;
            case Expr.Compare c -> c.op() == Expr.CompareOp.EQUAL || c.op() == Expr.CompareOp.UNEQUAL ? 4 : 5;
            case Expr.Sym s -> 6;
            case Expr.Range r -> 6;
        };
    }

    private static String operator(Expr.CompareOp op) {
        return switch (op) {
            case EQUAL -> "=";
            case UNEQUAL -> "!=";
            case LESS -> "<";
            case LESS_EQUAL -> "<=";
            case GREATER -> ">";
            case GREATER_EQUAL -> ">=";
        };
    }

    private static void print(Expr e, StringBuilder out, Expr parent, boolean values) {
        if (e == null) {
            out.append('y');
            return;
        }
        boolean parens = parent != null && rank(parent) > rank(e) && rank(e) < 6
                && parent.getClass() != e.getClass();
        if (parens) out.append('(');
        switch (e) {
            case Expr.Sym s -> symbol(s.symbol(), out, values);
            case Expr.Not n -> {
                out.append('!');
                print(n.operand(), out, e, values);
            }
            case Expr.And a -> {
                print(a.left(), out, e, values);
                out.append(" && ");
                print(a.right(), out, e, values);
            }
            case Expr.Or o -> {
                print(o.left(), out, e, values);
                out.append(" || ");
                print(o.right(), out, e, values);
            }
            case Expr.Compare c -> {
                symbol(c.left(), out, values);
                out.append(operator(c.op()));
                symbol(c.right(), out, values);
            }
            case Expr.Range r -> {
                out.append('[');
                symbol(r.low(), out, values);
                out.append(' ');
                symbol(r.high(), out, values);
                out.append(']');
            }
        }
        if (parens) out.append(')');
    }

    private static void symbol(Symbol s, StringBuilder out, boolean values) {
        out.append(values ? nameWithValue(s) : name(s));
    }
}
