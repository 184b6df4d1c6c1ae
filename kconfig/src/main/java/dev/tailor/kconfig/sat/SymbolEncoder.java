package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.PropertyKind;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraints that tie each symbol's value to the rest, as the engine computes it (Linux's
 * sym_calc_value): a visible symbol takes the user's value (bounded by its visibility) or its default,
 * an invisible one its default; an imply raises the default within the direct dependencies; selects raise
 * the result; m becomes y for a bool or while modules are off; int and hex values are clamped into their
 * active range; a choice has exactly one visible member selected (at most one if optional). The user's
 * choice is a free variable wherever the symbol is visible, so the models are exactly the configurations
 * some set of user values produces.
 */
final class SymbolEncoder {
    private final Cnf cnf;
    private final Variables vars;
    private final ExprEncoder exprs;
    /** "Modules are off": m acts as y for tristates. */
    private final int modulesOff;

    SymbolEncoder(Cnf cnf, Variables vars, ExprEncoder exprs, Symbol modules) {
        this.cnf = cnf;
        this.vars = vars;
        this.exprs = exprs;
        this.modulesOff = -vars.tri(modules).atLeastM();
    }

    /** Whether a user value can apply: visible, and not a transitional symbol (the sampler never sets those). */
    private int userPossible(Symbol s, Tri visibility) {
        return s.isTransitional() ? Cnf.FALSE : visibility.atLeastM();
    }

    /** The OR of the prompts' conditions (y for a transitional symbol). */
    Tri visibility(Symbol s) {
        if (s.isTransitional()) return Tri.YES;
        Tri vis = Tri.NO;
        for (Property p : s.properties()) {
            if (p.text() != null) vis = vis.or(cnf, exprs.encode(p.condition()));
        }
        return vis;
    }

    Inputs.Tristate tristate(Symbol s) {
        int asBool = s.type() == SymbolType.BOOL ? Cnf.TRUE : modulesOff;
        Tri vis = visibility(s).modToYesIf(cnf, s.type() != SymbolType.TRISTATE ? Cnf.TRUE : modulesOff);
        Tri dir = s.directDependencies() == null ? Tri.YES : exprs.encode(s.directDependencies()).modToYesIf(cnf, asBool);
        Tri rev = s.reverseDependencies() == null ? Tri.NO : exprs.encode(s.reverseDependencies()).modToYesIf(cnf, asBool);
        Tri imp = s.weakReverseDependencies() == null ? Tri.NO
                : exprs.encode(s.weakReverseDependencies()).modToYesIf(cnf, asBool);
        Tri def = firstDefault(s);
        int implied = imp.atLeastM();
        // With an imply in effect: min(max(default, implied), direct dependencies); else the default.
        Tri byDefault = new Tri(
                cnf.or(cnf.and(implied, dir.atLeastM()), cnf.and(-implied, def.atLeastM())),
                cnf.or(cnf.and(implied, cnf.or(def.isY(), imp.isY()), dir.isY()), cnf.and(-implied, def.isY())));
        boolean bool = s.type() == SymbolType.BOOL;
        if (bool) byDefault = Tri.bool(byDefault.atLeastM());   // a bool's m default ends as y anyway
        int user = userPossible(s, vis);
        Tri chosen = byDefault;
        if (user != Cnf.FALSE) {
            // Without a user value the default; with one, any value up to the visibility. In clauses, not
            // gates: this is the one constraint every symbol with a prompt has.
            chosen = bool ? Tri.bool(cnf.newVariable()) : new Tri(cnf.newVariable(), cnf.newVariable());
            if (!bool) cnf.implies(chosen.isY(), chosen.atLeastM());
            sameUnless(user, chosen.atLeastM(), byDefault.atLeastM());
            sameUnless(user, chosen.isY(), byDefault.isY());
            if (!bool) {
                // Visible as m only: a user's y is out of reach, so y can only come from the default.
                sameUnless(-cnf.and(user, chosen.isY(), -vis.isY()), chosen.atLeastM(), byDefault.atLeastM());
                sameUnless(-cnf.and(user, chosen.isY(), -vis.isY()), chosen.isY(), byDefault.isY());
            }
        }
        Tri value = chosen.or(cnf, rev).modToYesIf(cnf, asBool);
        Tri v = vars.tri(s);
        equal(v.atLeastM(), value.atLeastM());
        equal(v.isY(), value.isY());
        return new Inputs.Tristate(chosen, byDefault, user);
    }

    /** The first default whose condition holds, at most its condition (n when none holds). */
    private Tri firstDefault(Symbol s) {
        Tri result = Tri.NO;
        int noneBefore = Cnf.TRUE;
        for (Property p : s.properties()) {
            if (p.kind() != PropertyKind.DEFAULT) continue;
            Tri cond = exprs.encode(p.condition());
            int selected = cnf.and(noneBefore, cond.atLeastM());
            Tri value = exprs.encode(p.expr()).and(cnf, cond);
            result = result.or(cnf, value.and(cnf, Tri.bool(selected)));
            noneBefore = cnf.and(noneBefore, -cond.atLeastM());
        }
        return result;
    }

