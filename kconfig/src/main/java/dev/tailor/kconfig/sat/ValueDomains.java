package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.PropertyKind;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values an int, hex or string symbol can take in the translation: the ones the tree mentions for it
 * (constant defaults, range bounds, constants it is compared with), the type's empty value, the values of
 * the symbols its defaults and bounds name (to a fixpoint), and any extra values a caller needs (the
 * current .config's). A user value outside these is not sampled.
 */
final class ValueDomains {
    private ValueDomains() {}

    /** The empty value of a type, which a symbol has when nothing gives it one. */
    static String emptyValue(SymbolType type) {
        return switch (type) {
            case INT -> "0";
            case HEX -> "0x0";
            default -> "";
        };
    }

    static boolean hasDomain(Symbol s) {
        return !s.isConstant() && (s.type() == SymbolType.INT || s.type() == SymbolType.HEX
                || s.type() == SymbolType.STRING);
    }

    /**
     * The text a default or bound naming {@code s} yields: the name of a constant or undefined symbol, "n"
     * for a bool or tristate (the engine reads their string slot, which holds n), null for a symbol with a
     * domain of its own.
     */
    static String fixedText(Symbol s) {
        if (hasDomain(s)) return null;
        if (s.isConstant() || s.type() == SymbolType.UNKNOWN) return s.name();
        return "n";
    }

    static Map<Symbol, Set<String>> compute(Collection<Symbol> symbols, Map<Symbol, ? extends Collection<String>> extra) {
        Map<Symbol, Set<String>> domains = new LinkedHashMap<>();
        Map<Symbol, List<Symbol>> feeds = new HashMap<>();
        for (Symbol s : symbols) {
            if (!hasDomain(s)) continue;
            Set<String> d = domains.computeIfAbsent(s, k -> new LinkedHashSet<>());
            d.add(emptyValue(s.type()));
            for (Property p : s.properties()) {
                if (p.kind() == PropertyKind.DEFAULT && p.expr() instanceof Expr.Sym sym) {
                    addSource(s, sym.symbol(), d, feeds);
                } else if (p.kind() == PropertyKind.RANGE && p.expr() instanceof Expr.Range r) {
                    addSource(s, r.low(), d, feeds);
                    addSource(s, r.high(), d, feeds);
                }
            }
            Collection<String> more = extra.get(s);
            if (more != null) d.addAll(more);
        }
        for (Symbol s : symbols) {
            for (Property p : s.properties()) {
                addCompared(p.expr(), domains);
                addCompared(p.condition(), domains);
            }
            addCompared(s.directDependencies(), domains);
        }
        // Values flow from a named default or bound into the symbol that names it.
        Deque<Symbol> work = new ArrayDeque<>(domains.keySet());
        while (!work.isEmpty()) {
            Symbol from = work.pop();
            for (Symbol to : feeds.getOrDefault(from, List.of())) {
                if (domains.get(to).addAll(domains.get(from))) work.push(to);
            }
        }
        return domains;
    }

    private static void addSource(Symbol s, Symbol source, Set<String> d, Map<Symbol, List<Symbol>> feeds) {
        String fixed = fixedText(source);
        if (fixed != null) d.add(fixed);
        else feeds.computeIfAbsent(source, k -> new ArrayList<>()).add(s);
    }

    private static void addCompared(Expr e, Map<Symbol, Set<String>> domains) {
        if (e == null) return;
        switch (e) {
            case Expr.Compare c -> {
                addConstant(c.left(), c.right(), domains);
                addConstant(c.right(), c.left(), domains);
            }
            case Expr.Not n -> addCompared(n.operand(), domains);
            case Expr.And a -> {
                addCompared(a.left(), domains);
                addCompared(a.right(), domains);
            }
            case Expr.Or o -> {
                addCompared(o.left(), domains);
                addCompared(o.right(), domains);
            }
            default -> { }
        }
    }

    private static void addConstant(Symbol s, Symbol other, Map<Symbol, Set<String>> domains) {
        Set<String> d = domains.get(s);
        if (d != null && (other.isConstant() || other.type() == SymbolType.UNKNOWN)) d.add(other.name());
    }
}
