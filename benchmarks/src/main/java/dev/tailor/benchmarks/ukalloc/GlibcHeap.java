package dev.tailor.benchmarks.ukalloc;

import java.lang.foreign.Linker;

/** The C library's malloc/free (glibc here), aligned_alloc(4096, ...) for pages, through FFM. */
final class GlibcHeap implements Heap {
    private static final Downcalls C = Downcalls.of(Linker.nativeLinker().defaultLookup(), "");

    @Override
    public long malloc(long bytes) {
        return C.callMalloc(bytes);
    }

    @Override
    public void free(long ptr) {
        C.callFree(ptr);
    }

    @Override
    public long palloc(long pages) {
        return C.callPalloc(pages);
    }

    @Override
    public void pfree(long ptr, long pages) {
        C.callFree(ptr);
    }

    @Override
    public String close() {
        return null;
    }
}
