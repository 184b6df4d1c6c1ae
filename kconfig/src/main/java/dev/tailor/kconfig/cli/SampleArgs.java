package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.sample.SampleOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say which sample to draw: {@code kconfig sample}'s and {@code kconfig matrix}'s. */
final class SampleArgs {
    @Option(names = "--strategy", paramLabel = "STRATEGY", defaultValue = "twise",
            description = "twise, random, allyes, allno, alldef, one-enabled or one-disabled (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--t", paramLabel = "T", defaultValue = "2",
            description = "Interaction strength of twise and of the coverage figure: 2 or 3 (default: ${DEFAULT-VALUE}).")
    int t;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of everything random; the same seed gives the same sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "At most N configurations (random: exactly N if the tree has them, default 10; twise: "
                    + "stop adding configurations at N, leaving coverage below 100 %%).")
    int count;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Only share I (from 1) of N of the sample: configurations I, I+N, I+2N, ... The sample "
                    + "and its coverage are the same in every shard.")
    String shard;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop deciding which feature values are possible, placing t-wise interactions and "
                    + "counting coverage after this long, and report what was reached (for very large trees).")
    Double timeLimit;

    /** The options as the sampler takes them; a usage error for a bad value. */
    SampleOptions parse(CommandLine commandLine) {
        try {
            return SampleOptions.parse(strategy, t, seed, count, shard, timeLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }
}
