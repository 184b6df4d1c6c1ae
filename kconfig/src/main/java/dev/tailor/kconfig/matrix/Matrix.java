package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.generate.CodeLocation;
import dev.tailor.kconfig.generate.Generator;
import dev.tailor.kconfig.sample.Coverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Builds and tests configurations in this JVM, several at once: for each, resolve its defconfig in a freshly
 * loaded tree, render the templates it selects, compile sources and tests, and run the tests (see {@link
 * EntryRun}). Each configuration works in {@code <work>/<id>/}, which keeps its defconfig; the rest of it
 * is deleted when it passed, unless asked to keep it.
 */
public final class Matrix {
    /** Loads the Kconfig tree afresh, reporting to the given diagnostics (each configuration gets its own tree). */
    @FunctionalInterface
    public interface TreeLoader {
        Kconfig load(Diagnostics diagnostics);
    }

    /**
     * JUnit as the runner has it (see {@link ConfigClassLoader}): what tests compile against, and the engine, whose
     * service file the launcher finds through the configuration's class loader.
     */
    private static final List<String> JUNIT = List.of("org.junit.jupiter.api.Test",
            "org.opentest4j.AssertionFailedError", "org.apiguardian.api.API", "org.junit.jupiter.engine.JupiterTestEngine");

    /** The stack of the worker threads: the engine recurses as deeply as a tree nests, as on the command line. */
    private static final long STACK_SIZE = 256L << 20;

    final TreeLoader tree;
    final Generator generator;
    final List<Path> testSources;
    final List<Path> classPath;
    final String release;
    final Charset encoding;
    final Path workDirectory;
    final int threads;
    final Duration testTimeout;
    final boolean keep;
    final UnaryOperator<String> reproduce;
    final Map<String, String> systemProperties;
    /** Results of test classes for configurations to take from each other; null when every test runs everywhere. */
    final SharedTestResults sharedResults;

