package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.matrix.TestCaseResult.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the tests of one configuration with the JUnit Platform launcher: the test classes of its folder whose
 * names look like tests (as Surefire's defaults: {@code Test*}, {@code *Test}, {@code *Tests}), loaded by a
 * {@link ConfigClassLoader} of their own, each test bounded by a default timeout, those that change JVM-wide
 * state alone (see {@link GlobalStateLock}).
 */
final class TestRun {
    private TestRun() {}

    /**
     * @param testClasses the folder of the compiled tests, also the first class path entry
     * @param path the rest of the class path: the configuration's classes, the dependencies
     */
    static List<TestCaseResult> run(String name, Path testClasses, List<Path> path, Duration timeout) {
        List<Path> all = new ArrayList<>();
        all.add(testClasses);
        all.addAll(path);
        ConfigClassLoader loader = new ConfigClassLoader(name, all, TestRun.class.getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The launcher finds the engines, and the engine the test classes, through the context class loader.
        thread.setContextClassLoader(loader);
        try {
            Launcher launcher = LauncherFactory.create();
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(testClasses)))
                    .filters(ClassNameFilter.includeClassNamePatterns(ClassNameFilter.STANDARD_INCLUDE_PATTERN))
                    .configurationParameters(Map.of("junit.jupiter.execution.timeout.default",
                            timeout.toSeconds() + " s"))
                    .build();
            Collector collector = new Collector();
            launcher.execute(request, collector);
            return collector.results();
        } finally {
            thread.setContextClassLoader(previous);
            loader.release();
        }
    }

    /** Turns the launcher's events into results: every test, and every container that failed. */
    private static final class Collector implements TestExecutionListener {
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final List<TestCaseResult> results = Collections.synchronizedList(new ArrayList<>());

        List<TestCaseResult> results() {
            return List.copyOf(results);
        }

        /** The tests and containers that hold the {@link GlobalStateLock}. */
        private final Set<String> locked = ConcurrentHashMap.newKeySet();

        @Override
        public void executionStarted(TestIdentifier id) {
            if (GlobalStateLock.enter(id)) locked.add(id.getUniqueId());
            started.put(id.getUniqueId(), System.nanoTime());
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            results.add(new TestCaseResult(className(id), id.getDisplayName(), Outcome.SKIPPED, 0, reason, null));
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (locked.remove(id.getUniqueId())) GlobalStateLock.exit(id);
            Long start = started.remove(id.getUniqueId());
            double seconds = start == null ? 0 : (System.nanoTime() - start) / 1e9;
            boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            if (!id.isTest() && !failed) return;
            Throwable t = result.getThrowable().orElse(null);
            String message = null;
            String trace = null;
            if (failed) {
                message = t == null ? result.getStatus().toString() : t.getClass().getName()
                        + (t.getMessage() == null ? "" : ": " + t.getMessage());
                if (t != null) {
                    StringWriter w = new StringWriter();
                    t.printStackTrace(new PrintWriter(w));
                    trace = w.toString();
                }
            }
            // An aborted test (a failed assumption) was skipped, with the assumption's message as the reason.
            Outcome outcome = switch (result.getStatus()) {
                case SUCCESSFUL -> Outcome.PASSED;
                case ABORTED -> Outcome.SKIPPED;
                case FAILED -> Outcome.FAILED;
            };
            String name = id.isTest() ? id.getDisplayName() : "(" + id.getDisplayName() + ")";
            results.add(new TestCaseResult(className(id), name, outcome, seconds,
                    outcome == Outcome.SKIPPED && t != null ? t.getMessage() : message,
                    outcome == Outcome.FAILED ? trace : null));
        }

        private static String className(TestIdentifier id) {
            Optional<TestSource> source = id.getSource();
            if (source.isPresent()) {
                if (source.get() instanceof MethodSource m) return m.getClassName();
                if (source.get() instanceof ClassSource c) return c.getClassName();
            }
            return id.getDisplayName();
        }
    }
}
