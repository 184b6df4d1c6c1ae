package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.sat.EngineCheck;
import dev.tailor.kconfig.sat.KconfigFormula;
import dev.tailor.kconfig.sat.Model;
import dev.tailor.kconfig.sat.SatSolver;
import java.util.ArrayList;
import java.util.List;

/**
 * A sampling run on a loaded tree: translate it, draw the configurations with the strategy, measure their
 * t-wise coverage, and put each configuration of the requested shard through the engine (user values,
 * then defaults, as defconfig does), which must give back every value the solver predicted. The engine
 * ends up holding the last configuration.
 */
public final class Sampling {
    private Sampling() {}

    public static SampleReport run(Kconfig kconfig, SampleOptions options) {
        long start = System.nanoTime();
        long deadline = options.timeLimit() == null ? Long.MAX_VALUE : start + options.timeLimit().toNanos();
        KconfigFormula formula = KconfigFormula.of(kconfig);
        SatSolver solver = new SatSolver(formula.cnf());
        Features features = Features.of(formula, solver, deadline);
        Tuples tuples = new Tuples(features, options.t(), options.seed());
        EngineCheck check = new EngineCheck(formula);
        List<Model> models = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        Coverage coverage = null;
        switch (options.strategy()) {
            case TWISE -> {
                TWiseSampler.Result r = new TWiseSampler(solver, features, options.t(), options.seed())
                        .run(options.count(), deadline);
                models.addAll(r.models());
                if (r.complete()) {
                    coverage = new Coverage(options.t(), tuples.count() - r.invalid(),
                            Coverage.covered(features, tuples, models), 0);
                }
            }
            case RANDOM -> models.addAll(new RandomSampler(solver, features, options.seed())
                    .run(options.count() == 0 ? 10 : options.count()));
            case ONE_ENABLED, ONE_DISABLED -> models.addAll(
                    new OneFeatureSampler(solver, features, options.strategy() == Strategy.ONE_ENABLED)
                            .run(options.count()));
            case ALLYES, ALLNO, ALLDEF -> {
                fill(kconfig, options.strategy());
                EngineCheck.Result r = check.modelOfEngine(solver);
                if (r.model() != null) models.add(r.model());
                else samples.add(new Sample(1, new ConfigWriter(kconfig).minimalConfig(), r.mismatches()));
            }
        }
        models.replaceAll(m -> keepDefaults(formula, features, solver, m));
        if (coverage == null) coverage = Coverage.measure(features, tuples, models, solver, deadline);
        for (int i = 0; i < models.size(); i++) {
            if (i % options.shards() != options.shard() - 1) continue;
            List<EngineCheck.Mismatch> mismatches = check.apply(models.get(i));
            samples.add(new Sample(i + 1, new ConfigWriter(kconfig).minimalConfig(), mismatches));
        }
        kconfig.invalidateAll();   // savedefconfig's pass leaves the write flags cleared
        int total = Math.max(models.size(), samples.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> notes = new ArrayList<>(formula.notes());
        if (features.undecided() > 0) {
            notes.add("time limit: " + features.undecided() + " feature values were still undecided (possible or "
                    + "not) and are left out of the sample and its coverage");
        }
        return new SampleReport(options.strategy(), total, samples, coverage, features.size(), seconds, notes);
    }

    /**
     * The model with the same features, and every int, hex and string symbol at its default where the
     * features allow it: the solver picks such values freely, and a sample should not vary what it does
     * not cover. Each unsatisfiable try drops the defaults the solver blames.
     */
    private static Model keepDefaults(KconfigFormula formula, Features features, SatSolver solver, Model m) {
        int[] fixed = features.cube(new int[0], features.optionsIn(m));
        List<Integer> defaults = new ArrayList<>();
        for (int lit : formula.defaultsPreferred()) defaults.add(lit);
        while (true) {
            int[] assumptions = java.util.stream.IntStream.concat(java.util.Arrays.stream(fixed),
                    defaults.stream().mapToInt(Integer::intValue)).toArray();
            if (solver.solve(assumptions)) return solver.model();
            int before = defaults.size();
            for (int lit : solver.conflictingAssumptions()) defaults.remove(Integer.valueOf(lit));
            if (defaults.size() == before) return m;
        }
    }

    /** The engine's own all*config: no user values, then every new symbol y, n or its default. */
    private static void fill(Kconfig kconfig, Strategy strategy) {
        new ConfigReader(kconfig).readValues("", "<" + strategy.cliName() + ">");
        ConfigTool.Fill mode = switch (strategy) {
            case ALLYES -> ConfigTool.Fill.YES;
            case ALLNO -> ConfigTool.Fill.NO;
            default -> ConfigTool.Fill.DEFAULT;
        };
        new ConfigTool(kconfig).fillNewSymbols(mode, null);
    }
}
