package dev.tailor.kconfig.sample;

import java.time.Duration;

/**
 * What {@link Sampling#run} draws.
 *
 * @param strategy how
 * @param t the interaction strength, for t-wise sampling and the coverage figure (2 or 3)
 * @param seed everything random depends on it alone
 * @param count the most configurations (0: as many as the strategy needs; random: 10)
 * @param shard which share of the sample to check and return, from 1
 * @param shards into how many shares the sample is split (1: all of it)
 * @param timeLimit how long the analysis of which feature values are possible, t-wise placement and the
 *     coverage count may take before they stop with what they have (null: no limit)
 */
public record SampleOptions(Strategy strategy, int t, long seed, int count, int shard, int shards, Duration timeLimit) {
    public SampleOptions {
        if (t < 1) throw new IllegalArgumentException("t must be at least 1");
        if (shards < 1 || shard < 1 || shard > shards) throw new IllegalArgumentException("shard must be within 1.." + shards);
    }

    /** Pairwise t-wise sampling, seed 1, everything in one shard. */
    public static SampleOptions pairwise() {
        return new SampleOptions(Strategy.TWISE, 2, 1, 0, 1, 1, null);
    }

    public SampleOptions withStrategy(Strategy s) {
        return new SampleOptions(s, t, seed, count, shard, shards, timeLimit);
    }
}
