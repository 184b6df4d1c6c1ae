package dev.tailor.benchmarks.ukalloc;

/** A native allocator under test: addresses in a {@code long}, 0 when a request cannot be served. */
interface Heap {
    long malloc(long bytes);

    void free(long ptr);

    /** {@code pages} pages of 4096 bytes at a page boundary. */
    long palloc(long pages);

    void pfree(long ptr, long pages);

    /**
     * Starts again on empty memory after a request failed, for allocators that never (or not always)
     * reuse memory: every block is gone. False when the heap does not do that: the failure stands.
     */
    default boolean renew() {
        return false;
    }

    /** Releases the heap's memory; a note for the log (the library used), or null. */
    String close();
}
