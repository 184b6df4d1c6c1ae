package dev.tailor.benchmarks.ukalloc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The limit: a bump pointer over {@link TailorHeap#HEAP_BYTES} that frees nothing and starts again at the
 * bottom when the memory is used up (inside the measured time). No checks, no metadata, no memory touched:
 * what is left is the loop, the call and an add.
 */
final class BumpHeap implements Heap {
    private final Arena arena = Arena.ofShared();
    private final long base;
    private final long end;
    private long top;

    BumpHeap() {
        MemorySegment memory = arena.allocate(TailorHeap.HEAP_BYTES, 4096);
        base = memory.address();
        end = base + memory.byteSize();
        top = base;
    }

    private long bump(long bytes, long alignMask) {
        long p = (top + alignMask) & ~alignMask;
        if (p + bytes > end) {
            return 0;
        }
        top = p + bytes;
        return p;
    }

    @Override
    public long malloc(long bytes) {
        return bump(bytes, 15);
    }

    @Override
    public void free(long ptr) {
    }

    @Override
    public long palloc(long pages) {
        return bump(pages << 12, 4095);
    }

    @Override
    public void pfree(long ptr, long pages) {
    }

    @Override
    public boolean renew() {
        top = base;
        return true;
    }

    @Override
    public String close() {
        arena.close();
        return null;
    }
}
