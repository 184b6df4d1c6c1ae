package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.matrix.TestCaseResult.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoverySelector;
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
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the tests of one configuration with the JUnit Platform launcher: the test classes of its folder whose
 * names look like tests (as Surefire's defaults: {@code Test*}, {@code *Test}, {@code *Tests}), loaded by a
 * {@link ConfigClassLoader} of their own, each test bounded by a default timeout, those that change JVM-wide
 * state alone (see {@link GlobalStateLock}). With {@link SharedTestResults}, a test class that another
 * configuration ran on the same code is not run again: its results are taken from there.
 */
final class TestRun {
    private final String name;
    private final Path testClasses;
    private final Path classes;
    private final ConfigClassLoader loader;
    private final Launcher launcher;
    private final Map<String, String> parameters;

    private TestRun(String name, Path testClasses, Path classes, ConfigClassLoader loader, Duration timeout) {
        this.name = name;
        this.testClasses = testClasses;
        this.classes = classes;
        this.loader = loader;
        this.launcher = LauncherFactory.create();
        this.parameters = Map.of("junit.jupiter.execution.timeout.default", timeout.toSeconds() + " s");
    }

    /**
     * @param testClasses the folder of the compiled tests, also the first class path entry
     * @param classes the folder of the configuration's classes, the second
     * @param dependencies the rest of the class path
     * @param shared the results of the other configurations to take from, or null to run every test here
     */
    static List<TestCaseResult> run(String name, Path testClasses, Path classes, List<Path> dependencies,
            Duration timeout, SharedTestResults shared) {
        List<Path> all = new ArrayList<>(List.of(testClasses, classes));
        all.addAll(dependencies);
        ConfigClassLoader loader = new ConfigClassLoader(name, all, TestRun.class.getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The launcher finds the engines, and the engine the test classes, through the context class loader.
        thread.setContextClassLoader(loader);
        try {
            TestRun run = new TestRun(name, testClasses, classes, loader, timeout);
            return shared == null ? run.execute(run.everyTest()) : run.sharing(shared);
        } finally {
            thread.setContextClassLoader(previous);
            loader.release();
        }
    }

    /**
     * Claims the fingerprint of each test class and runs the claimed ones; then takes the results of the others
     * from the configurations that claimed them, running here those that were abandoned.
     */
    private List<TestCaseResult> sharing(SharedTestResults shared) {
        List<String> testClassNames = discover();
        if (testClassNames == null) return execute(everyTest());
        TestFingerprints fingerprints = new TestFingerprints(List.of(testClasses, classes));
        Map<String, SharedTestResults.Claim> claimed = new LinkedHashMap<>();
        Map<String, String> elsewhere = new LinkedHashMap<>();
        for (String className : testClassNames) {
            String fingerprint = fingerprints.of(className);
            SharedTestResults.Claim claim = shared.claim(fingerprint);
            if (claim != null) claimed.put(className, claim);
            else elsewhere.put(className, fingerprint);
        }
        List<TestCaseResult> results = new ArrayList<>();
        try {
            results.addAll(execute(selectors(claimed.keySet())));
            Map<String, List<TestCaseResult>> byClass = byClass(results, claimed.keySet());
            claimed.forEach((className, claim) -> claim.complete(new SharedTestResults.Recorded(name,
                    List.copyOf(byClass.getOrDefault(className, List.of())))));
        } finally {
            claimed.values().forEach(SharedTestResults.Claim::abandon); // those completed stay
        }
        List<String> rerun = new ArrayList<>();
        elsewhere.forEach((className, fingerprint) -> {
            SharedTestResults.Recorded recorded = shared.await(fingerprint);
            if (recorded == null) rerun.add(className);
            else recorded.results().forEach(t -> results.add(t.takenFrom(recorded.configuration())));
        });
        if (!rerun.isEmpty()) results.addAll(execute(selectors(rerun)));
        return results;
    }

    /** The test classes, as the launcher finds them; null if some engine's tests are not classes. */
    private List<String> discover() {
        TestPlan plan = launcher.discover(request(everyTest()));
        List<String> names = new ArrayList<>();
        for (TestIdentifier engine : plan.getRoots()) {
            for (TestIdentifier child : plan.getChildren(engine)) {
                if (!(child.getSource().orElse(null) instanceof ClassSource source)) return null;
                names.add(source.getClassName());
            }
        }
        return names;
    }

    /** The classes of the tests folder (those the launcher takes for tests). */
    private List<? extends DiscoverySelector> everyTest() {
        return DiscoverySelectors.selectClasspathRoots(Set.of(testClasses));
    }

    private List<DiscoverySelector> selectors(Collection<String> classNames) {
        return classNames.stream().<DiscoverySelector>map(c -> DiscoverySelectors.selectClass(loader, c)).toList();
    }

    /** The results of each of {@code testClassNames}, its nested classes' included. */
    private static Map<String, List<TestCaseResult>> byClass(List<TestCaseResult> results, Set<String> testClassNames) {
        Map<String, List<TestCaseResult>> byClass = new HashMap<>();
        for (TestCaseResult t : results) {
            int nested = t.className().indexOf('$');
            String owner = nested < 0 ? t.className() : t.className().substring(0, nested);
            if (testClassNames.contains(owner)) byClass.computeIfAbsent(owner, k -> new ArrayList<>()).add(t);
        }
        return byClass;
    }

    private LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(ClassNameFilter.includeClassNamePatterns(ClassNameFilter.STANDARD_INCLUDE_PATTERN))
                .configurationParameters(parameters)
                .build();
    }

    private List<TestCaseResult> execute(List<? extends DiscoverySelector> selectors) {
        if (selectors.isEmpty()) return List.of();
        Collector collector = new Collector();
        launcher.execute(request(selectors), collector);
        return collector.results();
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
            results.add(new TestCaseResult(className(id), id.getDisplayName(), Outcome.SKIPPED, 0, reason, null, null));
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
                    outcome == Outcome.FAILED ? trace : null, null));
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
