package dev.tailor.kconfig;

/** Prints expressions the way Linux's expr_print does, with parentheses only where precedence needs them. */
final class ExprPrinter {
    private ExprPrinter() {}

    /** Binding strength: comparisons bind tightest, then !, then &&, then ||. */
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

    static void print(Expr e, StringBuilder out, Expr parent) {
        print(e, out, parent, false);
    }

    /** Prints with the current value of every named symbol after it, as in {@code FOO [=y]}. */
    static void printWithValues(Expr e, StringBuilder out) {
        print(e, out, null, true);
    }

    /**
     * Prints the OR-terms of a reverse dependency whose value is {@code which}, one per line after the
     * title, as Linux lists the selectors in its unmet-dependency warning.
     */
    static void printReverseDependencies(Expr e, StringBuilder out, Tristate which, String title) {
        boolean titled = false;
        for (Expr term : Expr.orTerms(e)) {
            if (term.eval() != which) continue;
            if (!titled) {
                out.append(title);
                titled = true;
            }
            out.append("  - ");
            print(term, out, null, true);
            out.append('\n');
        }
    }

    static void collectOrTerms(Expr e, java.util.List<Expr> terms) {
        if (e instanceof Expr.Or o) {
            collectOrTerms(o.left(), terms);
            collectOrTerms(o.right(), terms);
        } else if (e != null) {
            terms.add(e);
        }
    }

    private static void print(Expr e, StringBuilder out, Expr parent, boolean values) {
        if (e == null) {
            out.append('y');
            return;
        }
        boolean parens = parent != null && rank(parent) > rank(e) && rank(e) < 6 && !sameKind(parent, e);
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
                out.append(c.op().text);
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
        out.append(name(s));
        if (values && s.type() != SymbolType.UNKNOWN) {
            out.append(" [=").append(s.stringValue()).append(']');
        }
    }

    private static boolean sameKind(Expr a, Expr b) {
        return a.getClass() == b.getClass();
    }

    /** The symbol's name; a quoted constant prints as its bare text, as Linux prints it. */
    private static String name(Symbol s) {
        return s.name() == null ? "<choice>" : s.name();
    }
}
