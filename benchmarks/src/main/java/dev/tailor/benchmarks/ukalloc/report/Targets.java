package dev.tailor.benchmarks.ukalloc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The targets for the Tailor backends, checked on one run's results: time ratios against the
 * peers measured in the same run, the two-thread slowdown, and no Java heap allocation per operation.
 */
public final class Targets {
    public static final String BUMP = "bump-pointer";
    public static final String JEMALLOC_FFM = "jemalloc-ffm";
    public static final String GLIBC = "glibc";
    /**
     * Heap bytes per step below which a subject counts as allocating nothing. JMH's own allocations per
     * iteration, divided by the steps of the iteration, show as 10^-4..10^-1 B/op (more for slow subjects,
     * which do fewer steps); one object per step is 16 B/op or more, one per 16 steps still 1 B/op.
     */
    public static final double NO_ALLOCATION = 1;

    public enum Verdict { MET, MISSED, NO_DATA }

    /**
     * @param subject the backend
     * @param target what is required, in words
     * @param value the measured ratio (or B/op)
     * @param limit the largest value that meets the target
     */
    public record Check(String subject, String target, double value, double limit, Verdict verdict) {
        static Check of(String subject, String target, Optional<Double> value, double limit) {
            return value.map(v -> new Check(subject, target, v, limit, v <= limit ? Verdict.MET : Verdict.MISSED))
                    .orElseGet(() -> new Check(subject, target, Double.NaN, limit, Verdict.NO_DATA));
        }
    }

    private Targets() {
    }

    public static List<Check> evaluate(Results results) {
        List<Check> checks = new ArrayList<>();
        for (String backend : results.backends()) {
            checks.add(ratio(results, backend, "MIXED_16_2048", BUMP, 3));
            checks.add(ratio(results, backend, "MIXED_16_2048", JEMALLOC_FFM, 0.25));
            checks.add(ratio(results, backend, "LIVE_10000", GLIBC, 0.5));
            checks.add(ratio(results, backend, "LARGE_64K_1M", GLIBC, 1));
            checks.add(Check.of(backend, "no Java heap allocation (largest B/op of its patterns)",
                    results.all().stream().filter(r -> r.subject().equals(backend) && r.tailor()
                            && !Double.isNaN(r.bytesPerOp())).map(Result::bytesPerOp).reduce(Math::max),
                    NO_ALLOCATION));
        }
        for (Result one : results.all()) {
            if (one.method().equals("oneThread")) {
                checks.add(Check.of(one.subject(), one.pattern() + ": 2 threads ≤ 2 × 1 thread, per operation",
                        results.find(one.subject(), one.pattern(), "twoThreads")
                                .map(two -> two.nsPerOp() / one.nsPerOp()), 2));
            }
        }
        return checks;
    }

    /** {@code backend}'s time on {@code pattern} over {@code peer}'s: at most {@code limit}. */
    static Check ratio(Results results, String backend, String pattern, String peer, double limit) {
        return Check.of(backend, pattern + " ≤ " + Report.number(limit) + " × " + peer,
                ratio(results, backend, peer, pattern), limit);
    }

    static Optional<Double> ratio(Results results, String subject, String peer, String pattern) {
        return results.find(subject, pattern).flatMap(s -> results.find(peer, pattern)
                .map(p -> s.nsPerOp() / p.nsPerOp()));
    }
}
