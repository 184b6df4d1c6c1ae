package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.ConfigTool.RandomSettings;
import dev.tailor.kconfig.session.SessionOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A new configuration with random answers, as make randconfig. The seed is printed as KCONFIG_SEED=0x...;
 * give it back as kconfig.seed to repeat a run.
 */
@Mojo(name = "randconfig", threadSafe = true)
public final class RandConfigMojo extends AbstractFillMojo {
    /** The seed (KCONFIG_SEED, read as Linux reads it: 4660, 0x1234); a random one when not set. */
    @Parameter(property = "kconfig.seed")
    String seed;

    /** The chances of y and m in percent (KCONFIG_PROBABILITY): "Y", "Y:M" or "BOOLY:TRIY:TRIM". */
    @Parameter(property = "kconfig.probability")
    String probability;

    @Override
    Fill fill() {
        return Fill.RANDOM;
    }

    @Override
    void options(SessionOptions.Builder options) {
        super.options(options);
        if (seed != null && !seed.isEmpty()) options.seed(RandomSettings.parseSeed(seed));
        if (probability != null && !probability.isEmpty()) options.probability(probability);
    }
}
