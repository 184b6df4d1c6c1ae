package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.generate.ConfigInput;
import dev.tailor.kconfig.generate.ConfigProperties;
import dev.tailor.kconfig.generate.GenerateException;
import dev.tailor.kconfig.generate.Generator;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.SessionOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Resolves the configuration and renders the sources it selects.
 *
 * <p>A front end of {@link Generator}, which does the work. Reads the Kconfig tree ({@code kconfigFile}) and the configuration: a defconfig ({@code kconfig.defconfig},
 * read and completed with defaults, as {@code make xxx_defconfig}), else a .config ({@code kconfig.config}, as
 * {@code make olddefconfig}), else the project's {@code .config} if there is one, else none: every symbol at
 * its default. Then renders the templates that every module's {@code Makefile.uk} selects for that
 * configuration into {@code target/generated-sources/kconfig} (sources) and
 * {@code target/generated-test-sources/kconfig} (tests), writes the constants class ({@code constantsClass})
 * and puts the resolved .config into the jar as {@code META-INF/kconfig/config}. All three folders are added to
 * the project, and the resolved configuration becomes project properties ({@link ConfigProperties}:
 * {@code kconfig.CONFIG_<SYM>}, {@code kconfig.skip.CONFIG_<SYM>}) for the plugin executions after this one.
 *
 * <p>Incremental: a digest of every input (the Kconfig files the tree read, the environment variables it
 * used, the configuration, the Makefile.uk files and templates, the plugin, the parameters) is kept in
 * {@code stateFile}; when it is unchanged and the outputs are there, nothing is rendered or written ("kconfig:
 * sources up to date"). Otherwise only files whose content changed are written, and files left from a previous
 * configuration are deleted: the output folders belong to this goal.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractRenderMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /**
     * A .config to build (read as {@code make olddefconfig} reads it: new symbols get their defaults). When
     * neither this nor {@code defconfig} is set, the project's {@code .config} is used if it exists, else the
     * Kconfig defaults.
     */
    @Parameter(property = "kconfig.config")
    File config;

    /** A defconfig to build: read, then every other symbol at its default, as {@code make xxx_defconfig}. */
    @Parameter(property = "kconfig.defconfig")
    File defconfig;

    /** Where sources are rendered (owned by this goal: other files in it are deleted). */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/kconfig", required = true)
    File outputDirectory;

    /** Where test sources are rendered (owned by this goal). */
    @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/kconfig", required = true)
    File testOutputDirectory;

    /** Where the resolved .config is put for the jar (owned by this goal). */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/kconfig", required = true)
    File resourceOutputDirectory;

    /**
     * The folders compiled from the rendered sources (classes, test classes): emptied whenever the rendered
     * files change, so that nothing of an earlier configuration reaches this one's jar (the compiler removes
     * the classes it made, but leaves their package folders, and files other plugins put there). An empty
     * list leaves them alone.
     */
    @Parameter(defaultValue = "${project.build.outputDirectory},${project.build.testOutputDirectory}")
    List<File> compiledDirectories;

    /** The digest of the inputs of the last run and its outputs; delete it (or use kconfig.force) to rerun. */
    @Parameter(defaultValue = "${project.build.directory}/kconfig/generate.state", required = true)
    File stateFile;

    /**
     * Renders nothing; sources rendered before are still added to the project. Nothing is resolved, so no
     * {@code kconfig.*} project property is set.
     */
    @Parameter(property = "kconfig.skip", defaultValue = "false")
    boolean skip;

    /** Renders even when the inputs are unchanged. */
    @Parameter(property = "kconfig.force", defaultValue = "false")
    boolean force;

    /** Warnings while reading the configuration (and unmet dependencies) fail the build, as KCONFIG_WERROR does. */
    @Parameter(property = "kconfig.werror", defaultValue = "false")
    boolean failOnWarnings;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("kconfig: skipped (kconfig.skip)");
            addRoots();
            return;
        }
        KconfigTree tree = new KconfigTree(kconfigFile, environment);
        SessionOptions.Builder options = tree.sessionOptions();
        if (failOnWarnings) options.werror(true);
        new SessionLog(getLog(), tree).run(options.build(), session -> {
            generate(session);
            return null;
        });
        addRoots();
    }

    /**
     * The configuration a build uses: {@code kconfig.defconfig}, else {@code kconfig.config}, else the
     * project's .config if there is one, else the Kconfig defaults.
     */
    private ConfigInput configInput() throws MojoFailureException, GenerateException {
        if (config != null && defconfig != null) {
            throw new MojoFailureException("kconfig: both kconfig.config (" + config + ") and kconfig.defconfig ("
                    + defconfig + ") are set; a build uses one of them");
        }
        if (defconfig != null) return ConfigInput.defconfig(defconfig.toPath());
        if (config != null) return ConfigInput.config(config.toPath());
        Path own = project.getBasedir().toPath().resolve(".config");
        return Files.isRegularFile(own) ? ConfigInput.config(own) : ConfigInput.defaults();
    }

    /** Resolves the configuration in the session, then renders it. */
    private void generate(ConfigSession session) throws IOException, MojoFailureException {
        try {
            ConfigInput input = configInput();
            Kconfig kconfig = session.load();
            session.read(input);
            session.failOnReadWarnings();
            session.failOnDependencyWarnings();
            // Also when the sources are up to date: the properties live only as long as this build.
            Map<String, String> properties = ConfigProperties.of(kconfig);
            project.getProperties().putAll(properties);
            if (getLog().isDebugEnabled()) getLog().debug("kconfig: project properties " + properties);

            Generator.Result result = generator().generate(kconfig, input);
            result.warnings().forEach(getLog()::warn);
            getLog().info(result.summary());
        } catch (GenerateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The generator of this goal's parameters; the plugin is one of its inputs. */
    private Generator generator() {
        Generator.Builder b = generatorBuilder()
                .outputs(outputDirectory.toPath(), testOutputDirectory.toPath(), resourceOutputDirectory.toPath())
                .stateFile(stateFile.toPath())
                .force(force)
                .toolInput("plugin", plugin == null ? "?" : plugin.getId());
        File pluginFile = plugin == null || plugin.getPluginArtifact() == null ? null
                : plugin.getPluginArtifact().getFile();
        b.toolFile("plugin-file", pluginFile == null ? null : pluginFile.toPath());
        if (compiledDirectories != null) compiledDirectories.forEach(d -> b.compiledDirectory(d.toPath()));
        return b.build();
    }


    /** Adds the output folders to the project: sources, test sources, and the resolved .config as a resource. */
    private void addRoots() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        project.addTestCompileSourceRoot(testOutputDirectory.getAbsolutePath());
        String dir = resourceOutputDirectory.getAbsolutePath();
        for (Resource r : project.getResources()) {
            if (dir.equals(r.getDirectory())) return;
        }
        Resource resource = new Resource();
        resource.setDirectory(dir);
        project.addResource(resource);
    }
}
