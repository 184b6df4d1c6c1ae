package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.sat.Model;
import dev.tailor.kconfig.sat.SatSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A t-wise covering sample, greedily as YASA does it (Krieter et al., 2020): every interaction, in an
 * order drawn from the seed, goes into the first partial configuration that can take it. Each partial
 * configuration keeps the options it promised and a model that has them; an interaction its model
 * already has costs nothing, one that only fits its promises costs a SAT call under them, and one no
 * configuration takes starts a new configuration if the interaction is valid at all. The models are the
 * sample, so every valid interaction ends up covered.
 */
final class TWiseSampler {
    /**
     * The sample, and the number of interactions no configuration has. Complete when every interaction
     * was placed: then all the others are covered.
     */
    record Result(List<Model> models, long invalid, boolean complete) {}

    private final SatSolver solver;
    private final Features features;
    private final Random random;
    private final Tuples tuples;
    /** The options each configuration promised to keep. */
    private final OptionIndex promised;
    /** The options each configuration's current model has. */
    private final OptionIndex current;
    private final List<Model> models = new ArrayList<>();
    private final List<int[]> promiseCubes = new ArrayList<>();
    private final Nogoods nogoods;
    /** A configuration that promised nothing yet. */
    private final int[] nothing;
    private long invalid;
    private boolean limited;

    TWiseSampler(SatSolver solver, Features features, int t, long seed) {
        this.solver = solver;
        this.features = features;
        this.random = new Random(seed);
        this.tuples = new Tuples(features, t, seed);
        this.promised = new OptionIndex(features.options());
        this.current = new OptionIndex(features.options());
        this.nogoods = new Nogoods(features);
        this.nothing = new int[features.size()];
        Arrays.fill(nothing, -1);
    }

    /**
     * Runs until every interaction is handled, or stops taking new configurations at {@code maxSamples}
     * (0: no limit) and stops deciding interactions at {@code deadline} (System.nanoTime()).
     */
    Result run(int maxSamples, long deadline) {
        long[] visited = {0};
        boolean complete = tuples.forEach(tuple -> {
            if ((++visited[0] & 1023) == 0 && System.nanoTime() > deadline) return false;
            place(tuple, maxSamples);
            return true;
        });
        return new Result(List.copyOf(models), invalid, complete && !limited);
    }

    private void place(int[] tuple, int maxSamples) {
        if (promised.firstHavingAll(tuple) >= 0) return;
        int c = current.firstHavingAll(tuple);
        if (c >= 0) {
            promise(c, tuple);
            return;
        }
        for (c = 0; c < models.size(); c++) {
            if (fits(c, tuple) && extend(c, tuple)) return;
        }
        if (maxSamples > 0 && models.size() >= maxSamples) {
            limited = true;
            return;
        }
        if (nogoods.excludes(nothing, tuple)) {
            invalid++;
            return;
        }
        solver.preferRandomly(random);
        for (int f = 0; f < features.size(); f++) {
            solver.prefer(features.cube(features.firstOption(f) + random.nextInt(features.optionCount(f))));
        }
        if (!solver.solve(features.cube(new int[0], tuple))) {
            nogoods.learn(solver.conflictingAssumptions());
            invalid++;
            return;
        }
        Model m = solver.model();
        c = promised.add(nothing);
        current.add(features.optionsIn(m));
        models.add(m);
        promiseCubes.add(new int[0]);
        promise(c, tuple);
    }

    /** Whether the configuration promised nothing that is known to contradict the tuple. */
    private boolean fits(int c, int[] tuple) {
        int[] p = promised.entry(c);
        for (int o : tuple) {
            int f = features.feature(o);
            if (p[f] >= 0 && p[f] != o) return false;
        }
        return !nogoods.excludes(p, tuple);
    }

    /** Tries to add the tuple to the configuration's promises: a SAT call, starting from its model. */
    private boolean extend(int c, int[] tuple) {
        int[] now = current.entry(c);
        for (int o : now) if (o >= 0) solver.prefer(features.cube(o));
        if (!solver.solve(features.cube(promiseCubes.get(c), tuple))) {
            nogoods.learn(solver.conflictingAssumptions());
            return false;
        }
        Model m = solver.model();
        models.set(c, m);
        current.replace(c, features.optionsIn(m));
        promise(c, tuple);
        return true;
    }

    private void promise(int c, int[] tuple) {
        int[] p = promised.entry(c);
        int[] cube = promiseCubes.get(c);
        for (int o : tuple) {
            int f = features.feature(o);
            if (p[f] == o) continue;
            promised.set(c, f, o);
            int[] add = features.cube(o);
            cube = Arrays.copyOf(cube, cube.length + add.length);
            System.arraycopy(add, 0, cube, cube.length - add.length, add.length);
        }
        promiseCubes.set(c, cube);
    }
}
