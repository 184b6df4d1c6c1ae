package dev.tailor.kconfig.maven;

import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A new configuration with random answers, as make randconfig. The seed is printed as KCONFIG_SEED=0x...;
 * give it back as kconfig.seed to repeat a run.
 */
@Mojo(name = "randconfig", threadSafe = true)
public final class RandConfigMojo extends AbstractFillMojo {
    /** The seed (KCONFIG_SEED); a random one when not set. */
    @Parameter(property = "kconfig.seed")
    String seed;

    /** The chances of y and m in percent (KCONFIG_PROBABILITY): "Y", "Y:M" or "BOOLY:TRIY:TRIM". */
    @Parameter(property = "kconfig.probability")
    String probability;

    @Override
    String command() {
        return "randconfig";
    }

    @Override
    void environment(Map<String, String> env) {
        super.environment(env);
        if (seed != null && !seed.isEmpty()) env.put("KCONFIG_SEED", seed);
        if (probability != null && !probability.isEmpty()) env.put("KCONFIG_PROBABILITY", probability);
    }
}
