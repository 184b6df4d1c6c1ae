package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.FileErrors;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Builds and tests many configurations of the product line in this Maven process, as {@code kconfig matrix}
 * does: a sample drawn from the Kconfig constraints (pairwise unless told otherwise) and any given defconfigs,
 * each rendered with the templates of {@code generate}, compiled with the project's test class path, and its
 * rendered tests and the project's own ({@code src/test/java}) run by the JUnit Platform, several
 * configurations at once. Writes {@code matrix.html}, {@code matrix.json} and {@code junit/TEST-<id>.xml} into
 * {@code workDirectory}; fails the build if a configuration fails, naming the command that reproduces it.
 */
@Mojo(name = "matrix", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class MatrixMojo extends AbstractRenderMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /**
     * How the sample is drawn: {@code twise}, {@code random}, {@code allyes}, {@code allno}, {@code alldef},
     * {@code one-enabled}, {@code one-disabled} (as {@code kconfig sample}), or {@code none}: only the defconfigs.
     */
    @Parameter(property = "kconfig.matrix.strategy", defaultValue = "twise")
    String strategy;

    /** The interaction strength of {@code twise} and of the coverage figure: 2 or 3. */
    @Parameter(property = "kconfig.matrix.t", defaultValue = "2")
    int t;

    /** The seed of everything random in the sample. */
    @Parameter(property = "kconfig.matrix.seed", defaultValue = "1")
    long seed;

    /** At most this many sampled configurations (0: as many as the strategy needs). */
    @Parameter(property = "kconfig.matrix.count", defaultValue = "0")
    int count;

    /** {@code I/N}: only share I of N of the sample, to spread it over several CI jobs. */
    @Parameter(property = "kconfig.matrix.shard")
    String shard;

    /** Defconfigs to build and test as well (each named after its file: {@code fast_defconfig} is {@code fast}). */
    @Parameter(property = "kconfig.matrix.defconfigs")
    List<File> defconfigs;

    /** A folder whose {@code *_defconfig} files are built and tested as well (a project's profiles). */
    @Parameter(property = "kconfig.matrix.defconfigDirectory")
    File defconfigDirectory;

    /** The project's own tests, compiled and run with every configuration's rendered ones (if the folder exists). */
    @Parameter(defaultValue = "${project.build.testSourceDirectory}")
    File testSourceDirectory;

    /** System properties while the tests run, as Surefire's. */
    @Parameter
    Map<String, String> systemPropertyVariables;

    /** How many configurations at once (default: one per processor). */
    @Parameter(property = "kconfig.matrix.threads")
    Integer threads;

    /** javac's {@code --release}. */
    @Parameter(property = "maven.compiler.release")
    String release;

    /** A test that runs longer than this many seconds fails. */
    @Parameter(property = "kconfig.matrix.timeout", defaultValue = "600")
    long timeout;

    /** Where each configuration is built and the reports are written. */
    @Parameter(property = "kconfig.matrix.directory", defaultValue = "${project.build.directory}/kconfig-matrix")
    File workDirectory;

    /** Keeps the sources and classes of configurations that passed too. */
    @Parameter(property = "kconfig.matrix.keep", defaultValue = "false")
    boolean keep;

    /**
     * Runs a test class once for all the configurations in which every class it reaches is the same, the others
     * taking its result; false runs every test in every configuration.
     */
    @Parameter(property = "kconfig.matrix.reuse", defaultValue = "true")
    boolean reuse;

    /** Reports failing configurations without failing the build. */
    @Parameter(property = "kconfig.matrix.testFailureIgnore", defaultValue = "false")
    boolean testFailureIgnore;

    /** Skips the goal (also with {@code skipTests}). */
    @Parameter(property = "kconfig.matrix.skip", defaultValue = "false")
    boolean skip;

    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests) {
            getLog().info("kconfig: matrix skipped");
            return;
        }
        boolean sampled = !"none".equals(strategy);
        SampleOptions options;
        try {
            options = sampled ? SampleOptions.parse(strategy, t, seed, count, shard, null) : null;
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("kconfig: " + e.getMessage().replace("--", "kconfig.matrix."));
        }
        KconfigTree tree = new KconfigTree(kconfigFile, environment);
        SessionLog sessionLog = new SessionLog(getLog(), tree);
        MatrixResult result = sessionLog.run(tree.sessionOptions().build(), session -> run(session, sessionLog, options));
        Path html;
        try {
            html = MatrixReports.write(result, workDirectory.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("kconfig: " + FileErrors.describe(e), e);
        }
        for (String line : MatrixReports.table(result).split("\n")) getLog().info(line);
        getLog().info("kconfig: report " + html);
        if (result.passed()) return;
        String message = "kconfig: " + result.failures().size() + " of " + result.entries().size()
                + " configurations failed (" + html + ")";
        if (testFailureIgnore) getLog().error(message);
        else throw new MojoFailureException(message);
    }

    private MatrixResult run(ConfigSession session, SessionLog sessionLog, SampleOptions options)
            throws MojoFailureException, IOException, DependencyResolutionRequiredException {
        List<MatrixEntry> entries = new ArrayList<>();
        SampleReport sample = null;
        if (options != null) {
            Kconfig kconfig = session.load();
            sessionLog.flushWarnings();   // the tree's warnings now, not after the whole matrix
            sample = Sampling.run(kconfig, options);
            if (sample.hasMismatches()) {
                List<String> lines = new ArrayList<>();
                for (Sample s : sample.samples()) s.mismatches().forEach(m -> lines.add(s.name() + ": " + m));
                throw new MojoFailureException("kconfig: the engine contradicts the solver (a bug in the translation):\n"
                        + String.join("\n", lines));
            }
            for (Sample s : sample.samples()) {
                entries.add(new MatrixEntry(s.name(), s.defconfig(), strategy + " sample, seed " + seed));
            }
        }
        for (File f : givenDefconfigs()) entries.add(MatrixEntry.of(f.toPath()));
        if (entries.isEmpty()) throw new MojoFailureException("kconfig: no configuration to build (strategy none, no defconfigs)");

        Matrix.Builder b = Matrix.builder()
                .tree(session::loadAgain)
                .generator(generatorBuilder().build())
                .encoding(charset())
                .workDirectory(workDirectory.toPath())
                .testTimeout(Duration.ofSeconds(timeout))
                .keep(keep)
                .reuseResults(reuse)
                .reproduce(this::reproduce);
        if (testSourceDirectory != null && testSourceDirectory.isDirectory()) b.testSources(testSourceDirectory.toPath());
        Path classes = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory()).toAbsolutePath().normalize();
        for (String element : project.getTestClasspathElements()) {
            Path p = Path.of(element).toAbsolutePath().normalize();
            // The project's own classes are those of its one configuration, not of the sample's.
            if (!p.equals(classes) && !p.equals(testClasses)) b.classPath(p);
        }
        if (systemPropertyVariables != null) systemPropertyVariables.forEach(b::systemProperty);
        if (threads != null) b.threads(threads);
        if (release != null && !release.isBlank()) b.release(release.strip());
        getLog().info(String.format(Locale.ROOT, "kconfig: matrix of %d configurations%s", entries.size(),
                sample == null ? "" : String.format(Locale.ROOT, " (%s, %d-wise coverage %.2f %%)", strategy,
                        sample.coverage().t(), sample.coverage().percent())));
        return b.build().run(entries, sample == null ? null : sample.coverage(), sample == null ? null : strategy,
                r -> getLog().info(String.format(Locale.ROOT, "kconfig: %s: %s (%.1f s)", r.entry().id(),
                        r.status().label(), r.seconds())));
    }

    private List<File> givenDefconfigs() throws IOException, MojoFailureException {
        List<File> files = new ArrayList<>();
        if (defconfigs != null) {
            for (File f : defconfigs) {
                if (!f.isFile()) throw new MojoFailureException("kconfig: can't find default configuration \"" + f + "\"");
                files.add(f);
            }
        }
        if (defconfigDirectory != null) {
            if (!defconfigDirectory.isDirectory()) {
                throw new MojoFailureException("kconfig: defconfigDirectory " + defconfigDirectory + " is no folder");
            }
            try (Stream<Path> list = Files.list(defconfigDirectory.toPath())) {
                list.filter(p -> p.getFileName().toString().endsWith("_defconfig")).sorted().map(Path::toFile)
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** The build of this one configuration: the project's module with the defconfig, tests included. */
    private String reproduce(String defconfigFile) {
        Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", project.getBasedir().getPath()));
        Path module = root.toAbsolutePath().normalize().relativize(project.getBasedir().toPath().toAbsolutePath().normalize());
        String maven = Files.isRegularFile(root.resolve("mvnw")) ? "./mvnw" : "mvn";
        String pl = module.toString().isEmpty() ? "" : " -pl " + module + " -am";
        return maven + pl + " -Dkconfig.defconfig=" + defconfigFile + " package";
    }
}
