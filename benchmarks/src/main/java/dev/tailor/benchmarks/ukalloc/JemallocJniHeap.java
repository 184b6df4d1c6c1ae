package dev.tailor.benchmarks.ukalloc;

import org.lwjgl.system.jemalloc.JEmalloc;

/** jemalloc through LWJGL's JNI binding and the jemalloc build its natives jar ships (je_ names). */
final class JemallocJniHeap implements Heap {
    @Override
    public long malloc(long bytes) {
        return JEmalloc.nje_malloc(bytes);
    }

    @Override
    public void free(long ptr) {
        JEmalloc.nje_free(ptr);
    }

    @Override
    public long palloc(long pages) {
        return JEmalloc.nje_aligned_alloc(4096, pages << 12);
    }

    @Override
    public void pfree(long ptr, long pages) {
        JEmalloc.nje_free(ptr);
    }

    @Override
    public String close() {
        return "jemalloc from " + JEmalloc.getLibrary().getPath();
    }
}
