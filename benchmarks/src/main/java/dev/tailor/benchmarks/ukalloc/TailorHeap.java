package dev.tailor.benchmarks.ukalloc;

import dev.tailor.ukalloc.Allocator;
import dev.tailor.ukalloc.Backends;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/**
 * A Tailor backend on one fixed, page-aligned segment of {@link #HEAP_BYTES} from a shared arena.
 *
 * <p>The backends are generated classes that exist only in configurations that enable them, so nothing
 * here names one: {@link Backends} finds it by name in whatever ukalloc jar the benchmarks were built
 * on (see README.md, {@code ukalloc-bench.sh}). The pool is not a general-purpose allocator and not in
 * {@code Backends}; it is created by reflection with objects as large as the pattern's largest request.
 */
final class TailorHeap implements Heap {
    /** The memory each backend manages: enough for every pattern's live blocks in every backend. */
    static final long HEAP_BYTES = 128L << 20;

    private final String backend;
    private final MethodHandle create;
    private final boolean renewable;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment memory;
    private Allocator allocator;

    /** @param renewable whether a failed request makes the backend anew on the same memory (one thread only) */
    TailorHeap(String backend, Pattern pattern, boolean renewable) {
        this.backend = backend;
        this.renewable = renewable;
        this.create = factory(backend, pattern);
        this.memory = arena.allocate(HEAP_BYTES, Allocator.PAGE_SIZE);
        this.allocator = make();
    }

    private static MethodHandle factory(String backend, Pattern pattern) {
        try {
            if (backend.equals("pool")) {
                Class<?> pool = Class.forName("dev.tailor.ukalloc.pool.PoolAllocator");
                return MethodHandles.insertArguments(MethodHandles.publicLookup().findStatic(pool, "create",
                        MethodType.methodType(pool, MemorySegment.class, long.class, long.class)), 1,
                        pattern.maxBytes(), pattern.pages ? Allocator.PAGE_SIZE : 16L);
            }
            return MethodHandles.publicLookup().findVirtual(Backends.Backend.class, "create",
                    MethodType.methodType(Allocator.class, MemorySegment.class)).bindTo(Backends.named(backend));
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            throw new IllegalStateException(backend + " is not in this ukalloc jar (" + e.getMessage()
                    + "); build the benchmarks with benchmarks/ukalloc-bench.sh. The jar's config:\n" + config(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Allocator make() {
        try {
            return (Allocator) create.invoke(memory);
        } catch (Throwable e) {
            throw new IllegalStateException(backend + ": cannot create it on " + HEAP_BYTES + " bytes", e);
        }
    }

    /** The configuration the ukalloc jar was built with ({@code META-INF/kconfig/config}). */
    static String config() {
        try (InputStream in = Allocator.class.getClassLoader().getResourceAsStream("META-INF/kconfig/config")) {
            return in == null ? "(none)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public long malloc(long bytes) {
        return allocator.malloc(bytes);
    }

    @Override
    public void free(long ptr) {
        allocator.free(ptr);
    }

    @Override
    public long palloc(long pages) {
        return allocator.palloc(pages);
    }

    @Override
    public void pfree(long ptr, long pages) {
        allocator.pfree(ptr, pages);
    }

    @Override
    public boolean renew() {
        if (!renewable) {
            return false;
        }
        allocator = make();
        return true;
    }

    @Override
    public String close() {
        arena.close();
        return null;
    }
}
