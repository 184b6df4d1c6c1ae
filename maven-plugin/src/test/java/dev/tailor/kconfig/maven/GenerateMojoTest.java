package dev.tailor.kconfig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.cli.CliContext;
import dev.tailor.kconfig.cli.KconfigCli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal driven directly, on small trees in a temporary folder. */
class GenerateMojoTest {
    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void tree() throws Exception {
        write("Config.uk", """
                mainmenu "Test tree"

                config FEATURE
                	bool "Feature"
                	default y

                config LIMIT
                	int "Limit"
                	depends on FEATURE
                	default 16

                config ADDR
                	hex "Address"
                	default 0xffffffffffffffff

                config LABEL
                	string "Label"
                	default "say \\"hi\\" \\\\ \u00e9"

                config TRI
                	tristate "Tri"
                	default m

                osource "modules/*/Config.uk"
                """);
        write("modules/one/Makefile.uk", """
                SRCS-$(CONFIG_FEATURE) += templates/main/t/Feature.java.vm
                TEST_SRCS-$(CONFIG_FEATURE) += templates/test/t/FeatureTest.java.vm
                SRCS-$(CONFIG_NOT_DEFINED) += templates/main/t/Never.java.vm
                """);
        write("modules/one/templates/main/t/Feature.java.vm",
                "#header()\npackage t;\nclass Feature { long limit = $config.number(\"LIMIT\"); }\n");
        write("modules/one/templates/test/t/FeatureTest.java.vm", "package t;\nclass FeatureTest {}\n");
        write("modules/one/templates/main/t/Never.java.vm", "package t;\nclass Never {}\n");
        write("templates/macros.vm", "#macro(header)// $config.value(\"LABEL\")\n#end\n");
    }

