package dev.tailor.benchmarks.ukalloc;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Tailor backend shared by one thread, then by two, each thread with its own live blocks replaying the
 * same {@link Pattern}: the per-thread-cache mode's scaling. JMH's average time with two threads is the
 * time per operation as each thread sees it, so {@code twoThreads / oneThread} is the slowdown per
 * operation (1 when the threads never meet, 2 when they take turns).
 *
 * <p>Needs a ukalloc jar built thread-safe ({@code LIBUKALLOC_THREADSAFE_PERTHREAD}, or {@code _LOCK} to
 * compare); it fails at set-up on any other. No reset when memory runs out: a failure ends the trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ThreadedBenchmark {
    /** The allocator both threads use. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"slab", "mimalloc"})
        public String backend;

        @Param({"FIXED64", "MIXED_16_2048"})
        public Pattern pattern;

        TailorHeap heap;

        @Setup(Level.Trial)
        public void setUp() {
            String config = TailorHeap.config();
            if (!config.contains("CONFIG_LIBUKALLOC_THREADSAFE_PERTHREAD=y")
                    && !config.contains("CONFIG_LIBUKALLOC_THREADSAFE_LOCK=y")) {
                throw new IllegalStateException("this ukalloc jar is not thread-safe; build the benchmarks on a "
                        + "PERTHREAD (or LOCK) configuration, e.g. UKALLOC_THREADED_PROFILE=threadsafe "
                        + "benchmarks/ukalloc-bench.sh. The jar's config:\n" + config);
            }
            heap = new TailorHeap(backend, pattern, false);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            heap.close();
        }
    }

    /**
     * One thread's live blocks on the shared allocator. They are not freed one by one at the end: JMH may
     * tear the shared state down before the other thread's, and closing its arena releases them all.
     */
    @State(Scope.Thread)
    public static class PerThread {
        Workload work;
        Blocks blocks;

        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            work = new Workload(shared.pattern);
            blocks = new HeapBlocks(shared.backend, shared.heap, shared.pattern);
            work.fill(blocks);
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Workload.OPS)
    public void oneThread(PerThread t) {
        t.work.replay(t.blocks);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Workload.OPS)
    public void twoThreads(PerThread t) {
        t.work.replay(t.blocks);
    }
}
