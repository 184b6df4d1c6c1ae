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

    /**
     * The options as front ends take them, checked: a strategy name ({@link Strategy#byName}), t of 2 or 3, a
     * count of at least 0, a shard {@code I/N} (null: all), a time limit in seconds (null: none).
     *
     * @throws IllegalArgumentException naming the option and the bad value, as a usage message
     */
    public static SampleOptions parse(String strategy, int t, long seed, int count, String shard, Double timeLimit) {
        Strategy s = Strategy.byName(strategy);
        if (s == null) {
            throw new IllegalArgumentException("Unknown strategy '" + strategy + "' (expected one of " + Strategy.names() + ")");
        }
        if (t != 2 && t != 3) throw new IllegalArgumentException("--t must be 2 or 3, not " + t);
        if (count < 0) throw new IllegalArgumentException("--count must not be negative");
        int index = 1;
        int shards = 1;
        if (shard != null) {
            String[] parts = shard.split("/", -1);
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")
                    || Integer.parseInt(parts[1]) < 1 || Integer.parseInt(parts[0]) < 1
                    || Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
                throw new IllegalArgumentException("--shard must be I/N with 1 <= I <= N, not '" + shard + "'");
            }
            index = Integer.parseInt(parts[0]);
            shards = Integer.parseInt(parts[1]);
        }
        if (timeLimit != null && !(timeLimit > 0)) {
            throw new IllegalArgumentException("--time-limit must be a positive number of seconds");
        }
        Duration limit = timeLimit == null ? null : Duration.ofMillis(Math.round(timeLimit * 1000));
        return new SampleOptions(s, t, seed, count, index, shards, limit);
    }

    /** Pairwise t-wise sampling, seed 1, everything in one shard. */
    public static SampleOptions pairwise() {
        return new SampleOptions(Strategy.TWISE, 2, 1, 0, 1, 1, null);
    }

    public SampleOptions withStrategy(Strategy s) {
        return new SampleOptions(s, t, seed, count, shard, shards, timeLimit);
    }
}
