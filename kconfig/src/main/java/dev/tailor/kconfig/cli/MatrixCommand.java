package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.matrix.Matrix;
import dev.tailor.kconfig.matrix.MatrixEntry;
import dev.tailor.kconfig.matrix.MatrixReports;
import dev.tailor.kconfig.matrix.MatrixResult;
import dev.tailor.kconfig.sample.Sample;
import dev.tailor.kconfig.sample.SampleOptions;
import dev.tailor.kconfig.sample.SampleReport;
import dev.tailor.kconfig.sample.Sampling;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kconfig matrix}: builds and tests a sample of configurations (or given defconfigs) in this JVM, several
 * at once, and reports which passed; a front end of {@link Matrix}.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {
            "Build and test many configurations in-process: draw a sample as `kconfig sample` does (default: "
                    + "pairwise), or take the --defconfig files, and for each configuration render the templates "
                    + "it selects (as `kconfig generate`), compile them and the tests with the JDK's compiler, "
                    + "and run the tests with the JUnit Platform, one class loader per configuration, --threads "
                    + "configurations at once. A test class is run once for all the configurations in which every "
                    + "class it reaches is the same (the others take its result; --no-reuse runs it in each).",
            "Writes into --out: a folder per configuration (its defconfig; its sources and classes are kept "
                    + "only when it failed, or with --keep), matrix.json, matrix.html and junit/TEST-ID.xml. "
                    + "Prints a table (or, with --json, matrix.json). Exit status 1 when a configuration failed; "
                    + "each failure is printed with the command that reproduces it."
        })
final class MatrixCommand extends TreeFileCommand {
    /** The options of the sample: dropped from the command that reproduces one configuration. */
    private static final Set<String> SAMPLE_OPTIONS =
            Set.of("--strategy", "--t", "--seed", "--count", "--shard", "--time-limit", "--defconfig", "--threads",
                    "--json");

    @Mixin
    SampleArgs sampleArgs;

    @Mixin
    TemplateArgs templates;

    @Option(names = "--defconfig", paramLabel = "FILE",
            description = "Build and test this defconfig (repeatable); then no sample is drawn unless --strategy is given.")
    List<String> defconfigs;

    @Option(names = "--test-sources", paramLabel = "DIR",
            description = "Hand-written tests compiled and run with every configuration's rendered ones (repeatable).")
    List<Path> testSources;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Jars and folders the sources and tests need, separated by the path separator "
                    + "(':' on Unix; repeatable). JUnit Jupiter is there already.")
    List<String> classPath;

    @Option(names = "-D", paramLabel = "KEY=VALUE",
            description = "A system property while the tests run (repeatable), as Surefire's systemPropertyVariables.")
    Map<String, String> properties;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many configurations at once (default: one per processor).")
    Integer threads;

    @Option(names = "--release", paramLabel = "N",
            description = "javac --release (default: this JVM's version).")
    String release;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "A test that runs longer fails (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kconfig-matrix",
            description = "Where to work and write the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--keep", description = "Keep the sources and classes of configurations that passed too.")
    boolean keep;

    @Option(names = "--reuse", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Take a test class's result from a configuration that ran it on the same classes "
                    + "(default); --no-reuse runs every test in every configuration.")
    boolean reuse;

    @Option(names = "--json", description = "Print matrix.json instead of the table.")
    boolean json;

    @Spec
    CommandSpec spec;

    private SampleOptions sampleOptions;

    @Override
    public Integer call() {
        // Usage errors first, before anything is read.
        sampleOptions = sampleArgs.parse(spec.commandLine());
        templates.charset(spec.commandLine());
        if (threads != null && threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (timeout < 1) throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        return super.call();
    }

    @Override
    int run(ConfigSession session) throws IOException {
        templates.requireFolders(context().workingDirectory());
        Kconfig kconfig = session.load();
        messages.showDependencyWarnings(false);
        PrintStream err = context().err();
        List<MatrixEntry> entries = new ArrayList<>();
        SampleReport sample = null;
        if (defconfigs == null || spec.commandLine().getParseResult().hasMatchedOption("--strategy")) {
            sample = Sampling.run(kconfig, sampleOptions);
            for (Sample s : sample.samples()) {
                entries.add(new MatrixEntry(s.name(), s.defconfig(), sampleOptions.strategy().cliName()
                        + " sample, seed " + sampleOptions.seed()));
                s.mismatches().forEach(m -> err.println("kconfig: " + s.name() + ": " + m + " (a bug in the translation)"));
            }
        }
        if (defconfigs != null) {
            for (String name : defconfigs) entries.add(given(session, name));
        }
        Path base = context().workingDirectory();
        Matrix.Builder b = Matrix.builder()
                .tree(session::loadAgain)
                .generator(templates.builder(base, spec.commandLine()).build())
                .encoding(templates.charset(spec.commandLine()))
                .workDirectory(base.resolve(out))
                .testTimeout(Duration.ofSeconds(timeout))
                .keep(keep)
                .reuseResults(reuse)
                .reproduce(this::reproduce);
        if (testSources != null) testSources.forEach(d -> b.testSources(base.resolve(d)));
        if (classPath != null) {
            for (String p : classPath) {
                for (String entry : p.split(File.pathSeparator)) {
                    if (!entry.isEmpty()) b.classPath(base.resolve(entry));
                }
            }
        }
        if (properties != null) properties.forEach(b::systemProperty);
        if (threads != null) b.threads(threads);
        if (release != null) b.release(release);
        MatrixResult result = b.build().run(entries, sample == null ? null : sample.coverage(),
                sample == null ? null : sampleOptions.strategy().cliName(),
                r -> err.println(String.format(Locale.ROOT, "kconfig: %s: %s (%.1f s)", r.entry().id(),
                        r.status().label(), r.seconds())));
        Path html = MatrixReports.write(result, base.resolve(out));
        if (json) {
            context().out().print(Files.readString(base.resolve(out).resolve("matrix.json")));
        } else {
            context().out().print(MatrixReports.table(result));
        }
        err.println("kconfig: report: " + html);
        boolean mismatches = sample != null && sample.hasMismatches();
        return result.passed() && !mismatches ? 0 : 1;
    }

    /** A --defconfig file as an entry. */
    private static MatrixEntry given(ConfigSession session, String name) {
        Path file = session.findDefconfig(name);
        try {
            return MatrixEntry.of(file);
        } catch (IOException e) {
            throw new CliFailure(file + ": can't read: " + e.getMessage());
        }
    }

    /** This command for one configuration: the sample options replaced by its defconfig. */
    private String reproduce(String defconfigFile) {
        List<String> args = new ArrayList<>(List.of("kconfig"));
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int self = original.indexOf(spec.name());
        args.addAll(original.subList(0, Math.max(self, 0)));   // the options before the command's name
        args.addAll(List.of(spec.name(), "--defconfig", defconfigFile));
        for (int i = self + 1; i < original.size(); i++) {
            String a = original.get(i);
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            if (SAMPLE_OPTIONS.contains(name)) {
                if (!a.contains("=") && !name.equals("--json")) i++;   // its value
                continue;
            }
            args.add(a.matches("[A-Za-z0-9_./:=+,@%-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return String.join(" ", args);
    }
}
