package dev.tailor.benchmarks.ukalloc;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * malloc, aligned_alloc and free of one C library as FFM downcalls, marked critical (no thread state
 * transition, as a JNI "critical" call). A record, so that its fields are trusted as constants when it
 * sits in a static final field: the calls then compile to direct native calls.
 */
record Downcalls(MethodHandle malloc, MethodHandle alignedAlloc, MethodHandle free) {
    private static final Linker LINKER = Linker.nativeLinker();

    /** The functions named {@code prefix + "malloc"} etc. in {@code lookup}. */
    static Downcalls of(SymbolLookup lookup, String prefix) {
        Linker.Option critical = Linker.Option.critical(false);
        return new Downcalls(
                LINKER.downcallHandle(lookup.findOrThrow(prefix + "malloc"),
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), critical),
                LINKER.downcallHandle(lookup.findOrThrow(prefix + "aligned_alloc"),
                        FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                        critical),
                LINKER.downcallHandle(lookup.findOrThrow(prefix + "free"),
                        FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG), critical));
    }

    long callMalloc(long bytes) {
        try {
            return (long) malloc.invokeExact(bytes);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    long callPalloc(long pages) {
        try {
            return (long) alignedAlloc.invokeExact(4096L, pages << 12);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void callFree(long ptr) {
        try {
            free.invokeExact(ptr);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
