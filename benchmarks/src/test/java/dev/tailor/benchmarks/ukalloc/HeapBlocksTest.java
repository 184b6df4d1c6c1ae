package dev.tailor.benchmarks.ukalloc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workload and the slot bookkeeping against a model heap that checks every call. */
class HeapBlocksTest {
    /**
     * Hands out fresh addresses up to a byte budget; fails on a free of anything not live. Freed bytes
     * count again only if it {@code reuses} memory (a region does not).
     */
    static final class ModelHeap implements Heap {
        final Map<Long, Long> live = new HashMap<>(); // address -> bytes
        final long capacity;
        final boolean renewable;
        final boolean reuses;
        long next = 4096;
        long used;
        long calls;

        ModelHeap(long capacity, boolean renewable, boolean reuses) {
            this.capacity = capacity;
            this.renewable = renewable;
            this.reuses = reuses;
        }

        private long take(long bytes) {
            calls++;
            if (used + bytes > capacity) {
                return 0;
            }
            long p = next;
            next += (bytes + 4095) & ~4095L;
            live.put(p, bytes);
            used += bytes;
            return p;
        }

        private void give(long ptr, long bytes) {
            calls++;
            if (ptr == 0) {
                return;
            }
            Long had = live.remove(ptr);
            if (had == null || had != bytes) {
                throw new AssertionError("free of " + ptr + " (" + bytes + " B): not live as such");
            }
            if (reuses) {
                used -= bytes;
            }
        }

        @Override
        public long malloc(long bytes) {
            return take(bytes);
        }

        @Override
        public void free(long ptr) {
            give(ptr, ptr == 0 ? 0 : live.getOrDefault(ptr, -1L));
        }

        @Override
        public long palloc(long pages) {
            return take(pages << 12);
        }

        @Override
        public void pfree(long ptr, long pages) {
            give(ptr, pages << 12);
        }

        @Override
        public boolean renew() {
            if (renewable) {
                live.clear();
                used = 0;
            }
            return renewable;
        }

        @Override
        public String close() {
            return null;
        }
    }

    @ParameterizedTest
    @EnumSource(Pattern.class)
    void replayKeepsOneLiveBlockPerSlotAndFreesOnlyLiveOnes(Pattern pattern) {
        Workload work = new Workload(pattern);
        ModelHeap heap = new ModelHeap(Long.MAX_VALUE, false, true);
        HeapBlocks blocks = new HeapBlocks("model", heap, pattern);
        work.fill(blocks);
        assertEquals(pattern.slots, heap.live.size());
        for (int call = 0; call < Workload.STEPS / Workload.OPS + 3; call++) {
            work.replay(blocks);
            assertEquals(pattern.slots, heap.live.size());
        }
        for (long bytes : heap.live.values()) {
            assertTrue(bytes > 0 && bytes <= pattern.maxBytes(), pattern + ": " + bytes);
        }
        // Fill: slots frees of nothing + slots allocations; then two calls per step.
        assertEquals(2L * pattern.slots + 2L * Workload.OPS * (Workload.STEPS / Workload.OPS + 3), heap.calls);
        blocks.close();
        assertEquals(0, heap.live.size());
        assertEquals(0, blocks.resets());
    }

    @ParameterizedTest
    @EnumSource(Pattern.class)
    void workloadIsTheSameForEverySubject(Pattern pattern) {
        Workload a = new Workload(pattern);
        Workload b = new Workload(pattern);
        assertArrayEquals(a.initial, b.initial);
        assertArrayEquals(a.amount, b.amount);
        assertArrayEquals(a.slot, b.slot);
        for (int s : a.slot) {
            assertTrue(s >= 0 && s < pattern.slots);
        }
    }

    @ParameterizedTest
    @EnumSource(Pattern.class)
    void aFullHeapIsRenewedWithoutFreeingBlocksOfBefore(Pattern pattern) {
        ModelHeap heap = new ModelHeap(pattern.maxBytes() * pattern.slots * 2, true, false);
        HeapBlocks blocks = new HeapBlocks("model", heap, pattern);
        Workload work = new Workload(pattern);
        work.fill(blocks);
        for (int call = 0; call < 40; call++) {
            work.replay(blocks); // the model throws on a free of a block from before a renewal
        }
        assertTrue(blocks.resets() > 0, "the model heap never filled up");
    }

    @ParameterizedTest
    @EnumSource(Pattern.class)
    void aFullHeapThatCannotRenewFailsNamingTheRequest(Pattern pattern) {
        HeapBlocks blocks = new HeapBlocks("model", new ModelHeap(pattern.maxBytes(), false, true), pattern);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Workload(pattern).fill(blocks));
        assertTrue(e.getMessage().startsWith("model: " + (pattern.pages ? "palloc(" : "malloc(")), e.getMessage());
    }
}
