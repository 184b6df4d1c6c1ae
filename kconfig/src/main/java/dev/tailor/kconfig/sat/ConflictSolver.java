package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.tailor.kconfig.sat.Correction.Change;
import org.sat4j.specs.IConstr;

/**
 * Makes values possible that the dependencies forbid: given the engine's current configuration and the
 * values a user wants, finds the fewest other options (symbols with a prompt) whose input must change
 * with them (a user value, or the selected member of a choice; values that follow on their own from
 * defaults and selects are not counted), a minimum correction set, by asking the SAT solver for models with at most k changes and lowering k
 * until none is left. Or says why no configuration has the wanted values.
 */
public final class ConflictSolver {
    private final Kconfig kconfig;

    /** Works on the tree's current values (read a .config into it first). */
    public ConflictSolver(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    /**
     * The smallest correction for the wanted values, by symbol name ({@code CONFIG_} prefix allowed) and
     * value as .config writes it (a string may be quoted). Does not change the engine's values.
     *
     * @throws KconfigException for an unknown symbol or a value its type does not allow
     */
    public Correction solve(Map<String, String> wantedByName) {
        Map<Symbol, String> wanted = resolve(wantedByName);
        Map<Symbol, String> current = new LinkedHashMap<>();
        Map<Symbol, Set<String>> extra = new LinkedHashMap<>();
        for (Symbol s : kconfig.symbols()) {
            if (s.isConstant() || s.type() == SymbolType.UNKNOWN) continue;
            current.put(s, s.stringValue());
            if (!s.type().isBoolOrTristate()) extra.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(s.stringValue());
        }
        wanted.forEach((s, v) -> {
            if (!s.type().isBoolOrTristate()) extra.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(v);
        });
        KconfigFormula formula = KconfigFormula.of(kconfig, extra);
        List<Integer> assumptions = new ArrayList<>();
        wanted.forEach((s, v) -> {
            for (int lit : formula.cube(s, v)) assumptions.add(lit);
        });
        List<Symbol> options = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        for (Symbol s : formula.symbols()) {
            if (wanted.containsKey(s) || s.isTransitional() || !hasPrompt(s)) continue;
            int lit = -formula.keepsInput(s, current.get(s), s.visibility() != Tristate.NO);
            if (lit == Cnf.FALSE) continue;   // cannot change (a selected choice member leaving counts nothing)
            options.add(s);
            changed.add(lit);
        }
        List<Integer> differs = new ArrayList<>();
        for (Symbol s : formula.symbols()) differs.add(-formula.cnf().and(formula.cube(s, current.get(s))));
        SatSolver solver = new SatSolver(formula.cnf());
        for (Symbol s : formula.symbols()) solver.prefer(formula.cube(s, current.get(s)));
        int[] assume = assumptions.stream().mapToInt(Integer::intValue).toArray();
        if (!solver.solve(assume)) return impossible(formula, wanted, solver.conflictingAssumptions());
        int[] changedLits = changed.stream().mapToInt(Integer::intValue).toArray();
        Model best = minimize(solver, assume, changedLits, solver.model());
        // Among the smallest corrections, the one that changes the fewest values in all.
        solver.atMost(changedLits, count(best, changedLits));
        best = minimize(solver, assume, differs.stream().mapToInt(Integer::intValue).toArray(), best);
        List<Change> wantedChanges = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<Change> consequences = new ArrayList<>();
        for (Symbol s : formula.symbols()) {
            String now = current.get(s);
            String then = formula.value(s, best);
            int option = options.indexOf(s);
            if (wanted.containsKey(s)) wantedChanges.add(new Change(s, now, then));
            else if (option >= 0 && best.holds(changedLits[option])) changes.add(new Change(s, now, then));
            else if (!now.equals(then)) consequences.add(new Change(s, now, then));
        }
        return new Correction.Fix(wantedChanges, changes, consequences, formula, best);
    }

    /** Puts the fix into the engine as user values and checks that the engine computes every predicted value. */
    public void apply(Correction.Fix fix) {
        List<EngineCheck.Mismatch> mismatches = new EngineCheck(fix.formula).apply(fix.model);
        if (!mismatches.isEmpty()) {
            throw new KconfigException("kconfig: internal error: the engine does not reproduce the solver's fix: "
                    + mismatches);
        }
    }

    /** A model with as few of the literals true as the solver can find, lowering the bound until none is left. */
    private static Model minimize(SatSolver solver, int[] assumptions, int[] literals, Model best) {
        for (int cost = count(best, literals); cost > 0; cost = count(best, literals)) {
            IConstr bound = solver.atMost(literals, cost - 1);
            boolean better = bound != null && solver.solve(assumptions);
            if (better) best = solver.model();
            solver.remove(bound);
            if (!better) break;
        }
        return best;
    }

    private static int count(Model m, int[] literals) {
        int n = 0;
        for (int lit : literals) if (m.holds(lit)) n++;
        return n;
    }

    private static boolean hasPrompt(Symbol s) {
        for (Property p : s.properties()) if (p.text() != null) return true;
        return false;
    }

    private Correction impossible(KconfigFormula formula, Map<Symbol, String> wanted, int[] core) {
        List<Symbol> involved = new ArrayList<>();
        for (Map.Entry<Symbol, String> w : wanted.entrySet()) {
            for (int lit : formula.cube(w.getKey(), w.getValue())) {
                for (int c : core) if (c == lit && !involved.contains(w.getKey())) involved.add(w.getKey());
            }
        }
        if (involved.isEmpty()) involved.addAll(wanted.keySet());
        List<String> parts = new ArrayList<>();
        for (Symbol s : involved) parts.add(s.name() + "=" + wanted.get(s));
        if (involved.size() > 1) {
            return new Correction.Impossible(String.join(" and ", parts) + " cannot hold together in any configuration");
        }
        Symbol s = involved.getFirst();
        StringBuilder why = new StringBuilder(parts.getFirst() + " is impossible in every configuration of this tree");
        if (!hasPrompt(s)) why.append("; it has no prompt, so only defaults and selects set it");
        if (s.directDependencies() != null) why.append("; it depends on ").append(Expr.toString(s.directDependencies()));
        return new Correction.Impossible(why.toString());
    }

    private Map<Symbol, String> resolve(Map<String, String> byName) {
        String prefix = kconfig.configPrefix();
        Map<Symbol, String> out = new LinkedHashMap<>();
        byName.forEach((name, value) -> {
            Symbol s = kconfig.findSymbol(name, prefix);
            if (s == null || s.type() == SymbolType.UNKNOWN) {
                throw new KconfigException("kconfig: unknown symbol " + name);
            }
            String v = value;
            if (s.type() == SymbolType.STRING && v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            if (s.type().isBoolOrTristate()) {
                v = v.toLowerCase(java.util.Locale.ROOT);
                if (!v.equals("y") && !v.equals("n") && !(v.equals("m") && s.type() == SymbolType.TRISTATE)) {
                    throw new KconfigException("kconfig: invalid value " + value + " for " + s.type().displayName()
                            + " symbol " + s.name());
                }
            } else if (!s.isValidValue(v)) {
                throw new KconfigException("kconfig: invalid value " + value + " for " + s.type().displayName()
                        + " symbol " + s.name());
            }
            out.put(s, v);
        });
        return out;
    }
}
