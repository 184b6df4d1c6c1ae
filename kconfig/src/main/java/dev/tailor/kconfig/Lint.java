package dev.tailor.kconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The findings of {@code kconfig check} on a loaded tree: symbols that are used but never defined,
 * selects that force a symbol past its unmet direct dependencies in the current configuration, and
 * values of the configuration outside their range.
 */
public final class Lint {
    /** One finding, located at the Kconfig line it is about. */
    public record Finding(String file, int line, String message) {
        public String format() {
            return file + ":" + line + ": warning: " + message;
        }
    }

    private final Kconfig kconfig;

    public Lint(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    /** Whether a symbol is a name used in expressions that no Kconfig file defines. */
    static boolean isUndefined(Symbol s) {
        return s.nodes().isEmpty() && !s.isConstant() && s.name() != null
                && !looksNumeric(s.name());
    }

    /** One finding per place an undefined symbol is used, in the order of the tree. */
    public List<Finding> undefinedSymbols() {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Symbol, Set<Location>> e : undefinedReferences().entrySet()) {
            for (Location where : e.getValue()) {
                out.add(new Finding(where.file(), where.line(),
                        "symbol " + e.getKey().name() + " is referenced but never defined"));
            }
        }
        return out;
    }

    /** Where a symbol is used, as {@code file:line} (for {@code info} on an undefined symbol). */
    List<String> referencesTo(Symbol sym) {
        Set<Location> found = collect(s -> s == sym).get(sym);
        List<String> out = new ArrayList<>();
        if (found != null) for (Location l : found) out.add(l.file() + ":" + l.line());
        return out;
    }

    private record Location(String file, int line) {}

    private Map<Symbol, Set<Location>> undefinedReferences() {
        return collect(Lint::isUndefined);
    }

    /**
     * The places that name the wanted symbols. A dependency inherited from an enclosing menu or if-block is
     * reported once, where it is written, not at every entry it reaches: the engine shares the expression
     * objects it propagates, so an occurrence is new only where its object first appears.
     */
    private Map<Symbol, Set<Location>> collect(Predicate<Symbol> wanted) {
        Map<Symbol, Set<Location>> found = new LinkedHashMap<>();
        walk(kconfig.root(), wanted, found);
        return found;
    }

    private void walk(MenuNode menu, Predicate<Symbol> wanted, Map<Symbol, Set<Location>> found) {
        MenuNode previous = null;
        for (MenuNode node : menu.children()) {
            visit(node, previous, wanted, found);
            walk(node, wanted, found);
            previous = node;
        }
    }

    private void visit(MenuNode node, MenuNode previous, Predicate<Symbol> wanted, Map<Symbol, Set<Location>> found) {
        Set<Expr> inherited = identitySet();
        if (node.parent() != null) occurrences(node.parent().dependencies(), wanted, inherited);
        if (previous != null) occurrences(previous.dependencies(), wanted, inherited);
        Location here = new Location(node.file(), node.line());
        report(node.dependencies(), wanted, inherited, here, found);
        report(node.visibleIf(), wanted, identitySet(), here, found);

        Set<Expr> own = identitySet();
        occurrences(node.dependencies(), wanted, own);
        for (MenuNode m = node.parent(); m != null; m = m.parent()) occurrences(m.visibleIf(), wanted, own);
        Symbol sym = node.symbol();
        if (sym == null) {
            Property prompt = node.prompt();
            if (prompt != null) report(prompt.condition(), wanted, own, new Location(prompt.file(), prompt.line()), found);
            return;
        }
        for (Property p : sym.properties()) {
            if (p.node() != node) continue;   // each definition's own properties
            Location at = new Location(p.file(), p.line());
            report(p.expr(), wanted, identitySet(), at, found);
            report(p.condition(), wanted, own, at, found);
        }
    }

    /** Adds the places in {@code e} that name a wanted symbol and are not among {@code known}. */
    private static void report(Expr e, Predicate<Symbol> wanted, Set<Expr> known, Location where,
            Map<Symbol, Set<Location>> found) {
        Set<Expr> here = identitySet();
        occurrences(e, wanted, here);
        for (Expr occurrence : here) {
            if (known.contains(occurrence)) continue;
            occurrence.forEachSymbol(s -> {
                if (wanted.test(s)) found.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(where);
            });
        }
    }

    /** The leaves of {@code e} (symbols, comparisons, ranges) that name a wanted symbol, by identity. */
    private static void occurrences(Expr e, Predicate<Symbol> wanted, Set<Expr> out) {
        switch (e) {
            case null -> { }
            case Expr.Not n -> occurrences(n.operand(), wanted, out);
            case Expr.And a -> {
                occurrences(a.left(), wanted, out);
                occurrences(a.right(), wanted, out);
            }
            case Expr.Or o -> {
                occurrences(o.left(), wanted, out);
                occurrences(o.right(), wanted, out);
            }
            default -> {
                boolean[] hit = {false};
                e.forEachSymbol(s -> hit[0] |= wanted.test(s));
                if (hit[0]) out.add(e);
            }
        }
    }

    private static Set<Expr> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * Selects that, in the current configuration, force their target above what the target's own
     * dependencies allow (Linux's "unmet direct dependencies"), one finding per select statement.
     */
    public List<Finding> unmetSelects() {
        List<Finding> out = new ArrayList<>();
        Set<Symbol> seen = new HashSet<>();
        kconfig.forEachNode(node -> {
            Symbol sym = node.symbol();
            if (sym == null || sym.isChoice() || !seen.add(sym)) return;
            for (Property p : sym.properties()) {
                if (p.kind() != PropertyKind.SELECT) continue;
                Symbol target = p.targetSymbol();
                if (target == null || target.nodes().isEmpty()) continue;
                Tristate selected = SymbolReport.reverseValue(target, p);
                Tristate allowed = Expr.eval(target.directDependencies());
                if (allowed == Tristate.MOD && target.effectiveType() == SymbolType.BOOL) allowed = Tristate.YES;
                if (selected == Tristate.NO || !allowed.lessThan(selected)) continue;
                out.add(new Finding(p.file(), p.line(), Expr.toStringWithValues(new Expr.Sym(sym)) + " selects "
                        + target.name() + ", which has unmet direct dependencies ("
                        + Expr.toStringWithValues(target.directDependencies()) + ")"));
            }
        });
        return out;
    }

    /**
     * Values of the configuration file outside their symbol's range. Linux's conf uses the nearest bound
     * without a word (and the file is rewritten with it); the check says so, at the range that applies.
     */
    public List<Finding> clampedValues() {
        List<Finding> out = new ArrayList<>();
        for (Symbol sym : kconfig.symbols()) {
            String given = sym.userValue();
            if (given == null || sym.valueSource() != ValueSource.RANGE || sym.isWithinRange(given)) continue;
            for (Property p : sym.properties()) {
                if (p.kind() != PropertyKind.RANGE || Expr.eval(p.condition()) == Tristate.NO) continue;
                Expr.Range range = (Expr.Range) p.expr();
                out.add(new Finding(p.file(), p.line(), kconfig.configPrefix() + sym.name() + "=" + given
                        + " is outside the range " + range.low().stringValue() + ".." + range.high().stringValue()
                        + ": " + sym.stringValue() + " is used"));
                break;
            }
        }
        return out;
    }

    /** Whether an undefined name is really a number used as a value (such names are symbols too). */
    private static boolean looksNumeric(String s) {
        return s.matches("-?[0-9]+|0[xX][0-9a-fA-F]+");
    }
}
