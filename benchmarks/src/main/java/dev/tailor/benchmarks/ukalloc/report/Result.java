package dev.tailor.benchmarks.ukalloc.report;

/**
 * One JMH result of the allocator suite.
 *
 * @param subject the backend or peer name
 * @param tailor whether it is a Tailor backend (AllocatorBenchmark, ThreadedBenchmark)
 * @param pattern the pattern's name
 * @param method the benchmark method: {@code replay}, {@code oneThread} or {@code twoThreads}
 * @param nsPerOp the score, ns per step
 * @param error JMH's 99.9 % error, NaN with one iteration
 * @param bytesPerOp {@code gc.alloc.rate.norm} (Java heap bytes per step), NaN without {@code -prof gc}
 * @param resets times the subject ran out of memory and was made anew during the measured iterations
 */
public record Result(String subject, boolean tailor, String pattern, String method, double nsPerOp, double error,
        double bytesPerOp, double resets) {
}
