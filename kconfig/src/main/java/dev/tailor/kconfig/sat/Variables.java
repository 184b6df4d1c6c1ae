package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables that hold the symbols' values: one per bool, two per tristate (order encoding), one per
 * value of an int, hex or string symbol's domain (exactly one of them true). Constants and undefined
 * symbols have fixed values and no variables.
 */
final class Variables {
    /** A value as text, and the literal that says the symbol has it. */
    record Text(String text, int literal) {}

    private final Cnf cnf;
    private final Map<Symbol, Tri> tristates = new LinkedHashMap<>();
    private final Map<Symbol, Map<String, Integer>> valued = new LinkedHashMap<>();

    Variables(Cnf cnf, Collection<Symbol> symbols, Map<Symbol, Set<String>> domains) {
        this.cnf = cnf;
        for (Symbol s : symbols) {
            switch (s.type()) {
                case BOOL -> tristates.put(s, Tri.bool(cnf.newVariable()));
                case TRISTATE -> {
                    Tri t = new Tri(cnf.newVariable(), cnf.newVariable());
                    cnf.implies(t.isY(), t.atLeastM());
                    tristates.put(s, t);
                }
                case INT, HEX, STRING -> {
                    Map<String, Integer> oneHot = new LinkedHashMap<>();
                    for (String v : domains.get(s)) oneHot.put(v, cnf.newVariable());
                    cnf.exactlyOne(oneHot.values().stream().mapToInt(Integer::intValue).toArray());
                    valued.put(s, oneHot);
                }
                default -> { }
            }
        }
    }

    /** Whether the symbol's value is a variable of the formula. */
    boolean isModeled(Symbol s) {
        return tristates.containsKey(s) || valued.containsKey(s);
    }

    /** The tristate value of any symbol in an expression (n for int, hex, string and undefined ones). */
    Tri tri(Symbol s) {
        Tri t = tristates.get(s);
        if (t != null) return t;
        return s.isConstant() ? Tri.of(s.tristateValue()) : Tri.NO;
    }

    /** The one-hot variables of an int, hex or string symbol, by value. */
    Map<String, Integer> oneHot(Symbol s) {
        return valued.get(s);
    }

    /** Every value the symbol can have as text (what a comparison reads), each with its literal. */
    List<Text> texts(Symbol s) {
        List<Text> out = new ArrayList<>();
        Tri t = tristates.get(s);
        if (t != null) {
            out.add(new Text("n", t.is(cnf, Tristate.NO)));
            if (s.type() == SymbolType.TRISTATE) out.add(new Text("m", t.is(cnf, Tristate.MOD)));
            out.add(new Text("y", t.is(cnf, Tristate.YES)));
        } else if (valued.containsKey(s)) {
            valued.get(s).forEach((v, lit) -> out.add(new Text(v, lit)));
        } else {
            out.add(new Text(s.stringValue(), Cnf.TRUE));
        }
        return out;
    }
}
