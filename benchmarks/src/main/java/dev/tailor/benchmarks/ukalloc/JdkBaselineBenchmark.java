package dev.tailor.benchmarks.ukalloc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same pattern as {@link AllocatorBenchmark} with what the JDK offers instead:
 * <ul>
 *   <li>{@code arena*}: one {@code Arena.ofConfined()} per block, {@code allocate(size, 8)} (or
 *       {@code (pages * 4096, 4096)}), freed by {@code close()}: the FFM way to malloc and free;</li>
 *   <li>{@code libc*}: the C library's {@code malloc}/{@code free} (and {@code aligned_alloc(4096, ...)}
 *       for pages) through FFM downcalls marked critical (no thread state transition).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class JdkBaselineBenchmark {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle MALLOC = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("malloc"),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Linker.Option.critical(false));
    private static final MethodHandle ALIGNED_ALLOC = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("aligned_alloc"),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
            Linker.Option.critical(false));
    private static final MethodHandle FREE = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("free"),
            FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG), Linker.Option.critical(false));

    private final Workload work = new Workload();
    private final Arena[] arenas = new Arena[Workload.LIVE];
    private final long[] live = new long[Workload.LIVE];

    @TearDown
    public void tearDown() throws Throwable {
        for (int s = 0; s < Workload.LIVE; s++) {
            if (arenas[s] != null) {
                arenas[s].close();
                arenas[s] = null;
            }
            FREE.invokeExact(live[s]);
            live[s] = 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public long arenaMallocFree() {
        long sum = 0;
        for (int i = 0; i < Workload.OPS; i++) {
            int s = work.slot[i];
            if (arenas[s] != null) {
                arenas[s].close();
            }
            Arena a = Arena.ofConfined();
            MemorySegment block = a.allocate(work.size[i], 8);
            arenas[s] = a;
            sum += block.address();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public long arenaPallocPfree() {
        long sum = 0;
        for (int i = 0; i < Workload.OPS; i++) {
            int s = work.slot[i];
            if (arenas[s] != null) {
                arenas[s].close();
            }
            Arena a = Arena.ofConfined();
            MemorySegment block = a.allocate(work.pages[i] << 12, 4096);
            arenas[s] = a;
            sum += block.address();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public long libcMallocFree() throws Throwable {
        long sum = 0;
        for (int i = 0; i < Workload.OPS; i++) {
            int s = work.slot[i];
            FREE.invokeExact(live[s]);
            long p = (long) MALLOC.invokeExact(work.size[i]);
            live[s] = p;
            sum += p;
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public long libcPallocPfree() throws Throwable {
        long sum = 0;
        for (int i = 0; i < Workload.OPS; i++) {
            int s = work.slot[i];
            FREE.invokeExact(live[s]);
            long p = (long) ALIGNED_ALLOC.invokeExact(4096L, work.pages[i] << 12);
            live[s] = p;
            sum += p;
        }
        return sum;
    }
}
