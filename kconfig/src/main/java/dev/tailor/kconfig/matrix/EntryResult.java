package dev.tailor.kconfig.matrix;

import java.util.List;
import java.util.Map;

/**
 * What became of one configuration of a matrix.
 *
 * @param entry the configuration
 * @param differences its values that differ from the defaults, one {@code CONFIG_...} line each (the prefix is
 *     {@code $CONFIG_}'s)
 * @param settings the same as option → value, the option without the prefix, n for "is not set"
 * @param status how far it got
 * @param detail why it stopped (the configuration's, the renderer's or the compiler's errors); empty otherwise
 * @param tests its tests, in the order they finished; empty unless they ran
 * @param renderSeconds resolving and rendering
 * @param compileSeconds compiling sources and tests
 * @param testSeconds running the tests
 * @param reproduce a command that builds and tests this configuration alone
 */
public record EntryResult(MatrixEntry entry, List<String> differences, Map<String, String> settings, Status status, String detail,
        List<TestCaseResult> tests, double renderSeconds, double compileSeconds, double testSeconds,
        String reproduce) {

    /** How far a configuration got: the first step that failed, or PASSED. */
    public enum Status {
        /** The defconfig could not be read or gave warnings. */
        CONFIG_ERROR,
        /** A template failed to render. */
        RENDER_ERROR,
        /** The rendered sources or the tests did not compile. */
        COMPILE_ERROR,
        /** Some test failed (or a test class could not be run). */
        TEST_FAILURE,
        /** Everything compiled and every test passed or was skipped. */
        PASSED;

        /** The word reports use. */
        public String label() {
            return switch (this) {
                case CONFIG_ERROR -> "config error";
                case RENDER_ERROR -> "render error";
                case COMPILE_ERROR -> "compile error";
                case TEST_FAILURE -> "tests failed";
                case PASSED -> "passed";
            };
        }
    }

    public double seconds() {
        return renderSeconds + compileSeconds + testSeconds;
    }

    public long count(TestCaseResult.Outcome outcome) {
        return tests.stream().filter(t -> t.outcome() == outcome).count();
    }

    /** Tests whose result was taken from another configuration (see {@link TestCaseResult#reusedFrom}). */
    public long reused() {
        return tests.stream().filter(t -> t.reusedFrom() != null).count();
    }
}
