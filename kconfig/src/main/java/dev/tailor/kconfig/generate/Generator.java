package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders the sources a resolved configuration selects, without Maven: what the plugin's {@code generate}
 * goal and {@code kconfig generate} run, and what any other build tool or test can run in-process.
 *
 * <p>The templates: every {@code <root>/<module>/Makefile.uk} of the template roots names templates of its
 * module that a symbol enables (see {@link MakefileUk}); they are rendered by Velocity in strict mode with
 * the configuration as {@code $config} (a {@link ConfigView}) and the macros of {@code macros.vm} in the
 * shared templates folder. A folder of overrides may replace any template file by file. With a constants
 * class name, a class of the configuration's values is rendered too ({@code kconfig/Constants.java.vm},
 * built in), and the resolved .config always becomes the resource {@value #CONFIG_RESOURCE}. A module
 * descriptor ({@value #MODULE_DESCRIPTOR}) is rendered last, knowing the packages of everything else.
 *
 * <p>{@link #render} gives the files in memory; {@link #generate} writes them into output folders that
 * belong to it (files of an earlier configuration are deleted, unchanged files are not touched) and,
 * with a state file, renders nothing when no input changed since the last run.
 *
 * <p>Templates are read once per generator and cached: make a new one when they may have changed. A
 * generator may render several configurations, one after another or from several threads, each with its
 * own {@link Kconfig}.
 */
public final class Generator {
    /** Where the resolved .config is among the resources (and so in a jar). */
    public static final String CONFIG_RESOURCE = "META-INF/kconfig/config";
    /**
     * A template rendered to this file (at the top of the main or test sources) is rendered after every other
     * source of its kind, with {@code $packages}: the packages those sources are in, sorted.
     */
    public static final String MODULE_DESCRIPTOR = "module-info.java";

    private final List<Path> templateRoots;
    private final Path shared;
    private final Path overrides;
    private final String constantsClass;
    private final Charset encoding;
    private final Path mainOutput;
    private final Path testOutput;
    private final Path resourceOutput;
    private final List<Path> compiledDirectories;
    private final Path stateFile;
    private final boolean force;
    private final Map<String, String> toolInputs;
    private final Map<String, Path> toolFiles;
    private Renderer renderer;

    private Generator(Builder b) {
        templateRoots = List.copyOf(b.templateRoots);
        shared = b.shared;
        overrides = b.overrides;
        constantsClass = b.constantsClass == null || b.constantsClass.isBlank() ? null : b.constantsClass.strip();
        encoding = b.encoding;
        mainOutput = b.mainOutput;
        testOutput = b.testOutput;
        resourceOutput = b.resourceOutput;
        compiledDirectories = List.copyOf(b.compiledDirectories);
        stateFile = b.stateFile;
        force = b.force;
        toolInputs = new LinkedHashMap<>(b.toolInputs);
        toolFiles = new LinkedHashMap<>(b.toolFiles);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings of a {@link Generator}. Paths are made absolute; folders that do not exist are empty. */
    public static final class Builder {
        private final List<Path> templateRoots = new ArrayList<>();
        private Path shared;
        private Path overrides;
        private String constantsClass;
        private Charset encoding = StandardCharsets.UTF_8;
        private Path mainOutput;
        private Path testOutput;
        private Path resourceOutput;
        private final List<Path> compiledDirectories = new ArrayList<>();
        private Path stateFile;
        private boolean force;
        private final Map<String, String> toolInputs = new LinkedHashMap<>();
        private final Map<String, Path> toolFiles = new LinkedHashMap<>();

        private Builder() {}

        /**
         * A folder of modules ({@code <module>/Makefile.uk}, {@code <module>/templates/...}); several may be
         * given, each module name once. Null adds none.
         */
        public Builder templateRoot(Path dir) {
            if (dir != null) templateRoots.add(absolute(dir));
            return this;
        }

        /** The shared templates: {@code macros.vm} there is the global macro library. */
        public Builder sharedTemplates(Path dir) {
            shared = absolute(dir);
            return this;
        }

        /**
         * Templates that replace others file by file: {@code <module>/templates/main/...} a module's,
         * {@code macros.vm} the shared macros, {@code kconfig/Constants.java.vm} the constants class's.
         */
        public Builder templateOverrides(Path dir) {
            overrides = absolute(dir);
            return this;
        }

        /** The fully qualified name of the constants class; none is rendered when null or blank. */
        public Builder constantsClass(String name) {
            constantsClass = name;
            return this;
        }

        /** The encoding of templates and rendered sources (UTF-8 unless set). */
        public Builder encoding(Charset charset) {
            encoding = Objects.requireNonNull(charset, "encoding");
            return this;
        }

        /** Where {@link #generate} writes sources, test sources and resources: folders it owns. */
        public Builder outputs(Path main, Path test, Path resources) {
            mainOutput = absolute(main);
            testOutput = absolute(test);
            resourceOutput = absolute(resources);
            return this;
        }

        /**
         * A folder compiled from the outputs (classes): emptied whenever {@link #generate} changes a file, so
         * that nothing of an earlier configuration (a class, an empty package folder) survives into this one.
         */
        public Builder compiledDirectory(Path dir) {
            compiledDirectories.add(absolute(dir));
            return this;
        }

        /** Where {@link #generate} keeps the digest of its inputs; without one it always renders. */
        public Builder stateFile(Path file) {
            stateFile = absolute(file);
            return this;
        }

        /** Renders even when the inputs are unchanged. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** Something else that decides the outputs (the calling tool's version): a change renders again. */
        public Builder toolInput(String label, String value) {
            toolInputs.put(label, value);
            return this;
        }

        /** A file that decides the outputs (the calling tool's jar): a change renders again. */
        public Builder toolFile(String label, Path file) {
            toolFiles.put(label, file == null ? null : absolute(file));
            return this;
        }

        public Generator build() {
            return new Generator(this);
        }

        private static Path absolute(Path p) {
            return p == null ? null : p.toAbsolutePath().normalize();
        }
    }

    /**
     * What a render made: file contents by path relative to their output folder ({@code /}-separated), and
     * the warnings on the way (a Makefile.uk naming an undefined symbol, a symbol without a constant).
     */
    public record Rendering(Map<String, byte[]> mainFiles, Map<String, byte[]> testFiles,
            Map<String, byte[]> resourceFiles, int templates, int modules, List<String> warnings) {
        /** Writes the files into folders that belong to them: whatever else is there is deleted. */
        public void writeTo(Path main, Path test, Path resources) throws IOException {
            Map<Path, Map<String, byte[]>> roots = new LinkedHashMap<>();
            roots.put(main, mainFiles);
            roots.put(test, testFiles);
            roots.put(resources, resourceFiles);
            Outputs.sync(roots);
        }
    }

    /**
     * What {@link #generate} did.
     *
     * @param input the configuration's description
     * @param upToDate whether nothing was rendered, the inputs being unchanged
     * @param templates how many templates were rendered
     * @param modules of how many modules
     */
    public record Result(String input, boolean upToDate, int templates, int modules, int written, int unchanged,
            int deleted, List<String> warnings) {
        /** The line the front ends print. */
        public String summary() {
            if (upToDate) return "kconfig: sources up to date (" + input + ")";
            return "kconfig: " + input + ": " + templates + " template(s) of " + modules + " module(s) rendered; "
                    + written + " file(s) written, " + unchanged + " unchanged, " + deleted + " deleted";
        }
    }

    /** Renders the templates a resolved configuration selects, in memory. */
    public Rendering render(Kconfig kconfig) throws GenerateException, IOException {
        return render(kconfig, modules(), new ConfigWriter(kconfig).dotConfig());
    }

    /**
     * Renders into the output folders: unless forced, nothing when the state file says that no input changed
     * (the Kconfig files and the environment they read, the configuration, the Makefile.uk files, every
     * template, the settings, the tool) and the outputs are still there.
     *
     * @param input what the configuration was resolved from (its file is an input of the digest)
     */
    public Result generate(Kconfig kconfig, ConfigInput input) throws GenerateException, IOException {
        Objects.requireNonNull(mainOutput, "no outputs set");
        String dotConfig = new ConfigWriter(kconfig).dotConfig();
        List<Module> modules = modules();
        String inputs = digest(kconfig, input, dotConfig, modules);
        if (!force && stateFile != null && GenerateState.upToDate(stateFile, inputs)) {
            return new Result(input.description(), true, 0, 0, 0, 0, 0, List.of());
        }
        Rendering r = render(kconfig, modules, dotConfig);
        Map<Path, Map<String, byte[]>> roots = new LinkedHashMap<>();
        roots.put(mainOutput, r.mainFiles());
        roots.put(testOutput, r.testFiles());
        roots.put(resourceOutput, r.resourceFiles());
        Outputs.Result synced = Outputs.sync(roots);
        if (synced.written() + synced.deleted() > 0) {
            for (Path dir : compiledDirectories) Outputs.deleteTree(dir);
        }
        if (stateFile != null) GenerateState.save(stateFile, inputs, roots);
        return new Result(input.description(), false, r.templates(), r.modules(), synced.written(), synced.unchanged(),
                synced.deleted(), r.warnings());
    }

    /** A module folder with its Makefile.uk. */
    private record Module(String name, Path dir, Path makefile, List<MakefileUk.Entry> entries) {}

    /** Every {@code <root>/<name>/Makefile.uk}, by root and then by name, parsed; a name may be used once. */
    private List<Module> modules() throws GenerateException, IOException {
        List<Module> out = new ArrayList<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path root : templateRoots) {
            if (!Files.isDirectory(root)) continue;
            List<Path> dirs;
            try (Stream<Path> list = Files.list(root)) {
                dirs = list.filter(d -> Files.isRegularFile(d.resolve("Makefile.uk"))).sorted().toList();
            }
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                Path other = seen.putIfAbsent(name, dir);
                if (other != null) {
                    // Templates are found by their path below a root: the second module's would be the first's.
                    throw new GenerateException("kconfig: two modules named " + name + ": " + other + " and " + dir);
                }
                Path makefile = dir.resolve("Makefile.uk");
                try {
                    out.add(new Module(name, dir, makefile,
                            MakefileUk.parse(makefile.toString(), Files.readString(makefile, StandardCharsets.UTF_8))));
                } catch (KconfigException e) {
                    throw new GenerateException(e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private String digest(Kconfig kconfig, ConfigInput input, String dotConfig, List<Module> modules) throws IOException {
        InputDigest digest = new InputDigest();
        toolInputs.forEach(digest::add);
        for (Map.Entry<String, Path> f : toolFiles.entrySet()) digest.addFile(f.getKey(), f.getValue());
        digest.addFile("library", libraryFile());
        digest.add("kconfigFile", kconfig.path(kconfig.files().getFirst()).toString());
        digest.add("input", input.description());
        digest.add("constantsClass", constantsClass);
        digest.add("encoding", encoding.name());
        digest.add("outputs", mainOutput + "|" + testOutput + "|" + resourceOutput);
        for (String f : kconfig.files()) digest.addFile("kconfig:" + f, kconfig.path(f));
        new TreeMap<>(kconfig.environmentUsed()).forEach((k, v) -> digest.add("env:" + k, v));
        digest.addFile("config", input.file());
        digest.add("resolved", dotConfig);
        for (Path root : templateRoots) digest.add("root", root.toString());
        for (Module m : modules) {
            digest.addFile("makefile:" + m.name(), m.makefile());
            digest.addFolder("module-templates:" + m.name(), m.dir().resolve("templates"));
        }
        digest.addFolder("shared", shared);
        digest.addFolder("overrides", overrides);
        return digest.hex();
    }

    /** The jar this class came from (a new kconfig may render differently), or null when it is no file. */
    private static Path libraryFile() {
        Path p = CodeLocation.of(Generator.class);
        return p != null && Files.isRegularFile(p) ? p : null;
    }

    private synchronized Renderer renderer() throws GenerateException {
        if (renderer == null) renderer = new Renderer(overrides, templateRoots, shared, encoding.name());
        return renderer;
    }

    private Rendering render(Kconfig kconfig, List<Module> modules, String dotConfig) throws GenerateException {
        Renderer renderer = renderer();
        ConfigView view = new ConfigView(kconfig);
        Map<String, byte[]> mainFiles = new TreeMap<>();
        Map<String, byte[]> testFiles = new TreeMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        // The template of the main and of the test sources' module descriptor, if any: rendered last.
        Map<MakefileUk.Kind, String> descriptors = new EnumMap<>(MakefileUk.Kind.class);
        int rendered = 0;
        for (Module m : modules) {
            for (MakefileUk.Entry e : m.entries()) {
                String name = m.name() + "/" + e.template();
                String at = m.makefile() + ":" + e.line();
                if (renderer.locate(name) == null) {
                    throw new GenerateException(at + ": template not found: " + m.dir().resolve(e.template())
                            + (overrides != null ? " (nor " + overrides.resolve(name) + ")" : ""));
                }
                if (e.symbol() != null && view.find(e.symbol()) == null) {
                    // Named as the Makefile.uk line names it (SRCS-$(CONFIG_X): fixed text, see MakefileUk).
                    warnings.add(at + ": CONFIG_" + e.symbol() + " is not defined by the Kconfig tree; "
                            + e.template() + " is never rendered");
                }
                boolean on = e.symbol() != null ? view.enabled(e.symbol()) : e.always();
                if (!on) continue;
                Map<String, byte[]> target = e.kind() == MakefileUk.Kind.TEST ? testFiles : mainFiles;
                String previous = origin.putIfAbsent(e.kind() + ":" + e.output(), name);
                if (previous != null) {
                    if (previous.equals(name)) continue;
                    throw new GenerateException(at + ": " + e.output() + " is rendered from both " + previous + " and "
                            + name);
                }
                if (e.output().equals(MODULE_DESCRIPTOR)) {
                    descriptors.put(e.kind(), name);
                    continue;
                }
                target.put(e.output(), (header(e.output(), name) + renderer.render(name, Map.of("config", view)))
                        .getBytes(encoding));
                rendered++;
            }
        }
        if (constantsClass != null) {
            String path = constantsClass.replace('.', '/') + ".java";
            if (mainFiles.containsKey(path)) {
                throw new GenerateException("kconfig: the constants class " + constantsClass + " is also rendered from "
                        + origin.get("MAIN:" + path));
            }
            mainFiles.put(path, renderer.render(ConstantsClass.TEMPLATE, constants(kconfig, view, warnings))
                    .getBytes(encoding));
        }
        // Last, when every other source of its kind is known: the module descriptor lists their packages.
        for (Map.Entry<MakefileUk.Kind, String> d : descriptors.entrySet()) {
            Map<String, byte[]> target = d.getKey() == MakefileUk.Kind.TEST ? testFiles : mainFiles;
            String text = renderer.render(d.getValue(), Map.of("config", view, "packages", packages(target.keySet())));
            target.put(MODULE_DESCRIPTOR, (header(MODULE_DESCRIPTOR, d.getValue()) + text).getBytes(encoding));
            rendered++;
        }
        Map<String, byte[]> resources = Map.of(CONFIG_RESOURCE, ByteText.encode(dotConfig));
        return new Rendering(mainFiles, testFiles, resources, rendered, modules.size(), warnings);
    }

    /** The context of the constants class template. */
    private Map<String, Object> constants(Kconfig kconfig, ConfigView view, List<String> warnings)
            throws GenerateException {
        if (!constantsClass.matches("([A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new GenerateException("kconfig: constantsClass \"" + constantsClass + "\" is no Java class name");
        }
        int dot = constantsClass.lastIndexOf('.');
        List<String> skipped = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("packageName", dot < 0 ? "" : constantsClass.substring(0, dot));
        values.put("className", constantsClass.substring(dot + 1));
        values.put("title", ConstantsClass.commentSafe(kconfig.mainMenuTitle()));
        values.put("fields", ConstantsClass.fields(kconfig, skipped));
        values.put("config", view);
        for (String s : skipped) warnings.add("kconfig: no constant for " + s);
        return values;
    }

    /** The packages of the Java sources among these paths ({@code /}-separated), sorted; not the unnamed one. */
    private static List<String> packages(Set<String> paths) {
        Set<String> packages = new TreeSet<>();
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            if (path.endsWith(".java") && slash > 0) packages.add(path.substring(0, slash).replace('/', '.'));
        }
        return List.copyOf(packages);
    }

    /** The first line of a rendered Java file: the template it came from (a path below its template root). */
    static String header(String output, String template) {
        return output.endsWith(".java") ? "// Rendered by kconfig-maven-plugin from " + template + ": do not edit.\n" : "";
    }
}
