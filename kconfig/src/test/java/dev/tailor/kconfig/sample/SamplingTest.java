package dev.tailor.kconfig.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.sat.KconfigFormula;
import dev.tailor.kconfig.sat.SatSolver;
import dev.tailor.kconfig.testing.ProductLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sampling the repository's allocator product line (Config.uk): coverage, determinism, shards, every strategy. */
class SamplingTest {
    private static SampleOptions options(Strategy s, int t, long seed, int count, int shard, int shards) {
        return new SampleOptions(s, t, seed, count, shard, shards, null);
    }

    private static List<String> defconfigs(SampleReport r) {
        return r.samples().stream().map(Sample::defconfig).toList();
    }

    @Test
    void pairwiseCoversEveryValidPairWithFewConfigurations() {
        Kconfig k = ProductLine.load();
        Sampling.run(k, SampleOptions.pairwise());   // warm-up: the figure below is the steady-state time
        SampleReport r = Sampling.run(k, SampleOptions.pairwise());
        System.out.printf("allocator product line, pairwise: %d configurations, %d of %d valid pairs, %d features, %.3f s%n",
                r.total(), r.coverage().covered(), r.coverage().valid(), r.features(), r.seconds());
        assertFalse(r.hasMismatches(), () -> r.samples().toString());
        assertEquals(r.coverage().valid(), r.coverage().covered());
        assertEquals(100.0, r.coverage().percent());
        assertTrue(r.coverage().valid() > 2000, "valid pairs: " + r.coverage().valid());
        assertTrue(r.total() * 20 < r.coverage().valid(), r.total() + " configurations");
        assertTrue(r.seconds() < 5, r.seconds() + " s");
    }

    @Test
    void coverageCountedIndependentlyAgrees() {
        Kconfig k = ProductLine.load();
        KconfigFormula f = KconfigFormula.of(k);
        SatSolver solver = new SatSolver(f.cnf());
        Features features = Features.of(f, solver);
        for (int t : new int[] {2, 3}) {
            TWiseSampler.Result r = new TWiseSampler(solver, features, t, 7).run(0, Long.MAX_VALUE);
            assertTrue(r.complete());
            Tuples tuples = new Tuples(features, t, 1);
            Coverage measured = Coverage.measure(features, tuples, r.models(), solver, Long.MAX_VALUE);
            assertEquals(0, measured.undecided());
            assertEquals(measured.valid(), measured.covered(), "t=" + t);
            assertEquals(tuples.count() - r.invalid(), measured.valid(), "t=" + t);
        }
    }

    @Test
    void sameSeedSameSampleOtherSeedOtherSample() {
        Kconfig k = ProductLine.load();
        List<String> a = defconfigs(Sampling.run(k, options(Strategy.TWISE, 2, 5, 0, 1, 1)));
        List<String> b = defconfigs(Sampling.run(k, options(Strategy.TWISE, 2, 5, 0, 1, 1)));
        List<String> c = defconfigs(Sampling.run(k, options(Strategy.TWISE, 2, 6, 0, 1, 1)));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void shardsSplitTheSampleWithoutOverlap() {
        Kconfig k = ProductLine.load();
        SampleReport all = Sampling.run(k, options(Strategy.TWISE, 2, 1, 0, 1, 1));
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            SampleReport shard = Sampling.run(k, options(Strategy.TWISE, 2, 1, 0, i, 3));
            assertEquals(all.total(), shard.total());
            assertEquals(all.coverage(), shard.coverage());
            for (Sample s : shard.samples()) {
                assertEquals(i, (s.number() - 1) % 3 + 1);
                numbers.add(s.number());
                texts.add(s.defconfig());
            }
        }
        assertEquals(all.total(), numbers.size());
        assertEquals(all.total(), numbers.stream().distinct().count());
        List<String> sorted = new ArrayList<>();
        numbers.stream().sorted().forEach(n -> sorted.add(texts.get(numbers.indexOf(n))));
        assertEquals(defconfigs(all), sorted);
    }

    @Test
    void everyStrategyAgreesWithTheEngine() {
        Kconfig k = ProductLine.load();
        for (Strategy s : Strategy.values()) {
            SampleReport r = Sampling.run(k, options(s, 2, 3, 0, 1, 1));
            assertFalse(r.hasMismatches(), () -> s + ": " + r.samples());
            assertTrue(r.total() >= 1, s.cliName());
            assertTrue(r.coverage().covered() > 0 && r.coverage().covered() <= r.coverage().valid(), s.cliName());
        }
        assertEquals(10, Sampling.run(k, options(Strategy.RANDOM, 2, 3, 0, 1, 1)).total());
        assertEquals(4, Sampling.run(k, options(Strategy.RANDOM, 2, 3, 4, 1, 1)).total());
    }

    @Test
    void engineModesAreTheEnginesOwnConfigurations() {
        Kconfig k = ProductLine.load();
        for (Strategy s : List.of(Strategy.ALLYES, Strategy.ALLNO, Strategy.ALLDEF)) {
            String sampled = Sampling.run(k, options(s, 2, 1, 0, 1, 1)).samples().getFirst().defconfig();
            new ConfigReader(k).readValues("", "<test>");
            new ConfigTool(k).fillNewSymbols(switch (s) {
                case ALLYES -> ConfigTool.Fill.YES;
                case ALLNO -> ConfigTool.Fill.NO;
                default -> ConfigTool.Fill.DEFAULT;
            }, null);
            assertEquals(new ConfigWriter(k).minimalConfig(), sampled, s.cliName());
        }
    }

    @Test
    void eachDefconfigGivesBackTheSampledConfiguration() {
        Kconfig k = ProductLine.load();
        SampleReport r = Sampling.run(k, options(Strategy.RANDOM, 2, 9, 5, 1, 1));
        for (Sample s : r.samples()) {
            Sampling.run(k, options(Strategy.RANDOM, 2, 9, 5, s.number(), 5));   // the engine now holds sample s
            String full = new ConfigWriter(k).dotConfig();
            new ConfigReader(k).readValues(s.defconfig(), s.fileName());
            new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
            assertEquals(full, new ConfigWriter(k).dotConfig(), s.name());
        }
    }
}
