package dev.tailor.benchmarks.ukalloc;

/** The live blocks of one thread on a {@link Heap}: addresses and amounts in two arrays, nothing per block. */
final class HeapBlocks implements Blocks {
    private final String name;
    private final Heap heap;
    private final boolean pages;
    private final long[] ptr;
    private final long[] amount;
    private long resets;

    HeapBlocks(String name, Heap heap, Pattern pattern) {
        this.name = name;
        this.heap = heap;
        this.pages = pattern.pages;
        this.ptr = new long[pattern.slots];
        this.amount = new long[pattern.slots];
    }

    @Override
    public void replace(int slot, long size) {
        long old = ptr[slot];
        long p;
        if (pages) {
            heap.pfree(old, amount[slot]);
            p = heap.palloc(size);
        } else {
            heap.free(old);
            p = heap.malloc(size);
        }
        if (p == 0) {
            p = afterFailure(size);
        }
        ptr[slot] = p;
        amount[slot] = size;
    }

    private long afterFailure(long size) {
        if (!heap.renew()) {
            throw failed(size, "");
        }
        java.util.Arrays.fill(ptr, 0);
        resets++;
        long p = pages ? heap.palloc(size) : heap.malloc(size);
        if (p == 0) {
            throw failed(size, " on empty memory");
        }
        return p;
    }

    private IllegalStateException failed(long size, String when) {
        return new IllegalStateException(name + ": " + (pages ? "palloc(" : "malloc(") + size + ") failed" + when);
    }

    @Override
    public long resets() {
        return resets;
    }

    @Override
    public void close() {
        for (int s = 0; s < ptr.length; s++) {
            if (ptr[s] != 0) {
                if (pages) {
                    heap.pfree(ptr[s], amount[s]);
                } else {
                    heap.free(ptr[s]);
                }
                ptr[s] = 0;
            }
        }
        String note = heap.close();
        System.out.println("\n" + name + ": " + resets + " resets (memory used up)" + (note == null ? "" : "; " + note));
    }
}
