package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.sat.KconfigFormula;
import dev.tailor.kconfig.sat.Model;
import dev.tailor.kconfig.sat.SatSolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What sampling varies: the features (every bool or tristate symbol with a prompt, choice members
 * included) and their options, an option being one value of one feature (n, m or y). Only options some
 * configuration has are kept, and only features with two or more of them: a feature every configuration
 * gives the same value cannot interact with anything.
 */
public final class Features {
    private final KconfigFormula formula;
    private final List<Symbol> features = new ArrayList<>();
    /** Per option: its feature's index, its value and the literals that say so. */
    private final List<Integer> featureOf = new ArrayList<>();
    private final List<String> valueOf = new ArrayList<>();
    private final List<int[]> cubeOf = new ArrayList<>();
    /** Per feature: the index of its first option; its options are consecutive. */
    private final List<Integer> firstOption = new ArrayList<>();

    /** Options whose possibility was not decided before the deadline: left out. */
    private int undecided;

    private Features(KconfigFormula formula, SatSolver solver, long deadline) {
        this.formula = formula;
        List<Symbol> candidates = new ArrayList<>();
        for (Symbol s : formula.symbols()) {
            if (s.type().isBoolOrTristate() && !s.isTransitional() && hasPrompt(s)) candidates.add(s);
        }
        List<int[]> cubes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (String v : formula.domain(candidates.get(i))) {
                cubes.add(formula.cube(candidates.get(i), v));
            }
        }
        boolean[] possible = new boolean[cubes.size()];
        // Two opposite models first; then each query also steers towards every option not seen yet,
        // so that a few models show most options possible.
        for (boolean positive : new boolean[] {false, true}) {
            solver.preferAll(positive);
            if (solver.solve()) markSeen(solver.model(), cubes, possible);
        }
        for (int o = 0; o < cubes.size(); o++) {
            if (possible[o]) continue;
            if (System.nanoTime() > deadline) {
                undecided++;
                continue;
            }
            for (int u = o; u < cubes.size(); u++) if (!possible[u]) solver.prefer(cubes.get(u));
            if (solver.solve(cubes.get(o))) markSeen(solver.model(), cubes, possible);
        }
        boolean[][] possibleOf = new boolean[candidates.size()][];
        for (int i = 0, o = 0; i < candidates.size(); i++) {
            possibleOf[i] = new boolean[formula.domain(candidates.get(i)).size()];
            for (int v = 0; v < possibleOf[i].length; v++) possibleOf[i][v] = possible[o++];
        }
        for (int i = 0; i < candidates.size(); i++) {
            Symbol s = candidates.get(i);
            List<String> domain = formula.domain(s);
            int count = 0;
            for (boolean p : possibleOf[i]) if (p) count++;
            if (count < 2) continue;
            int f = features.size();
            features.add(s);
            firstOption.add(featureOf.size());
            for (int v = 0; v < domain.size(); v++) {
                if (!possibleOf[i][v]) continue;
                featureOf.add(f);
                valueOf.add(domain.get(v));
                cubeOf.add(formula.cube(s, domain.get(v)));
            }
        }
        firstOption.add(featureOf.size());
    }

    /** The features of the formula's tree, with the options some configuration has. */
    public static Features of(KconfigFormula formula, SatSolver solver) {
        return new Features(formula, solver, Long.MAX_VALUE);
    }

    /**
     * As {@link #of(KconfigFormula, SatSolver)}, but options not yet known to be possible at
     * {@code deadline} (System.nanoTime()) are left out; {@link #undecided} counts them.
     */
    public static Features of(KconfigFormula formula, SatSolver solver, long deadline) {
        return new Features(formula, solver, deadline);
    }

    /** Options left out because the deadline passed before the solver decided them. */
    public int undecided() {
        return undecided;
    }

    private static boolean hasPrompt(Symbol s) {
        for (Property p : s.properties()) if (p.text() != null) return true;
        return false;
    }

    private static void markSeen(Model m, List<int[]> cubes, boolean[] possible) {
        for (int o = 0; o < cubes.size(); o++) possible[o] |= holdsAll(m, cubes.get(o));
    }

    static boolean holdsAll(Model m, int[] cube) {
        for (int lit : cube) if (!m.holds(lit)) return false;
        return true;
    }

    public KconfigFormula formula() {
        return formula;
    }

    /** The features that can vary. */
    public List<Symbol> symbols() {
        return Collections.unmodifiableList(features);
    }

    public int size() {
        return features.size();
    }

    public int options() {
        return featureOf.size();
    }

    public int feature(int option) {
        return featureOf.get(option);
    }

    public String value(int option) {
        return valueOf.get(option);
    }

    public int[] cube(int option) {
        return cubeOf.get(option);
    }

    /** The literals that say every option of the tuple holds, after {@code base} (-1 entries are skipped). */
    int[] cube(int[] base, int[] options) {
        int n = base.length;
        for (int o : options) n += o < 0 ? 0 : cubeOf.get(o).length;
        int[] out = java.util.Arrays.copyOf(base, n);
        int at = base.length;
        for (int o : options) {
            if (o < 0) continue;
            int[] c = cubeOf.get(o);
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        return out;
    }

    public int firstOption(int feature) {
        return firstOption.get(feature);
    }

    public int optionCount(int feature) {
        return firstOption.get(feature + 1) - firstOption.get(feature);
    }

    /** The option of {@code feature} that holds in the model; -1 for a value left out (time limit). */
    public int optionIn(int feature, Model m) {
        for (int o = firstOption(feature); o < firstOption(feature + 1); o++) {
            if (holdsAll(m, cubeOf.get(o))) return o;
        }
        return -1;
    }

    /** Per feature, the option that holds in the model (-1 where its value was left out). */
    public int[] optionsIn(Model m) {
        int[] out = new int[size()];
        for (int f = 0; f < out.length; f++) out[f] = optionIn(f, m);
        return out;
    }
}
