package dev.tailor.benchmarks.ukalloc;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One subject replaying one {@link Pattern} on one thread; the subclasses only say which subject. One JMH
 * operation is one step (free a block, allocate one). Each (subject, pattern) runs in its own fork, so
 * every call site in the loop sees one class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
        "-Dio.netty.leakDetection.level=disabled"})
@State(Scope.Thread)
public abstract class PatternBenchmark {
    @Param
    public Pattern pattern;

    private Workload work;
    private Blocks blocks;

    /** The subject, with the slots of {@code pattern}. */
    protected abstract Blocks open(Pattern pattern);

    @Setup(Level.Trial)
    public void setUp() {
        work = new Workload(pattern);
        blocks = open(pattern);
        work.fill(blocks);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        blocks.close();
    }

    /**
     * The subject's resets (made anew when its memory ran out: the region, the bump pointer) during the
     * iteration, in JMH's results as the secondary metric {@code resets}: the report flags them.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Resets {
        public long resets;

        @Setup(Level.Iteration)
        public void clear() {
            resets = 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.OPS)
    public void replay(Resets counter) {
        long before = blocks.resets();
        work.replay(blocks);
        counter.resets += blocks.resets() - before;
    }
}
