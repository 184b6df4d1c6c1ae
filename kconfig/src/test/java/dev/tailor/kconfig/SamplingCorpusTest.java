package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tailor.kconfig.sample.SampleOptions;
import dev.tailor.kconfig.sample.SampleReport;
import dev.tailor.kconfig.sample.Sampling;
import dev.tailor.kconfig.sample.Strategy;
import dev.tailor.kconfig.sat.EngineCheck;
import dev.tailor.kconfig.sat.KconfigFormula;
import dev.tailor.kconfig.sat.SatSolver;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The translation against the engine on the corpus trees. Unikraft: samples of every strategy, bounded
 * in size and time. Linux: the engine's allyes, allno and alldef configurations must be models of the
 * formula and come back unchanged through it (sampling Linux itself takes minutes: README).
 */
class SamplingCorpusTest {
    private static Kconfig unikraft() throws IOException {
        return Corpus.load(Corpus.dir("unikraft-0.17"), "unikraft-tree/Config.uk", Diagnostics.silent());
    }

    @Test
    void unikraftSamplesAgreeWithTheEngine() throws IOException {
        Kconfig k = unikraft();
        for (Strategy s : Strategy.values()) {
            SampleReport r = Sampling.run(k, new SampleOptions(s, 2, 1, 8, 1, 1, Duration.ofSeconds(3)));
            assertFalse(r.hasMismatches(), () -> s + ": " + r.samples().stream()
                    .filter(x -> !x.mismatches().isEmpty()).map(x -> x.name() + " " + x.mismatches()).toList());
        }
    }

    @Test
    void linuxEngineConfigurationsAreModels() throws IOException {
        Kconfig k = Corpus.load(Corpus.dir("linux-6.18"), "Kconfig", Diagnostics.silent());
        KconfigFormula f = KconfigFormula.of(k);
        SatSolver solver = new SatSolver(f.cnf());
        EngineCheck check = new EngineCheck(f);
        for (ConfigTool.Fill fill : List.of(ConfigTool.Fill.YES, ConfigTool.Fill.NO, ConfigTool.Fill.DEFAULT)) {
            new ConfigReader(k).readValues("", "<test>");
            new ConfigTool(k).fillNewSymbols(fill, null);
            EngineCheck.Result r = check.modelOfEngine(solver);
            assertEquals(List.of(), r.mismatches(), fill.toString());
            assertNotNull(r.model());
            assertEquals(List.of(), check.apply(r.model()), fill.toString());
        }
    }
}
