package dev.tailor.benchmarks.ukalloc;

import java.util.SplittableRandom;

/**
 * The request pattern every allocator benchmark replays: {@link #OPS} steps over a ring of {@link #LIVE}
 * live blocks; step i frees the block in slot {@code slot[i]} and allocates a new one there, of
 * {@code size[i]} bytes (malloc/free) or {@code pages[i]} pages (palloc/pfree). Fixed seed, so every
 * backend and every baseline sees exactly the same sequence.
 */
final class Workload {
    /** Steps per benchmark call (the JMH operation is one step: free one block, allocate one). */
    static final int OPS = 1024;
    /** Live blocks at any time. */
    static final int LIVE = 64;
    /** The fixed native memory given to each allocator: 64 MiB. */
    static final long HEAP_BYTES = 64L << 20;

    final long[] size = new long[OPS];
    final long[] pages = new long[OPS];
    final int[] slot = new int[OPS];

    Workload() {
        SplittableRandom random = new SplittableRandom(0x7a11_0c);
        for (int i = 0; i < OPS; i++) {
            // Mixed sizes: 50 % small (16-128 B), 30 % medium (129 B-1 KiB), 15 % large (1-8 KiB),
            // 5 % very large (8-64 KiB).
            int kind = random.nextInt(100);
            size[i] = kind < 50 ? random.nextLong(16, 129)
                    : kind < 80 ? random.nextLong(129, 1025)
                    : kind < 95 ? random.nextLong(1025, 8193)
                    : random.nextLong(8193, 65537);
            // Page counts: 40 % 1, 20 % 2, 20 % 3-4, 20 % 5-16.
            int p = random.nextInt(100);
            pages[i] = p < 40 ? 1 : p < 60 ? 2 : p < 80 ? random.nextLong(3, 5) : random.nextLong(5, 17);
            slot[i] = random.nextInt(LIVE);
        }
    }
}
