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
 * @param reusedFrom the configuration whose run of the test this is, when its classes were the same there (see
 *     {@link TestFingerprints}); null when it ran in this one
 */
public record TestCaseResult(String className, String name, Outcome outcome, double seconds, String message,
        String trace, String reusedFrom) {
    /** What became of a test. */
    public enum Outcome {
        PASSED, FAILED, SKIPPED
    }

    /** This result, which ran in {@code configuration}, as that of another that takes it (taking no time). */
    TestCaseResult takenFrom(String configuration) {
        return new TestCaseResult(className, name, outcome, 0, message, trace, configuration);
    }
}
