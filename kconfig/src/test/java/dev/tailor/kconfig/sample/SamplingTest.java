package dev.tailor.kconfig.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tailor.kconfig.Kconfig;
import org.junit.jupiter.api.Test;

class SamplingTest {
    @Test
    void pairwiseProductLine() {
        Kconfig k = ProductLine.load();
        for (String impl : new String[] {"", "hot", "", "hot", "", "hot"}) { System.setProperty("hot", "" + impl.equals("hot")); System.out.print(impl + " ");
            SampleReport r = Sampling.run(k, SampleOptions.pairwise());
            System.out.println(r.seconds());
            for (Sample s : r.samples()) s.mismatches().forEach(m -> System.out.println(s.name() + " " + m));
            assertFalse(r.hasMismatches());
        }
    }
}
