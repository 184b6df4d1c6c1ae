package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.sat.Model;
import dev.tailor.kconfig.sat.SatSolver;
import java.util.List;

/**
 * How many valid t-wise interactions of the features a sample covers. Valid means some configuration
 * has it; when the time to decide that ran out, the interactions left open are counted as undecided.
 *
 * @param t the interaction strength
 * @param valid the interactions some configuration has (known so far)
 * @param covered those the sample has
 * @param undecided interactions not yet known to be valid or not (0 when the count is exact)
 */
public record Coverage(int t, long valid, long covered, long undecided) {
    /** Covered as a percentage of valid, to two decimals (100 for an empty set). */
    public double percent() {
        return valid == 0 ? 100.0 : Math.floor(covered * 10000.0 / valid) / 100.0;
    }

    /** The interactions the models cover. */
    static long covered(Features features, Tuples tuples, List<Model> models) {
        OptionIndex index = index(features, models);
        long[] n = {0};
        tuples.forEach(tuple -> {
            if (index.firstHavingAll(tuple) >= 0) n[0]++;
            return true;
        });
        return n[0];
    }

    /**
     * The coverage of any sample: each interaction the sample lacks is decided with the SAT solver (the
     * models found on the way decide later ones without a call), until {@code deadline} (System.nanoTime()).
     */
    static Coverage measure(Features features, Tuples tuples, List<Model> models, SatSolver solver, long deadline) {
        OptionIndex sample = index(features, models);
        OptionIndex witnesses = new OptionIndex(features.options());
        long[] covered = {0}, valid = {0}, undecided = {0};
        tuples.forEach(tuple -> {
            if (sample.firstHavingAll(tuple) >= 0) {
                covered[0]++;
                valid[0]++;
            } else if (witnesses.firstHavingAll(tuple) >= 0) {
                valid[0]++;
            } else if (System.nanoTime() > deadline) {
                undecided[0]++;
            } else if (solver.solve(features.cube(new int[0], tuple))) {
                valid[0]++;
                witnesses.add(features.optionsIn(solver.model()));
            }
            return true;
        });
        return new Coverage(tuples.t(), valid[0], covered[0], undecided[0]);
    }

    private static OptionIndex index(Features features, List<Model> models) {
        OptionIndex index = new OptionIndex(features.options());
        for (Model m : models) index.add(features.optionsIn(m));
        return index;
    }
}
