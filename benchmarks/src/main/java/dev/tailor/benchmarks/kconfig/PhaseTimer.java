package dev.tailor.benchmarks.kconfig;

import dev.tailor.kconfig.Kconfig;
import java.util.Arrays;
import java.util.Locale;

/**
 * A plain timer for the defconfig job, phase by phase, in one JVM: the first run (what a cold CLI
 * pays, minus JVM start-up) and then the median / best of the following runs (warm). No JMH, so it is
 * quick and easy to run under a profiler (for example with -XX:StartFlightRecording).
 *
 * <pre>java -Xss16m -cp benchmarks/target/benchmarks.jar dev.tailor.benchmarks.kconfig.PhaseTimer [runs]</pre>
 */
public final class PhaseTimer {
    private static final String[] PHASES = {"load", "read", "fill", "write", "total"};

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        LinuxCorpus corpus = LinuxCorpus.locate();
        long[][] t = new long[PHASES.length][runs];
        String out = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Kconfig k = corpus.load();
            long t1 = System.nanoTime();
            corpus.read(k);
            long t2 = System.nanoTime();
            corpus.fill(k);
            long t3 = System.nanoTime();
            out = corpus.write(k);
            long t4 = System.nanoTime();
            t[0][r] = t1 - t0;
            t[1][r] = t2 - t1;
            t[2][r] = t3 - t2;
            t[3][r] = t4 - t3;
            t[4][r] = t4 - t0;
            if (r == 0) corpus.check(out);
        }
        System.out.printf(Locale.ROOT, "corpus: %s (%d runs in one JVM, %d CPUs)%n", corpus.dir, runs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-8s %12s %12s %12s%n", "phase", "first [ms]", "median [ms]", "best [ms]");
        for (int p = 0; p < PHASES.length; p++) {
            long first = t[p][0];
            long[] rest = Arrays.copyOfRange(t[p], Math.min(1, runs - 1), runs);
            Arrays.sort(rest);
            System.out.printf(Locale.ROOT, "%-8s %12.1f %12.1f %12.1f%n", PHASES[p], first / 1e6,
                    rest[rest.length / 2] / 1e6, rest[0] / 1e6);
        }
        System.out.println("output: " + out.length() + " characters, equal to the C tool's: "
                + (Boolean.getBoolean("tailor.bench.noCheck") ? "not checked" : "yes"));
    }
}
