package dev.tailor.benchmarks.ukalloc;

import java.util.Arrays;

/**
 * A quick A/B check while changing a backend, not a replacement for the JMH suite: one subject (a
 * {@code Backends} name, or {@code bump} for the bump pointer) on the given patterns, the same
 * {@link Workload} as JMH, printing the <em>fastest</em> of many rounds in ns per step (lines starting
 * with {@code = }; the heaps print notes of their own). On a busy machine
 * the minimum is steadier than a mean. Run each subject in its own JVM (quick-compare.sh does), so that no
 * call site sees two classes.
 *
 * <pre>java -cp UKALLOC_JAR:benchmarks.jar dev.tailor.benchmarks.ukalloc.QuickCompare SUBJECT PATTERN[,PATTERN...] [ROUNDS]</pre>
 */
public final class QuickCompare {
    /** Workload calls per round. */
    private static final int CALLS = 256;

    private QuickCompare() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: QuickCompare SUBJECT PATTERN[,PATTERN...] [ROUNDS]");
            System.exit(2);
        }
        String subject = args[0];
        Pattern[] patterns = Arrays.stream(args[1].split(",")).map(Pattern::valueOf).toArray(Pattern[]::new);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        for (Pattern pattern : patterns) {
            Heap heap = subject.equals("bump") ? new BumpHeap() : new TailorHeap(subject, pattern, true);
            Blocks blocks = new HeapBlocks(subject, heap, pattern);
            Workload work = new Workload(pattern);
            work.fill(blocks);
            double best = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                for (int c = 0; c < CALLS; c++) {
                    work.replay(blocks);
                }
                best = Math.min(best, (System.nanoTime() - start) / (double) (CALLS * Workload.OPS));
            }
            blocks.close();
            System.out.printf("= %s %s %.2f%n", subject, pattern, best);
        }
    }
}
