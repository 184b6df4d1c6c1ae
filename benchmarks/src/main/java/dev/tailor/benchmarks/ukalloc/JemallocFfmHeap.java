package dev.tailor.benchmarks.ukalloc;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;

/**
 * jemalloc through FFM: the system's {@code libjemalloc.so.2} (Debian: package libjemalloc2), or the library
 * named by {@code -Djemalloc.library=PATH}. Debian's exports the plain names (malloc, free, ...); a build
 * with the {@code je_} prefix (LWJGL's {@code libjemalloc.so}) works too. Without one the class fails to
 * load, saying what to install: the benchmark fails at set-up rather than measure something else.
 *
 * <p>Debian's build keeps its thread-locals in the static TLS block (initial-exec model), which glibc
 * sizes when the process starts: loading it later with dlopen fails ("cannot allocate memory in static TLS
 * block") unless the JVM was started with {@code GLIBC_TUNABLES=glibc.rtld.optional_static_tls=16384}
 * (ukalloc-bench.sh sets it; JMH's forks inherit it). Not LD_PRELOAD: that would replace glibc's malloc,
 * the other peer, as well.
 *
 * <p>Its methods are those of {@link GlibcHeap} on another {@code static final} {@link Downcalls}: one shared
 * class would keep the handles in an instance field, which the JIT does not turn into direct native calls.
 */
final class JemallocFfmHeap implements Heap {
    static final String LIBRARY = System.getProperty("jemalloc.library", "libjemalloc.so.2");
    private static final Downcalls C = downcalls();

    private static Downcalls downcalls() {
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(LIBRARY, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the jemalloc library " + LIBRARY + ": install it "
                    + "(apt-get install -y libjemalloc2) or name one with -Djemalloc.library=PATH; if it is "
                    + "installed, start the JVM with GLIBC_TUNABLES=glibc.rtld.optional_static_tls=16384 in the "
                    + "environment (its thread-locals need static TLS room; ukalloc-bench.sh sets it)", e);
        }
        return Downcalls.of(lookup, lookup.find("je_malloc").isPresent() ? "je_" : "");
    }

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
        return "jemalloc from " + LIBRARY;
    }
}
