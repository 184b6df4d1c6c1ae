package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
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
 * <p>Reads the Kconfig tree ({@code kconfigFile}) and the configuration: a defconfig ({@code kconfig.defconfig},
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
public final class GenerateMojo extends AbstractMojo {
    /** Where the resolved .config is in the jar. */
    static final String CONFIG_RESOURCE = "META-INF/kconfig/config";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** The top Kconfig file. Files it sources are relative to its folder (or to {@code $srctree}). */
    @Parameter(property = "kconfig.file", defaultValue = "${maven.multiModuleProjectDirectory}/Config.uk")
    File kconfigFile;

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

    /** The modules: every {@code <module>/Makefile.uk} below it selects templates of its folder. */
    @Parameter(property = "kconfig.modules", defaultValue = "${maven.multiModuleProjectDirectory}/modules")
    File modulesDirectory;

    /** Shared templates: {@code macros.vm} here is the global macro library. */
    @Parameter(property = "kconfig.templates", defaultValue = "${maven.multiModuleProjectDirectory}/templates")
    File templatesDirectory;

    /**
     * A folder of templates that replace others file by file: {@code <module>/templates/main/...} replaces that
     * module template, {@code macros.vm} the shared macros, {@code kconfig/Constants.java.vm} the constants
     * class template.
     */
    @Parameter(property = "kconfig.templateOverrides")
    File templateOverrides;

    /**
     * The fully qualified name of the constants class (for example {@code dev.tailor.ukalloc.BuildConfig});
     * none is written when it is not set.
     */
    @Parameter(property = "kconfig.constantsClass")
    String constantsClass;

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

    /** Environment variables for the Kconfig files, on top of the process's. */
    @Parameter
    Map<String, String> environment;

    /** The encoding of templates and rendered sources. */
    @Parameter(property = "kconfig.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /**
     * Renders nothing; sources rendered before are still added to the project. Nothing is resolved, so no
     * {@code kconfig.*} project property is set.
     */
    @Parameter(property = "kconfig.skip", defaultValue = "false")
    boolean skip;

    /** Renders even when the inputs are unchanged. */
    @Parameter(property = "kconfig.force", defaultValue = "false")
    boolean force;

    /** Warnings while reading the configuration (and unmet dependencies) fail the build, as KCONFIG_WERROR. */
    @Parameter(property = "kconfig.werror", defaultValue = "false")
    boolean failOnWarnings;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("kconfig: skipped (kconfig.skip)");
            addRoots();
            return;
        }
        BigStack.call(() -> {
            generate();
            return null;
        });
        addRoots();
    }

    /**
     * The configuration a build uses: what it is, for the log, and its file (null for the defaults). A
     * defconfig and a .config are read alike (conf_read, then defaults for the rest), as Linux's conf does.
     */
    private record ConfigInput(String description, Path file) {}

    private ConfigInput configInput() throws MojoFailureException {
        if (config != null && defconfig != null) {
            throw new MojoFailureException("kconfig: both kconfig.config (" + config + ") and kconfig.defconfig ("
                    + defconfig + ") are set; a build uses one of them");
        }
        if (defconfig != null) {
            Path file = defconfig.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new MojoFailureException("kconfig: can't find default configuration \"" + file + "\"");
            }
            return new ConfigInput("defconfig " + file, file);
        }
        if (config != null) {
            Path file = config.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new MojoFailureException("kconfig: can't find configuration \"" + file + "\"");
            }
            return new ConfigInput("config " + file, file);
        }
        Path own = project.getBasedir().toPath().resolve(".config");
        if (Files.isRegularFile(own)) return new ConfigInput("config " + own, own);
        return new ConfigInput("the Kconfig defaults", null);
    }

    private void generate() throws MojoExecutionException, MojoFailureException, IOException {
        Charset charset = Charset.forName(encoding == null || encoding.isEmpty() ? "UTF-8" : encoding);
        KconfigTree tree = new KconfigTree(kconfigFile, environment);
        ConfigInput input = configInput();
        LogDiagnostics diagnostics = new LogDiagnostics(getLog());
        Kconfig kconfig = tree.load(diagnostics);
        String dotConfig;
        try {
            if (input.file() != null) {
                new ConfigReader(kconfig).read(input.file(), input.file().toString());
            }
            new ConfigTool(kconfig).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
            dotConfig = new ConfigWriter(kconfig).dotConfig();
        } catch (KconfigException e) {
            throw tree.failure(e);
        } catch (IOException e) {
            throw new MojoFailureException(input.file() + ": can't read the configuration: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("kconfig: " + e.getMessage(), e);
        }
        if (failOnWarnings && !diagnostics.warnings().isEmpty()) {
            throw new MojoFailureException("kconfig: warnings are errors (kconfig.werror):\n"
                    + String.join("\n", diagnostics.warnings()));
        }
        // Also when the sources are up to date: the properties live only as long as this build.
        Map<String, String> properties = ConfigProperties.of(kconfig);
        project.getProperties().putAll(properties);
        if (getLog().isDebugEnabled()) getLog().debug("kconfig: project properties " + properties);

        Path modules = path(modulesDirectory);
        Path shared = path(templatesDirectory);
        Path overrides = path(templateOverrides);
        List<Module> moduleList = modules(modules);

        InputDigest digest = new InputDigest();
        digest.add("plugin", plugin == null ? "?" : plugin.getId());
        File pluginFile = plugin == null || plugin.getPluginArtifact() == null ? null
                : plugin.getPluginArtifact().getFile();
        digest.addFile("plugin-file", pluginFile == null ? null : pluginFile.toPath());
        digest.add("kconfigFile", tree.topFile.toString());
        digest.add("input", input.description());
        digest.add("constantsClass", constantsClass);
        digest.add("encoding", charset.name());
        digest.add("outputs", outputDirectory + "|" + testOutputDirectory + "|" + resourceOutputDirectory);
        for (String f : kconfig.files()) digest.addFile("kconfig:" + f, tree.resolve(f));
        new TreeMap<>(kconfig.environmentUsed()).forEach((k, v) -> digest.add("env:" + k, v));
        digest.addFile("config", input.file());
        digest.add("resolved", dotConfig);
        for (Module m : moduleList) {
            digest.addFile("makefile:" + m.name(), m.makefile());
            digest.addFolder("module-templates:" + m.name(), m.dir().resolve("templates"));
        }
        digest.addFolder("shared", shared);
        digest.addFolder("overrides", overrides);
        String inputs = digest.hex();

        Path main = outputDirectory.toPath().toAbsolutePath();
        Path test = testOutputDirectory.toPath().toAbsolutePath();
        Path resources = resourceOutputDirectory.toPath().toAbsolutePath();
        Path state = stateFile.toPath().toAbsolutePath();
        if (!force && GenerateState.upToDate(state, inputs)) {
            getLog().info("kconfig: sources up to date (" + input.description() + ")");
            return;
        }

        Renderer renderer = new Renderer(overrides, modules, shared, charset.name());
        ConfigView view = new ConfigView(kconfig);
        Map<String, byte[]> mainFiles = new TreeMap<>();
        Map<String, byte[]> testFiles = new TreeMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        int rendered = 0;
        for (Module m : moduleList) {
            for (MakefileUk.Entry e : m.entries()) {
                String name = m.name() + "/" + e.template();
                String at = m.makefile() + ":" + e.line();
                if (renderer.locate(name) == null) {
                    throw new MojoFailureException(at + ": template not found: " + m.dir().resolve(e.template())
                            + (overrides != null ? " (nor " + overrides.resolve(name) + ")" : ""));
                }
                if (e.symbol() != null && view.find(e.symbol()) == null) {
                    getLog().warn(at + ": CONFIG_" + e.symbol() + " is not defined by the Kconfig tree; "
                            + e.template() + " is never rendered");
                }
                boolean on = e.symbol() != null ? view.enabled(e.symbol()) : e.always();
                if (!on) continue;
                Map<String, byte[]> target = e.kind() == MakefileUk.Kind.TEST ? testFiles : mainFiles;
                String key = e.kind() + ":" + e.output();
                String previous = origin.putIfAbsent(key, name);
                if (previous != null) {
                    if (previous.equals(name)) continue;
                    throw new MojoFailureException(at + ": " + e.output() + " is rendered from both " + previous
                            + " and " + name);
                }
                target.put(e.output(), (header(e.output(), name) + renderer.render(name, Map.of("config", view))).getBytes(charset));
                rendered++;
            }
        }
        List<String> skipped = new ArrayList<>();
        if (constantsClass != null && !constantsClass.isBlank()) {
            String cls = constantsClass.strip();
            if (!cls.matches("([A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*")) {
                throw new MojoFailureException("kconfig: constantsClass \"" + cls + "\" is no Java class name");
            }
            int dot = cls.lastIndexOf('.');
            String prefix = kconfig.configPrefix();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("packageName", dot < 0 ? "" : cls.substring(0, dot));
            values.put("className", cls.substring(dot + 1));
            values.put("title", ConstantsClass.commentSafe(kconfig.mainMenuTitle()));
            values.put("fields", ConstantsClass.fields(kconfig, dotConfig, prefix, skipped));
            values.put("config", view);
            String path = cls.replace('.', '/') + ".java";
            if (mainFiles.containsKey(path)) {
                throw new MojoFailureException("kconfig: the constants class " + cls + " is also rendered from "
                        + origin.get("MAIN:" + path));
            }
            mainFiles.put(path, renderer.render(ConstantsClass.TEMPLATE, values).getBytes(charset));
        }
        for (String s : skipped) getLog().warn("kconfig: no constant for " + s);

        Map<Path, Map<String, byte[]>> roots = new LinkedHashMap<>();
        roots.put(main, mainFiles);
        roots.put(test, testFiles);
        roots.put(resources, Map.of(CONFIG_RESOURCE, ByteText.encode(dotConfig)));
        Outputs.Result result = Outputs.sync(roots);
        if (result.written() + result.deleted() > 0 && compiledDirectories != null) {
            for (File dir : compiledDirectories) Outputs.deleteTree(dir.toPath().toAbsolutePath());
        }
        GenerateState.save(state, inputs, roots);
        getLog().info("kconfig: " + input.description() + ": " + rendered + " template(s) of " + moduleList.size()
                + " module(s) rendered; " + result.written() + " file(s) written, " + result.unchanged()
                + " unchanged, " + result.deleted() + " deleted");
    }

    private static Path path(File f) {
        return f == null ? null : f.toPath().toAbsolutePath().normalize();
    }

    /** A module folder with its Makefile.uk. */
    private record Module(String name, Path dir, Path makefile, List<MakefileUk.Entry> entries) {}

    /** Every {@code <modules>/<name>/Makefile.uk}, sorted by name, parsed. */
    private static List<Module> modules(Path modules) throws IOException, MojoFailureException {
        List<Module> out = new ArrayList<>();
        if (modules == null || !Files.isDirectory(modules)) return out;
        List<Path> dirs;
        try (Stream<Path> list = Files.list(modules)) {
            dirs = list.filter(d -> Files.isRegularFile(d.resolve("Makefile.uk"))).sorted().toList();
        }
        for (Path dir : dirs) {
            Path makefile = dir.resolve("Makefile.uk");
            List<MakefileUk.Entry> entries;
            try {
                entries = MakefileUk.parse(makefile.toString(), Files.readString(makefile, StandardCharsets.UTF_8));
            } catch (KconfigException e) {
                throw new MojoFailureException(e.getMessage(), e);
            }
            out.add(new Module(dir.getFileName().toString(), dir, makefile, entries));
        }
        return out;
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

    /** The first line of a rendered Java file: the template it came from (a path below the modules folder). */
    static String header(String output, String template) {
        return output.endsWith(".java") ? "// Rendered by kconfig-maven-plugin from " + template + ": do not edit.\n" : "";
    }
}