    private Matrix(Builder b) {
        tree = Objects.requireNonNull(b.tree, "tree");
        generator = Objects.requireNonNull(b.generator, "generator");
        testSources = List.copyOf(b.testSources);
        classPath = List.copyOf(b.classPath);
        release = b.release;
        encoding = b.encoding;
        workDirectory = Objects.requireNonNull(b.workDirectory, "workDirectory").toAbsolutePath().normalize();
        threads = b.threads;
        testTimeout = b.testTimeout;
        keep = b.keep;
        reproduce = b.reproduce;
        systemProperties = Map.copyOf(b.systemProperties);
        sharedResults = b.reuseResults ? new SharedTestResults() : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings of a {@link Matrix}. */
    public static final class Builder {
        private TreeLoader tree;
        private Generator generator;
        private final List<Path> testSources = new ArrayList<>();
        private final List<Path> classPath = new ArrayList<>();
        private String release = Integer.toString(Runtime.version().feature());
        private Charset encoding = StandardCharsets.UTF_8;
        private Path workDirectory;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration testTimeout = Duration.ofMinutes(10);
        private boolean keep;
        private UnaryOperator<String> reproduce = file -> "kconfig matrix --defconfig " + file;
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private boolean reuseResults = true;

        private Builder() {}

        /** How to load the Kconfig tree. */
        public Builder tree(TreeLoader loader) {
            tree = loader;
            return this;
        }

        /** The generator that renders each configuration (its output folders are not used). */
        public Builder generator(Generator g) {
            generator = g;
            return this;
        }

        /** A folder of hand-written tests compiled and run with every configuration's rendered ones. */
        public Builder testSources(Path dir) {
            testSources.add(dir.toAbsolutePath().normalize());
            return this;
        }

        /**
         * A jar or folder the sources and tests need (the project's dependencies). JUnit's own classes always
         * come from the runner (see {@link ConfigClassLoader}); its jars are added for the compiler.
         */
        public Builder classPath(Path entry) {
            classPath.add(entry.toAbsolutePath().normalize());
            return this;
        }

        /** javac's {@code --release} (default: this JVM's). */
        public Builder release(String r) {
            release = Objects.requireNonNull(r, "release");
            return this;
        }

        public Builder encoding(Charset charset) {
            encoding = Objects.requireNonNull(charset, "encoding");
            return this;
        }

        /** Where each configuration's folder is made. */
        public Builder workDirectory(Path dir) {
            workDirectory = dir;
            return this;
        }

        /** How many configurations run at once (default: one per processor). */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1, not " + n);
            threads = n;
            return this;
        }

        /** A test that runs longer fails (JUnit's default timeout; default 10 minutes). */
        public Builder testTimeout(Duration timeout) {
            testTimeout = Objects.requireNonNull(timeout, "testTimeout");
            return this;
        }

        /** Keeps the rendered sources and classes of configurations that passed too. */
        public Builder keep(boolean k) {
            keep = k;
            return this;
        }

        /**
         * Whether a test class runs only once for all the configurations in which it has the same code (see
         * {@link TestFingerprints}; default true), or in every configuration.
         */
        public Builder reuseResults(boolean reuse) {
            reuseResults = reuse;
            return this;
        }

        /** The command that builds a configuration alone, given its defconfig file's absolute path. */
        public Builder reproduce(UnaryOperator<String> command) {
            reproduce = Objects.requireNonNull(command, "reproduce");
            return this;
        }

        /**
         * A system property while the tests run (as Surefire's {@code systemPropertyVariables}); the JVM has one
         * set of them, so they are set for the whole run and put back afterwards.
         */
        public Builder systemProperty(String key, String value) {
            systemProperties.put(Objects.requireNonNull(key, "key"), value == null ? "" : value);
            return this;
        }

        public Matrix build() {
            for (String name : JUNIT) {
                Path jar;
                try {
                    jar = CodeLocation.of(Class.forName(name, false, Matrix.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the matrix runs tests with JUnit Jupiter, but " + name
                            + " is not on the class path of kconfig", e);
                }
                if (jar != null && !classPath.contains(jar)) classPath.add(jar);
            }
            return new Matrix(this);
        }
    }

    /**
     * Runs every configuration; the results are in the order given.
     *
     * @param coverage the coverage of the sample the entries are, for the reports (null if none)
     * @param strategy how the sample was drawn (null if none)
     * @param progress told of each configuration when it is done (from the worker threads, one at a time)
     * @throws IOException when the work folder cannot be written
     */
    public MatrixResult run(List<MatrixEntry> entries, Coverage coverage, String strategy,
            Consumer<EntryResult> progress) throws IOException {
        long start = System.nanoTime();
        int workers = Math.min(threads, Math.max(1, entries.size()));
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, "matrix-" + number.incrementAndGet(), STACK_SIZE);
            t.setDaemon(true);
            return t;
        };
        List<Future<EntryResult>> futures = new ArrayList<>();
        List<JavaCompilation> compilers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<JavaCompilation> javac = ThreadLocal.withInitial(() -> {
            JavaCompilation c = new JavaCompilation(release, encoding);
            compilers.add(c);
            return c;
        });
        ExecutorService pool = Executors.newFixedThreadPool(workers, factory);
        Map<String, String> previous = new LinkedHashMap<>();
        systemProperties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        try {
            for (MatrixEntry e : entries) {
                futures.add(pool.submit(() -> {
                    EntryResult r = new EntryRun(this, e, javac.get()).run();
                    synchronized (progress) {
                        progress.accept(r);
                    }
                    return r;
                }));
            }
            List<EntryResult> results = new ArrayList<>();
            for (Future<EntryResult> f : futures) results.add(await(f));
            return new MatrixResult(results, coverage, strategy, (System.nanoTime() - start) / 1e9, workers);
        } finally {
            pool.shutdownNow();
            for (JavaCompilation c : compilers) c.close();
            previous.forEach((k, v) -> {
                if (v == null) System.clearProperty(k);
                else System.setProperty(k, v);
            });
        }
    }

    private static EntryResult await(Future<EntryResult> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case UncheckedIOException u -> throw u.getCause();
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