    private GenerateMojo mojo() {
        GenerateMojo m = new GenerateMojo();
        Model model = new Model();
        model.setGroupId("t");
        model.setArtifactId("t");
        model.setVersion("1");
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        m.project = project;
        m.kconfigFile = dir.resolve("Config.uk").toFile();
        m.modulesDirectory = dir.resolve("modules").toFile();
        m.templatesDirectory = dir.resolve("templates").toFile();
        m.constantsClass = "t.BuildConfig";
        m.outputDirectory = dir.resolve("target/gen").toFile();
        m.testOutputDirectory = dir.resolve("target/gen-test").toFile();
        m.resourceOutputDirectory = dir.resolve("target/gen-res").toFile();
        m.stateFile = dir.resolve("target/kconfig/generate.state").toFile();
        m.encoding = "UTF-8";
        m.setLog(log);
        return m;
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void rendersTheSelectedTemplatesTheConstantsAndTheConfig() throws Exception {
        GenerateMojo m = mojo();
        m.execute();
        assertEquals("// Rendered by kconfig-maven-plugin from one/templates/main/t/Feature.java.vm: do not edit.\n"
                + "// say \"hi\" \\ \u00e9\npackage t;\nclass Feature { long limit = 16; }\n",
                read("target/gen/t/Feature.java"));
        assertTrue(Files.isRegularFile(dir.resolve("target/gen-test/t/FeatureTest.java")));
        assertFalse(Files.exists(dir.resolve("target/gen/t/Never.java")));
        assertTrue(log.warnings.stream().anyMatch(w -> w.contains("Makefile.uk:3: CONFIG_NOT_DEFINED is not defined")),
                log.warnings.toString());
        String constants = read("target/gen/t/BuildConfig.java");
        assertTrue(constants.contains("public static final boolean CONFIG_FEATURE = true;"), constants);
        assertTrue(constants.contains("public static final long CONFIG_LIMIT = 16L;"), constants);
        assertTrue(constants.contains("public static final long CONFIG_ADDR = 0xFFFFFFFFFFFFFFFFL;"), constants);
        assertTrue(constants.contains("public static final String CONFIG_LABEL = \"say \\\"hi\\\" \\\\ \\u00E9\";"),
                constants);
        assertTrue(constants.contains("public static final boolean CONFIG_TRI = true;"), constants);
        assertTrue(constants.contains("(Config.uk:3)"), constants);
        String config = read("target/gen-res/META-INF/kconfig/config");
        assertTrue(config.startsWith("#\n# Automatically generated file; DO NOT EDIT.\n# Test tree\n#\nCONFIG_FEATURE=y\n"),
                config);
        assertEquals(m.project.getCompileSourceRoots(), List.of(dir.resolve("target/gen").toString()));
        assertEquals(m.project.getTestCompileSourceRoots(), List.of(dir.resolve("target/gen-test").toString()));
        assertEquals(dir.resolve("target/gen-res").toString(), m.project.getResources().getFirst().getDirectory());
    }

    @Test
    void unchangedInputsWriteNothingAndAChangedConfigReplacesTheOutputs() throws Exception {
        mojo().execute();
        Path feature = dir.resolve("target/gen/t/Feature.java");
        Path state = dir.resolve("target/kconfig/generate.state");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(feature, old);
        Files.setLastModifiedTime(state, old);

        log.infos.clear();
        mojo().execute();
        assertTrue(log.infos.contains("kconfig: sources up to date (the Kconfig defaults)"), log.infos.toString());
        assertEquals(old, Files.getLastModifiedTime(feature));
        assertEquals(old, Files.getLastModifiedTime(state));

        // A template that changes but renders the same output: rendered again, the output untouched.
        write("modules/one/templates/main/t/Feature.java.vm",
                "#header()\npackage t;\nclass Feature { long limit = $config.value(\"LIMIT\"); }\n");
        mojo().execute();
        assertEquals(old, Files.getLastModifiedTime(feature));
        assertTrue(log.infos.getLast().contains("0 file(s) written, 4 unchanged"), log.infos.toString());

        // The project's .config: FEATURE off, its sources go.
        write(".config", "# CONFIG_FEATURE is not set\n");
        log.infos.clear();
        mojo().execute();
        assertTrue(log.infos.getLast().startsWith("kconfig: config " + dir.resolve(".config")), log.infos.toString());
        assertFalse(Files.exists(feature));
        assertFalse(Files.exists(dir.resolve("target/gen-test/t")));
        assertTrue(read("target/gen/t/BuildConfig.java").contains("CONFIG_FEATURE = false;"));
        assertFalse(read("target/gen/t/BuildConfig.java").contains("CONFIG_LIMIT"));
    }

    /**
     * The compiled folders hold nothing of an earlier configuration: emptied when the rendered files change
     * (the package folder the compiler would leave behind too), left alone when nothing changed.
     */
    @Test
    void compiledFoldersAreEmptiedWhenTheRenderedFilesChange() throws Exception {
        Path classes = dir.resolve("target/classes");
        Path stale = classes.resolve("t/Feature.class");
        GenerateMojo first = mojo();
        first.compiledDirectories = List.of(classes.toFile());
        first.execute();
        write("target/classes/t/Feature.class", "compiled from the first configuration");

        GenerateMojo same = mojo();
        same.compiledDirectories = List.of(classes.toFile());
        same.execute();
        assertTrue(Files.exists(stale), "unchanged inputs: the classes stay");

        write(".config", "# CONFIG_FEATURE is not set\n");
        GenerateMojo changed = mojo();
        changed.compiledDirectories = List.of(classes.toFile());
        changed.execute();
        assertFalse(Files.exists(classes), "another configuration: nothing of the first one is left");
    }

    /** The project properties of a run: every kconfig.* one, by name. */
    private static Map<String, String> kconfigProperties(GenerateMojo m) {
        Map<String, String> found = new TreeMap<>();
        m.project.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("kconfig.")) found.put(k.toString(), v.toString());
        });
        return found;
    }

    @Test
    void theConfigurationBecomesProjectPropertiesAlsoWhenUpToDate() throws Exception {
        GenerateMojo m = mojo();
        m.execute();
        Map<String, String> on = new TreeMap<>(Map.of(
                "kconfig.CONFIG_FEATURE", "y", "kconfig.skip.CONFIG_FEATURE", "false",
                "kconfig.CONFIG_LIMIT", "16", "kconfig.CONFIG_ADDR", "0xffffffffffffffff",
                "kconfig.CONFIG_LABEL", "say \"hi\" \\ \u00e9",
                // The tree has no modules symbol: a tristate is a bool, its m a y (as in .config).
                "kconfig.CONFIG_TRI", "y", "kconfig.skip.CONFIG_TRI", "false"));
        assertEquals(on, kconfigProperties(m));

        // Up to date: nothing rendered, the properties all the same (a new project, as a new build has).
        log.infos.clear();
        GenerateMojo again = mojo();
        again.execute();
        assertTrue(log.infos.contains("kconfig: sources up to date (the Kconfig defaults)"), log.infos.toString());
        assertEquals(on, kconfigProperties(again));

        // Off: an empty value and skip=true; a symbol that .config does not write (its dependency is off) is
        // empty too, so that an expression naming it never stays unresolved.
        write(".config", "# CONFIG_FEATURE is not set\n# CONFIG_TRI is not set\n");
        GenerateMojo off = mojo();
        off.execute();
        Map<String, String> offProperties = kconfigProperties(off);
        assertEquals("", offProperties.get("kconfig.CONFIG_FEATURE"));
        assertEquals("true", offProperties.get("kconfig.skip.CONFIG_FEATURE"));
        assertEquals("", offProperties.get("kconfig.CONFIG_LIMIT"));
        assertEquals("", offProperties.get("kconfig.CONFIG_TRI"));
        assertEquals("true", offProperties.get("kconfig.skip.CONFIG_TRI"));
        assertFalse(offProperties.containsKey("kconfig.skip.CONFIG_LIMIT"), "skip properties are for bool/tristate");

        // kconfig.skip resolves nothing: no property.
        GenerateMojo skipped = mojo();
        skipped.skip = true;
        skipped.execute();
        assertEquals(Map.of(), kconfigProperties(skipped));
    }

    @Test
    void aDefconfigAndAConfigAreExclusive() throws Exception {
        write("my_defconfig", "CONFIG_LIMIT=3\n");
        GenerateMojo m = mojo();
        m.defconfig = dir.resolve("my_defconfig").toFile();
        m.execute();
        assertTrue(read("target/gen/t/Feature.java").contains("limit = 3;"));
        m.config = dir.resolve("my_defconfig").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(e.getMessage().contains("both"), e.getMessage());
    }

    @Test
    void errorsNameFileAndLine() throws Exception {
        write("modules/one/Config.uk", "config BROKEN\n\tbool \"Broken\"\n\tdepends on (FEATURE\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertEquals(dir.resolve("modules/one/Config.uk") + ":3: syntax error: expected ')', found end of line",
                e.getMessage());

        Files.delete(dir.resolve("modules/one/Config.uk"));
        write("modules/one/Makefile.uk", "SRCS-y += templates/main/t/Missing.java.vm\n");
        e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith(dir.resolve("modules/one/Makefile.uk") + ":1: template "),
                e.getMessage());

        write("modules/one/Makefile.uk", "SRCS-y += templates/main/t/Feature.java.vm\n");
        write("modules/one/templates/main/t/Feature.java.vm", "package t;\n\nclass Feature { $undefined }\n");
        e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith(dir.resolve("modules/one/templates/main/t/Feature.java.vm") + ":3:"),
                e.getMessage());

        write("modules/one/templates/main/t/Feature.java.vm", "$config.number(\"LABEL\")\n");
        e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().contains("symbol LABEL is string, not int or hex"), e.getMessage());
    }

    @Test
    void warningsInTheConfigurationFailWithWerror() throws Exception {
        write("bad_defconfig", "CONFIG_FEATURE=y\nCONFIG_LIMIT=lots\n");
        GenerateMojo m = mojo();
        m.defconfig = dir.resolve("bad_defconfig").toFile();
        m.execute();
        assertTrue(log.warnings.contains(dir.resolve("bad_defconfig") + ":2:warning: symbol value 'lots' invalid for LIMIT"),
                log.warnings.toString());
        m.failOnWarnings = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(e.getMessage().contains(dir.resolve("bad_defconfig") + ":2:warning: symbol value 'lots' invalid"),
                e.getMessage());
    }

    @Test
    void overridesReplaceTemplatesFileByFile() throws Exception {
        write("over/one/templates/main/t/Feature.java.vm", "// overridden\n");
        write("over/kconfig/Constants.java.vm", "// constants of $className: $fields.size()\n");
        GenerateMojo m = mojo();
        m.templateOverrides = dir.resolve("over").toFile();
        m.execute();
        assertEquals("// Rendered by kconfig-maven-plugin from one/templates/main/t/Feature.java.vm: do not edit.\n"
                + "// overridden\n",
                read("target/gen/t/Feature.java"));
        assertEquals("// constants of BuildConfig: 5\n", read("target/gen/t/BuildConfig.java"));
        assertTrue(Files.isRegularFile(dir.resolve("target/gen-test/t/FeatureTest.java")));
    }

    @Test
    void theRepositorysSharedMacros() throws Exception {
        write("modules/one/templates/main/t/Feature.java.vm", """
                class Feature#when("FEATURE" " implements Runnable")#unless("FEATURE" " implements Cloneable") {
                    long limit = #longValue("LIMIT"), addr = #longValue("ADDR");
                    boolean absent = true#when("NOT_DEFINED" " && false");
                }
                """);
        GenerateMojo m = mojo();
        m.templatesDirectory = Path.of("..", "templates").toAbsolutePath().normalize().toFile();
        m.execute();
        assertEquals("""
                // Rendered by kconfig-maven-plugin from one/templates/main/t/Feature.java.vm: do not edit.
                class Feature implements Runnable {
                    long limit = 16L, addr = -1L;
                    boolean absent = true;
                }
                """, read("target/gen/t/Feature.java"));
    }

    /** The files of a folder, by relative path. */
    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }

    /** The goal and {@code kconfig generate} are front ends of one generator: the same files. */
    @Test
    void theCommandLineRendersTheSameFiles() throws Exception {
        write("small_defconfig", "CONFIG_LIMIT=3\n");
        GenerateMojo m = mojo();
        m.defconfig = dir.resolve("small_defconfig").toFile();
        m.execute();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, dev.tailor.kconfig.ByteText.CHARSET);
        CliContext context = new CliContext(Map.of(), dir, InputStream.nullInputStream(), print, print, false);
        int status = KconfigCli.run(context, "generate", "--defconfig", "small_defconfig", "--constants-class",
                "t.BuildConfig", "--out", "cli", "Config.uk");
        assertEquals(0, status, out::toString);
        for (String[] pair : new String[][] {{"gen", "main"}, {"gen-test", "test"}, {"gen-res", "resources"}}) {
            Map<String, String> maven = files(dir.resolve("target").resolve(pair[0]));
            assertFalse(maven.isEmpty());
            assertEquals(maven, files(dir.resolve("cli").resolve(pair[1])), pair[0]);
        }
    }

    @Test
    void noModulesStillGivesTheConstants() throws Exception {
        GenerateMojo m = mojo();
        m.modulesDirectory = new File(dir.toFile(), "nothing-here");
        m.templatesDirectory = new File(dir.toFile(), "nothing-here-either");
        m.execute();
        try (var files = Files.walk(dir.resolve("target/gen"))) {
            assertEquals(List.of(dir.resolve("target/gen/t/BuildConfig.java")),
                    files.filter(Files::isRegularFile).toList());
        }
        assertTrue(Map.of().isEmpty());
    }
}
