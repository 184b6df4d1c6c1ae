package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.generate.ConfigInput;
import dev.tailor.kconfig.generate.GenerateException;
import dev.tailor.kconfig.generate.Generator;
import dev.tailor.kconfig.generate.Outputs;
import dev.tailor.kconfig.matrix.EntryResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of one configuration of a {@link Matrix}, in its folder {@code <work>/<id>/}: the defconfig
 * ({@code <id>_defconfig}), resolved in a fresh tree (a line the engine warns about, or a value that does not
 * take, is an error: see {@link RequestedValues}); rendered into
 * {@code src/main}, {@code src/test} and the resource {@code META-INF/kconfig/config} in {@code classes};
 * compiled into {@code classes} and {@code test-classes}; its tests run. The first step that fails ends it.
 */
final class EntryRun {
    private final Matrix matrix;
    private final MatrixEntry entry;
    private final JavaCompilation javac;
    private final Path dir;
    private final Path defconfigFile;
    private List<String> differences = List.of();
    private Map<String, String> settings = Map.of();
    private double renderSeconds;
    private double compileSeconds;
    private double testSeconds;

    EntryRun(Matrix matrix, MatrixEntry entry, JavaCompilation javac) {
        this.matrix = matrix;
        this.entry = entry;
        this.javac = javac;
        this.dir = matrix.workDirectory.resolve(entry.id());
        this.defconfigFile = dir.resolve(entry.id() + "_defconfig");
    }

    EntryResult run() throws IOException {
        Outputs.deleteTree(dir);
        Files.createDirectories(dir);
        Files.write(defconfigFile, ByteText.encode(entry.defconfig()));
        Path main = dir.resolve("src/main");
        Path test = dir.resolve("src/test");
        Path classes = dir.resolve("classes");
        Path testClasses = dir.resolve("test-classes");

        long t0 = System.nanoTime();
        Generator.Rendering rendering;
        try {
            Kconfig kconfig = resolve();
            // A minimal configuration has a line for each symbol that differs from its default, and no other.
            differences = new ConfigWriter(kconfig).minimalConfig().lines().toList();
            settings = settings(differences, kconfig.configPrefix());
            rendering = matrix.generator.render(kconfig);
        } catch (ConfigProblem e) {
            renderSeconds = seconds(t0);
            return done(Status.CONFIG_ERROR, e.getMessage(), List.of());
        } catch (GenerateException e) {
            renderSeconds = seconds(t0);
            return done(Status.RENDER_ERROR, e.getMessage(), List.of());
        }
        rendering.writeTo(main, test, classes);
        renderSeconds = seconds(t0);

        long t1 = System.nanoTime();
        JavaCompilation.Outcome compiled = javac.compile(List.of(main), matrix.classPath, classes);
        if (compiled.ok()) {
            List<Path> testRoots = new ArrayList<>(List.of(test));
            testRoots.addAll(matrix.testSources);
            compiled = javac.compile(testRoots, classPath(classes), testClasses);
        }
        compileSeconds = seconds(t1);
        if (!compiled.ok()) return done(Status.COMPILE_ERROR, String.join("\n", compiled.errors()), List.of());

        long t2 = System.nanoTime();
        List<TestCaseResult> tests = TestRun.run(entry.id(), testClasses, classes, matrix.classPath, matrix.testTimeout,
                matrix.sharedResults);
        testSeconds = seconds(t2);
        boolean failed = tests.stream().anyMatch(t -> t.outcome() == TestCaseResult.Outcome.FAILED);
        EntryResult result = done(failed ? Status.TEST_FAILURE : Status.PASSED, "", tests);
        if (!failed && !matrix.keep) {
            for (Path p : List.of(main.getParent(), classes, testClasses)) Outputs.deleteTree(p);
        }
        return result;
    }

    /** The tree with this configuration: its defconfig read (every line must take), the rest defaults. */
    private Kconfig resolve() throws IOException, ConfigProblem {
        List<String> problems = new ArrayList<>();
        Diagnostics collect = new Diagnostics() {
            @Override
            public void warning(String file, int line, String message) {
                problems.add(file + ":" + line + ": " + message);
            }

            // A select that overrides unmet dependencies is the tree's business, not this configuration's.
            @Override
            public void dependencyWarning(String text) {}

            @Override
            public void info(String text) {}

            @Override
            public void message(String text) {}
        };
        try {
            Kconfig kconfig = matrix.tree.load(collect);
            ConfigInput.defconfig(defconfigFile).resolve(kconfig);
            problems.addAll(RequestedValues.unmet(kconfig, entry.defconfig(), defconfigFile.toString()));
            if (!problems.isEmpty()) throw new ConfigProblem(String.join("\n", problems));
            return kconfig;
        } catch (KconfigException e) {
            throw new ConfigProblem(e.getMessage());
        } catch (GenerateException e) {
            throw new ConfigProblem(e.getMessage());
        }
    }

    /** A configuration the engine refused or warned about. */
    private static final class ConfigProblem extends Exception {
        ConfigProblem(String message) {
            super(message);
        }
    }

    private List<Path> classPath(Path classes) {
        List<Path> path = new ArrayList<>();
        path.add(classes);
        path.addAll(matrix.classPath);
        return path;
    }

    private EntryResult done(Status status, String detail, List<TestCaseResult> tests) {
        return new EntryResult(entry, differences, settings, status, detail, tests, renderSeconds, compileSeconds, testSeconds,
                matrix.reproduce.apply(defconfigFile.toString()));
    }

    /** Setting lines ({@code <prefix>X=v}, {@code # <prefix>X is not set}) as option → value, n for "is not set". */
    static Map<String, String> settings(List<String> lines, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        String unset = "# " + prefix;
        for (String line : lines) {
            if (line.startsWith(unset) && line.endsWith(" is not set")) {
                out.put(line.substring(unset.length(), line.length() - " is not set".length()), "n");
            } else if (line.startsWith(prefix) && line.indexOf('=', prefix.length()) > 0) {
                int eq = line.indexOf('=', prefix.length());
                out.put(line.substring(prefix.length(), eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
