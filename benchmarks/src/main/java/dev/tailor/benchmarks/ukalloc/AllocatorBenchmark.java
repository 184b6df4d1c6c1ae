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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * malloc/free and palloc/pfree of the Tailor allocators on one fixed 64 MiB {@code Arena} segment, with
 * the mixed pattern of {@link Workload}. One operation = free one block + allocate one.
 *
 * <p>The backends are generated classes that exist only in configurations that enable them, so this
 * class names none of them: it compiles against any ukalloc jar (only {@code Allocator} is needed) and
 * finds the backend by name at set-up. Run it on a jar that has them: see README.md
 * ({@code benchmarks/ukalloc-bench.sh}). The pool hands out objects of 64 KiB, page-aligned, for every
 * request. The region frees nothing: when it runs out it is made anew on
 * the same memory (counted in {@code resets}, part of the measured time, a few per thousand steps).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AllocatorBenchmark {
    @Param({"region", "bbuddy", "pool", "tlsf", "tinyalloc", "bump", "linkedlist", "fixedblock", "slab"})
    public String backend;

    /** The pool's object size: the largest malloc (64 KiB) and the largest palloc (16 pages) of the pattern. */
    static final long POOL_OBJECT_BYTES = 64 << 10;

    private final Workload work = new Workload();
    private final long[] live = new long[Workload.LIVE];
    private final long[] livePages = new long[Workload.LIVE];
    private Arena arena;
    private MemorySegment heap;
    private MethodHandle create;
    private Allocator allocator;
    private long resets;

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        if (backend.equals("pool")) {
            // Fixed-size objects as large as the largest request (64 KiB), page-aligned, so that every
            // malloc and palloc of the pattern fits one object: the pool as a uk_alloc.
            Class<?> cls = backendClass("dev.tailor.ukalloc.pool.PoolAllocator");
            create = MethodHandles.insertArguments(MethodHandles.publicLookup().findStatic(cls, "create",
                    MethodType.methodType(cls, MemorySegment.class, long.class, long.class)), 1,
                    POOL_OBJECT_BYTES, Allocator.PAGE_SIZE);
        } else {
            Backends.Backend b;
            try {
                b = Backends.named(backend);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage() + "; build the benchmarks with "
                        + "benchmarks/ukalloc-bench.sh. Config:\n" + config(), e);
            }
            create = MethodHandles.publicLookup().findVirtual(Backends.Backend.class, "create",
                    MethodType.methodType(Allocator.class, MemorySegment.class)).bindTo(b);
        }
        arena = Arena.ofShared();
        heap = arena.allocate(Workload.HEAP_BYTES, Allocator.PAGE_SIZE);
        reset();
        resets = 0;
    }

    private Class<?> backendClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not in this ukalloc jar (its configuration leaves "
                    + backend + " out); build the benchmarks with benchmarks/ukalloc-bench.sh. Config:\n" + config(), e);
        }
    }

    private void reset() {
        try {
            allocator = (Allocator) create.invoke(heap);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        java.util.Arrays.fill(live, 0);
        java.util.Arrays.fill(livePages, 0);
        resets++;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (resets > 1) {
            System.out.println("\n" + backend + ": " + (resets - 1) + " resets of the allocator");
        }
        arena.close();
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public long mallocFree() {
        long[] size = work.size;
        int[] slot = work.slot;
        long sum = 0;
        for (int i = 0; i < Workload.OPS; i++) {
            int s = slot[i];
            allocator.free(live[s]);
            long p = allocator.malloc(size[i]);
            if (p == 0) {
                reset();
                p = allocator.malloc(size[i]);
                if (p == 0) {
                    throw new IllegalStateException(backend + ": malloc(" + size[i] + ") failed on a fresh allocator");
                }
            }
            live[s] = p;
            sum += p;
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public long pallocPfree() {
        long[] pages = work.pages;
        int[] slot = work.slot;
        long sum = 0;
        for (int i = 0; i < Workload.OPS; i++) {
            int s = slot[i];
            allocator.pfree(live[s], livePages[s]);
            long p = allocator.palloc(pages[i]);
            if (p == 0) {
                reset();
                p = allocator.palloc(pages[i]);
                if (p == 0) {
                    throw new IllegalStateException(backend + ": palloc(" + pages[i] + ") failed on a fresh allocator");
                }
            }
            live[s] = p;
            livePages[s] = pages[i];
            sum += p;
        }
        return sum;
    }

    static String config() {
        try (InputStream in = Allocator.class.getClassLoader().getResourceAsStream("META-INF/kconfig/config")) {
            return in == null ? "(none)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
