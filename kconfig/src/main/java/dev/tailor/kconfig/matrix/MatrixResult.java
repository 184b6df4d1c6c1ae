package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.sample.Coverage;
import java.util.List;

/**
 * What a matrix run gave.
 *
 * @param entries one result per configuration, in the order they were given
 * @param coverage the t-wise coverage of the sample the configurations came from; null when they were given
 * @param strategy how the sample was drawn ({@code twise}, ...), or null
 * @param seconds the wall time of the whole run
 * @param threads how many configurations ran at once
 */
public record MatrixResult(List<EntryResult> entries, Coverage coverage, String strategy, double seconds,
        int threads) {
    public boolean passed() {
        return entries.stream().allMatch(e -> e.status() == EntryResult.Status.PASSED);
    }

    public List<EntryResult> failures() {
        return entries.stream().filter(e -> e.status() != EntryResult.Status.PASSED).toList();
    }

    public long tests(TestCaseResult.Outcome outcome) {
        return entries.stream().mapToLong(e -> e.count(outcome)).sum();
    }

    /** Tests whose result a configuration took from another that ran them on the same code. */
    public long reused() {
        return entries.stream().mapToLong(EntryResult::reused).sum();
    }
}
