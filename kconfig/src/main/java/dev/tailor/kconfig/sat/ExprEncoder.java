package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.Tristate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kconfig expressions as tristate literal pairs: a symbol is its value variables, {@code !}, {@code &&}
 * and {@code ||} are Kconfig's 2-x, min and max, and a comparison is the disjunction of the value pairs
 * of its two sides that the engine's own comparison makes true.
 */
final class ExprEncoder {
    private final Cnf cnf;
    private final Variables vars;
    /** Expressions are shared between properties and symbols: each is encoded once. */
    private final Map<Expr, Tri> done = new IdentityHashMap<>();

    ExprEncoder(Cnf cnf, Variables vars) {
        this.cnf = cnf;
        this.vars = vars;
    }

    /** The value of an optional expression: null (no condition) is y. */
    Tri encode(Expr e) {
        if (e == null) return Tri.YES;
        Tri t = done.get(e);
        if (t != null) return t;
        t = switch (e) {
            case Expr.Sym s -> vars.tri(s.symbol());
            case Expr.Not n -> encode(n.operand()).not();
            case Expr.And a -> encode(a.left()).and(cnf, encode(a.right()));
            case Expr.Or o -> or(o);
            case Expr.Compare c -> Tri.bool(compare(c));
            case Expr.Range r -> Tri.NO;
        };
        done.put(e, t);
        return t;
    }

    /** A long chain of ORs (a reverse dependency with many selects) as one wide gate per literal. */
    private Tri or(Expr.Or o) {
        List<Expr> terms = Expr.orTerms(o);
        int[] m = new int[terms.size()];
        int[] y = new int[terms.size()];
        for (int i = 0; i < m.length; i++) {
            Tri t = encode(terms.get(i));
            m[i] = t.atLeastM();
            y[i] = t.isY();
        }
        return new Tri(cnf.or(m), cnf.or(y));
    }

    private int compare(Expr.Compare c) {
        List<Integer> holds = new ArrayList<>();
        for (Variables.Text l : vars.texts(c.left())) {
            for (Variables.Text r : vars.texts(c.right())) {
                if (Expr.compare(c.op(), l.text(), c.left().type(), r.text(), c.right().type()) == Tristate.YES) {
                    holds.add(cnf.and(l.literal(), r.literal()));
                }
            }
        }
        return cnf.or(holds.stream().mapToInt(Integer::intValue).toArray());
    }
}
