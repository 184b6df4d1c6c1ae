package dev.tailor.benchmarks.ukalloc;

import java.util.SplittableRandom;

/**
 * A {@link Pattern} drawn once with a fixed seed, so that every subject sees exactly the same requests and
 * nothing is drawn (or allocated on the Java heap) while measuring: the amounts of the blocks that fill the
 * slots at the start, then {@link #STEPS} steps (slot to replace, new amount), replayed in a cycle,
 * {@link #OPS} per benchmark call.
 */
public final class Workload {
    /** Steps per benchmark call; one JMH operation is one step (free one block, allocate one). */
    public static final int OPS = 1024;
    /** Steps in the cycle: a power of two, a multiple of OPS. */
    static final int STEPS = 1 << 14;
    private static final long SEED = 0x7a11_0c;

    final Pattern pattern;
    final long[] initial;
    final long[] amount = new long[STEPS];
    final int[] slot = new int[STEPS];
    private int cursor;

    public Workload(Pattern pattern) {
        this.pattern = pattern;
        SplittableRandom random = new SplittableRandom(SEED);
        initial = new long[pattern.slots];
        for (int s = 0; s < initial.length; s++) {
            initial[s] = pattern.draw(random);
        }
        for (int i = 0; i < STEPS; i++) {
            amount[i] = pattern.draw(random);
            slot[i] = random.nextInt(pattern.slots);
        }
    }

    /** Allocates the initial block of every slot (outside the measured time). */
    public void fill(Blocks blocks) {
        for (int s = 0; s < initial.length; s++) {
            blocks.replace(s, initial[s]);
        }
    }

    /** The measured loop, the same for every subject: the next {@link #OPS} steps of the cycle. */
    public void replay(Blocks blocks) {
        int from = cursor;
        for (int i = from; i < from + OPS; i++) {
            blocks.replace(slot[i], amount[i]);
        }
        cursor = (from + OPS) & (STEPS - 1);
    }
}
