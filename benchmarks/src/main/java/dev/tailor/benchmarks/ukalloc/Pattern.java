package dev.tailor.benchmarks.ukalloc;

import java.util.SplittableRandom;

/**
 * The request patterns every subject replays. Each keeps {@link #slots} blocks live; a step frees the
 * block of one slot, chosen at random, and allocates a new one there. Amounts are bytes, or pages of
 * 4096 bytes at a page boundary for {@link #PAGES_1_16} (palloc/pfree where the subject has them).
 */
public enum Pattern {
    /** 64 B blocks: the cost of the call and of the fast path. */
    FIXED64(64, false, 64, 64),
    /** Uniform 16..2048 B: the small-object size classes. */
    MIXED_16_2048(64, false, 16, 2048),
    /** 10,000 live blocks of 16..2048 B, freed at random: a fragmented heap, cold caches. */
    LIVE_10000(10_000, false, 16, 2048),
    /** Uniform 1..16 pages, page-aligned: palloc-like. */
    PAGES_1_16(64, true, 1, 16),
    /** Uniform 64 KiB..1 MiB: large blocks (glibc serves them with mmap). */
    LARGE_64K_1M(16, false, 64 << 10, 1 << 20);

    /** Live blocks at any time. */
    public final int slots;
    /** Whether amounts are pages (page-aligned) rather than bytes. */
    public final boolean pages;
    private final long min;
    private final long max;

    Pattern(int slots, boolean pages, long min, long max) {
        this.slots = slots;
        this.pages = pages;
        this.min = min;
        this.max = max;
    }

    /** One request: an amount in [min, max], uniform. */
    long draw(SplittableRandom random) {
        return random.nextLong(min, max + 1);
    }

    /** The largest request in bytes (a pool's object size). */
    public long maxBytes() {
        return pages ? max << 12 : max;
    }
}
