package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.sat.Model;
import dev.tailor.kconfig.sat.SatSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Distinct random valid configurations: each solver run prefers a random option of every feature, so
 * the configurations are valid by construction (unlike randconfig, whose random answers the dependencies
 * then override), though not uniformly distributed over all valid ones.
 */
final class RandomSampler {
    private final SatSolver solver;
    private final Features features;
    private final Random random;

    RandomSampler(SatSolver solver, Features features, long seed) {
        this.solver = solver;
        this.features = features;
        this.random = new Random(seed);
    }

    /** Up to {@code count} distinct configurations (fewer when the tree has fewer). */
    List<Model> run(int count) {
        List<Model> out = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int attempt = 0; out.size() < count && attempt < count * 20L; attempt++) {
            solver.preferRandomly(random);
            for (int f = 0; f < features.size(); f++) {
                solver.prefer(features.cube(features.firstOption(f) + random.nextInt(features.optionCount(f))));
            }
            if (!solver.solve()) break;
            Model m = solver.model();
            if (seen.add(Arrays.stream(features.optionsIn(m)).boxed().toList())) out.add(m);
        }
        return out;
    }
}
