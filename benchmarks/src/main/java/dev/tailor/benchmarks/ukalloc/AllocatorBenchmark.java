package dev.tailor.benchmarks.ukalloc;

import org.openjdk.jmh.annotations.Param;

/**
 * The Tailor backends ({@code Backends} names, and the pool), each on its own 128 MiB segment
 * ({@link TailorHeap}). A backend that runs out of memory (the region frees nothing) is made anew on the
 * same memory inside the measured time; the count is printed at the end of the trial.
 */
public class AllocatorBenchmark extends PatternBenchmark {
    @Param({"region", "bbuddy", "pool", "tlsf", "tinyalloc", "bump", "linkedlist", "fixedblock", "dlmalloc", "mimalloc", "slab"})
    public String backend;

    @Override
    protected Blocks open(Pattern pattern) {
        return new HeapBlocks(backend, new TailorHeap(backend, pattern, true), pattern);
    }
}
