package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tailor.kconfig.sample.SampleOptions;
import dev.tailor.kconfig.sample.SampleReport;
import dev.tailor.kconfig.sample.Sampling;
import dev.tailor.kconfig.sample.Strategy;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SamplingCorpusTest {
    @Test
    void unikraft() throws IOException {
        Kconfig k = Corpus.load(Corpus.dir("unikraft-0.17"), "unikraft-tree/Config.uk", Diagnostics.silent());
        for (int tries : new int[] {1, 4, 16}) {
            System.setProperty("tries", "" + tries);
            SampleReport r = Sampling.run(k, new SampleOptions(Strategy.TWISE, 2, 1, 0, 1, 1, Duration.ofSeconds(60)));
            System.out.println(tries + " " + r.total() + " " + r.coverage() + " " + r.seconds() + " features " + r.features());
        }
    }
}
