package dev.tailor.benchmarks.ukalloc;

/** A subject under test together with the live blocks of one thread: one slot per live block. */
public interface Blocks {
    /**
     * Frees the block in {@code slot} (none before the slot's first allocation) and allocates a new one of
     * {@code amount} bytes, or pages when the pattern is page-sized; fails when the subject cannot.
     */
    void replace(int slot, long amount);

    /** How often the subject ran out of memory and was made anew (every block gone), in all. */
    default long resets() {
        return 0;
    }

    /** Frees every live block, then the subject itself. */
    void close();
}