    /** {@code a <-> b} unless {@code unless} holds. */
    private void sameUnless(int unless, int a, int b) {
        cnf.clause(unless, -a, b);
        cnf.clause(unless, a, -b);
    }

    private void equal(int a, int b) {
        cnf.implies(a, b);
        cnf.implies(b, a);
    }

    Inputs.Valued valued(Symbol s) {
        Map<String, Integer> value = vars.oneHot(s);
        Map<String, List<Integer>> ways = new LinkedHashMap<>();
        int noneBefore = Cnf.TRUE;
        for (Property p : s.properties()) {
            if (p.kind() != PropertyKind.DEFAULT) continue;
            int selected = cnf.and(noneBefore, exprs.encode(p.condition()).atLeastM());
            Symbol target = p.targetSymbol();
            if (target == null) {
                way(ways, ValueDomains.emptyValue(s.type()), selected);   // not a symbol: the value stays empty
            } else {
                for (Variables.Text t : texts(target)) way(ways, t.text(), cnf.and(selected, t.literal()));
            }
            noneBefore = cnf.and(noneBefore, -exprs.encode(p.condition()).atLeastM());
        }
        way(ways, ValueDomains.emptyValue(s.type()), noneBefore);
        Map<String, Integer> byDefault = new LinkedHashMap<>();
        for (String v : value.keySet()) {
            List<Integer> w = ways.getOrDefault(v, List.of());
            byDefault.put(v, cnf.or(w.stream().mapToInt(Integer::intValue).toArray()));
        }
        int user = userPossible(s, visibility(s));
        Map<String, Integer> chosen = byDefault;
        int set = Cnf.FALSE;
        if (user != Cnf.FALSE) {
            // Whether a user value is given: without one the default holds, with one any valid value may.
            set = cnf.newVariable();
            cnf.implies(set, user);
            chosen = new LinkedHashMap<>();
            for (String v : value.keySet()) chosen.put(v, cnf.newVariable());
            cnf.exactlyOne(chosen.values().stream().mapToInt(Integer::intValue).toArray());
            for (String v : value.keySet()) {
                int c = chosen.get(v);
                int d = byDefault.get(v);
                cnf.clause(set, -c, d);
                cnf.clause(set, c, -d);
                if (!s.isValidValue(v)) cnf.implies(c, d);
            }
        }
        clampIntoRange(s, chosen, value);
        return new Inputs.Valued(chosen, byDefault, set, user);
    }

    private static void way(Map<String, List<Integer>> ways, String text, int literal) {
        ways.computeIfAbsent(text, k -> new ArrayList<>()).add(literal);
    }

    /** The texts a default or range bound naming {@code s} yields. */
    private List<Variables.Text> texts(Symbol s) {
        String fixed = ValueDomains.fixedText(s);
        return fixed != null ? List.of(new Variables.Text(fixed, Cnf.TRUE)) : vars.texts(s);
    }

    /** The value: the chosen one, moved into the first active range of an int or hex symbol. */
    private void clampIntoRange(Symbol s, Map<String, Integer> chosen, Map<String, Integer> value) {
        int noneBefore = Cnf.TRUE;
        if (s.type() == SymbolType.INT || s.type() == SymbolType.HEX) {
            for (Property p : s.properties()) {
                if (p.kind() != PropertyKind.RANGE || !(p.expr() instanceof Expr.Range r)) continue;
                int cond = exprs.encode(p.condition()).atLeastM();
                int selected = cnf.and(noneBefore, cond);
                for (Variables.Text lo : texts(r.low())) {
                    for (Variables.Text hi : texts(r.high())) {
                        for (Map.Entry<String, Integer> c : chosen.entrySet()) {
                            String result = Symbol.clampToRange(c.getKey(), s.type(), lo.text(), r.low().type(),
                                    hi.text(), r.high().type());
                            cnf.clause(-c.getValue(), -selected, -lo.literal(), -hi.literal(), value.get(result));
                        }
                    }
                }
                noneBefore = cnf.and(noneBefore, -cond);
            }
        }
        for (Map.Entry<String, Integer> c : chosen.entrySet()) {
            cnf.clause(-c.getValue(), -noneBefore, value.get(c.getKey()));
        }
    }

    /** A choice: its members are n unless visible, at most one is y, and one is if any is visible. */
    void choice(MenuNode choice, List<Symbol> members) {
        int[] visible = new int[members.size()];
        int[] selected = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Symbol m = members.get(i);
            visible[i] = visibility(m).atLeastM();
            Tri v = vars.tri(m);
            equal(v.atLeastM(), v.isY());
            selected[i] = v.isY();
            cnf.implies(selected[i], visible[i]);
        }
        cnf.atMostOne(selected);
        if (!choice.isOptional()) cnf.clause(-cnf.or(visible), cnf.or(selected));
    }
}
