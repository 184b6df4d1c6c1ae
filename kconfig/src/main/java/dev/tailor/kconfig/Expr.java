package dev.tailor.kconfig;

import java.util.function.Consumer;

/**
 * A Kconfig expression. {@code null} stands for "no condition" wherever an expression is optional and
 * evaluates to y, as in Linux.
 */
public sealed interface Expr {

    /** Comparison operators between two symbols (or constants). */
    enum CompareOp {
        EQUAL("="), UNEQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">=");

        final String text;

        CompareOp(String text) {
            this.text = text;
        }
    }

    /** A symbol (or constant) used as a tristate value. */
    record Sym(Symbol symbol) implements Expr {}

    record Not(Expr operand) implements Expr {}

    record And(Expr left, Expr right) implements Expr {}

    record Or(Expr left, Expr right) implements Expr {}

    record Compare(CompareOp op, Symbol left, Symbol right) implements Expr {}

    /** The bounds of a {@code range} property; not a condition. */
    record Range(Symbol low, Symbol high) implements Expr {}

    /** {@code a && b}, where a null side means "y". */
    static Expr and(Expr a, Expr b) {
        if (a == null) return b;
        if (b == null) return a;
        return new And(a, b);
    }

    /** a || b, where a null side is left out (as Linux's expr_alloc_or does). */
    static Expr or(Expr a, Expr b) {
        if (a == null) return b;
        if (b == null) return a;
        return new Or(a, b);
    }

    /**
     * The value of {@code left op right} for two values of the given types, as the engine evaluates a
     * {@link Compare} (numbers when both parse as numbers of their type, else strings): for tools that
     * reason about values the symbols could have rather than the ones they have.
     */
    static Tristate compare(CompareOp op, String left, SymbolType leftType, String right, SymbolType rightType) {
        return Comparison.compare(op, left, leftType, right, rightType);
    }

    /** Evaluates an optional expression: null is y. */
    static Tristate eval(Expr e) {
        return e == null ? Tristate.YES : e.eval();
    }

    /** The tristate value, computing the values of the symbols it reads. */
    default Tristate eval() {
        return switch (this) {
            case Sym s -> s.symbol.tristateValue();
            case Not n -> n.operand.eval().not();
            case And a -> Tristate.and(a.left.eval(), a.right.eval());
            case Or o -> Tristate.or(o.left.eval(), o.right.eval());
            case Compare c -> Comparison.evaluate(c);
            case Range r -> Tristate.NO;
        };
    }

    /** Calls the consumer for every symbol the expression names, constants included. */
    default void forEachSymbol(Consumer<Symbol> consumer) {
        switch (this) {
            case Sym s -> consumer.accept(s.symbol);
            case Not n -> n.operand.forEachSymbol(consumer);
            case And a -> {
                a.left.forEachSymbol(consumer);
                a.right.forEachSymbol(consumer);
            }
            case Or o -> {
                o.left.forEachSymbol(consumer);
                o.right.forEachSymbol(consumer);
            }
            case Compare c -> {
                consumer.accept(c.left);
                consumer.accept(c.right);
            }
            case Range r -> {
                consumer.accept(r.low);
                consumer.accept(r.high);
            }
        }
    }

    /** Whether the expression names the symbol anywhere. */
    static boolean contains(Expr e, Symbol sym) {
        if (e == null) return false;
        boolean[] found = {false};
        e.forEachSymbol(s -> found[0] |= s == sym);
        return found[0];
    }

    /**
     * Whether the expression can only be true when {@code sym} is: it is an AND-chain one of whose terms
     * is {@code sym}, {@code sym=y}, {@code sym=m} or {@code sym!=n}. This is what puts an entry into the
     * automatic submenu of a preceding symbol.
     */
    static boolean dependsOn(Expr e, Symbol sym) {
        return switch (e) {
            case And a -> dependsOn(a.left, sym) || dependsOn(a.right, sym);
            case Sym s -> s.symbol == sym;
            case Compare c when c.left == sym && c.op == CompareOp.EQUAL ->
                c.right.isConstant(Tristate.YES) || c.right.isConstant(Tristate.MOD);
            case Compare c when c.left == sym && c.op == CompareOp.UNEQUAL -> c.right.isConstant(Tristate.NO);
            case null, default -> false;
        };
    }

    /**
     * Rewrites every constant {@code m} into {@code m && MODULES}, so that it is n without modules. An
     * expression without {@code m} is returned as it is, so that unchanged subtrees stay shared.
     */
    static Expr rewriteMod(Expr e, Symbol modules) {
        return switch (e) {
            case null -> null;
            case Not n -> {
                Expr op = rewriteMod(n.operand, modules);
                yield op == n.operand ? n : new Not(op);
            }
            case And a -> {
                Expr l = rewriteMod(a.left, modules);
                Expr r = rewriteMod(a.right, modules);
                yield l == a.left && r == a.right ? a : new And(l, r);
            }
            case Or o -> {
                Expr l = rewriteMod(o.left, modules);
                Expr r = rewriteMod(o.right, modules);
                yield l == o.left && r == o.right ? o : new Or(l, r);
            }
            case Sym s when s.symbol.isConstant(Tristate.MOD) -> new And(s, new Sym(modules));
            default -> e;
        };
    }

    /** The expression with each typed symbol's current value after it ({@code A [=y] && B [=m]}). */
    static String toStringWithValues(Expr e) {
        StringBuilder out = new StringBuilder();
        ExprPrinter.printWithValues(e, out);
        return out.toString();
    }

    /** The terms of a chain of ORs, left to right (one term for anything else, none for null). */
    static java.util.List<Expr> orTerms(Expr e) {
        java.util.List<Expr> out = new java.util.ArrayList<>();
        ExprPrinter.collectOrTerms(e, out);
        return out;
    }

    /** Whether the expression is absent or the constant y (Linux's expr_is_yes). */
    static boolean isYes(Expr e) {
        return e == null || (e instanceof Sym s && s.symbol.isConstant(Tristate.YES));
    }

    /** The expression as Linux prints it ({@code A && (B || !C)}); null prints as "y". */
    static String toString(Expr e) {
        StringBuilder out = new StringBuilder();
        ExprPrinter.print(e, out, null);
        return out.toString();
    }
}
