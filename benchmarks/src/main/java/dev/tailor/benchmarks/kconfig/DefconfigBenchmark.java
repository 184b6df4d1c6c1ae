package dev.tailor.benchmarks.kconfig;

import dev.tailor.kconfig.Kconfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Linux 6.18 x86_64 defconfig job ({@code conf --defconfig=arch/x86/configs/x86_64_defconfig
 * Kconfig}) in a warm JVM, probes replayed from shell-cache.json, nothing written to disk:
 *
 * <ul>
 *   <li>{@link #defconfig}: the whole job, load + read defconfig + fill defaults + .config text
 *       (target: at most 250 ms);
 *   <li>{@link #load}: only {@code Kconfig.load} (preprocessor, lexer, parser, menu finalization);
 *   <li>{@link #evaluateAndWrite}: only read + fill + .config text, on a tree loaded outside the
 *       measured time (a fresh one for every call, because reading changes the tree).
 * </ul>
 *
 * <p>Defaults are short on purpose (the development machines have 2 cores): 1 fork, 5 warm-up and 5
 * measured iterations of 2 s each, about 25 s per benchmark; override with JMH's -f/-wi/-i/-w/-r.
 * Each trial first checks that the engine's .config equals the C tool's (expected/x86_64/defconfig.config).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// Expressions and menus are processed recursively: the CLI runs the engine on a thread with a big stack,
// the tests with -Xss16m; the benchmark does the same as the tests.
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
public class DefconfigBenchmark {
    LinuxCorpus corpus;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = LinuxCorpus.locate();
        corpus.check(corpus.defconfig());
    }

    /** A freshly loaded tree for every call of {@link #evaluateAndWrite}; the load is not measured. */
    @State(Scope.Thread)
    public static class Loaded {
        Kconfig kconfig;

        @Setup(Level.Invocation)
        public void load(DefconfigBenchmark bench) {
            // Level.Invocation is fine here: one call takes tens of milliseconds, far above the
            // timestamping overhead JMH warns about.
            kconfig = bench.corpus.load();
        }
    }

    @Benchmark
    public String defconfig() {
        return corpus.defconfig();
    }

    @Benchmark
    public Kconfig load() {
        return corpus.load();
    }

    @Benchmark
    public String evaluateAndWrite(Loaded loaded) {
        return corpus.evaluateAndWrite(loaded.kconfig);
    }
}
