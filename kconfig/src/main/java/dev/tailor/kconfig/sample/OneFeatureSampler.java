package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.sat.Model;
import dev.tailor.kconfig.sat.SatSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One configuration per feature: with {@code enabled}, the feature on (y, else m) and as few others on as
 * the constraints allow; otherwise the feature n and as many others on as they allow (the one-enabled and
 * one-disabled samplings of Medeiros et al.). "As few" is greedy, feature by feature: no other feature can
 * be switched alone, but it is not a minimum over all configurations.
 */
final class OneFeatureSampler {
    private final SatSolver solver;
    private final Features features;
    private final boolean enabled;

    OneFeatureSampler(SatSolver solver, Features features, boolean enabled) {
        this.solver = solver;
        this.features = features;
        this.enabled = enabled;
    }

    /** The distinct configurations, at most {@code count} (0: one per feature). */
    List<Model> run(int count) {
        List<Model> out = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int f = 0; f < features.size() && (count == 0 || out.size() < count); f++) {
            int target = enabled ? onOption(f) : offOption(f);
            if (target < 0) continue;
            Model m = extreme(f, target);
            if (m != null && seen.add(Arrays.stream(features.optionsIn(m)).boxed().toList())) out.add(m);
        }
        return out;
    }

    /** The option the other features should have: off for one-enabled, on for one-disabled. */
    private int wanted(int feature) {
        return enabled ? offOption(feature) : onOption(feature);
    }

    private Model extreme(int feature, int target) {
        for (int g = 0; g < features.size(); g++) {
            int w = wanted(g);
            if (w >= 0) solver.prefer(features.cube(w));
        }
        int[] assumptions = features.cube(target);
        if (!solver.solve(assumptions)) return null;
        Model m = solver.model();
        for (int g = 0; g < features.size(); g++) {
            int w = wanted(g);
            if (g == feature || w < 0 || features.optionIn(g, m) == w) continue;
            int[] more = features.cube(assumptions, new int[] {w});
            if (solver.solve(more)) {
                assumptions = more;
                m = solver.model();
            }
        }
        return m;
    }

    private int onOption(int feature) {
        int found = -1;
        for (int o = features.firstOption(feature); o < features.firstOption(feature) + features.optionCount(feature); o++) {
            if (features.value(o).equals("y")) return o;
            if (features.value(o).equals("m")) found = o;
        }
        return found;
    }

    private int offOption(int feature) {
        for (int o = features.firstOption(feature); o < features.firstOption(feature) + features.optionCount(feature); o++) {
            if (features.value(o).equals("n")) return o;
        }
        return -1;
    }
}
