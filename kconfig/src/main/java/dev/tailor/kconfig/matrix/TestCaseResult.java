package dev.tailor.kconfig.matrix;

/**
 * One test (or a container that failed around its tests, such as a failing {@code @BeforeAll}) of one
 * configuration.
 *
 * @param className the test class
 * @param name the test's display name (the method, with parameters for parameterized tests)
 * @param outcome what happened
 * @param seconds how long it ran
 * @param message the failure's message or the reason it was skipped; null when it passed
 * @param trace the failure's stack trace; null unless it failed
 */
public record TestCaseResult(String className, String name, Outcome outcome, double seconds, String message,
        String trace) {
    /** What became of a test. */
    public enum Outcome {
        PASSED, FAILED, SKIPPED
    }
}
