package dev.tailor.kconfig.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven-free generator on small trees: in memory, into folders, incrementally. */
class GeneratorTest {
    @TempDir
    Path dir;

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

                menu "Limits"
                config LIMIT
                	int "Limit"
                	depends on FEATURE
                	default 16
                endmenu

                config LABEL
                	string "Label"
                	default "say \\"hi\\" \u00e9"

                config FEATURE
                	bool

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

    private Kconfig load(ConfigInput input) throws Exception {
        Kconfig kconfig = Kconfig.load("Config.uk", new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent()));
        input.resolve(kconfig);
        return kconfig;
    }

    private Generator.Builder builder() {
        return Generator.builder()
                .templateRoot(dir.resolve("modules"))
                .sharedTemplates(dir.resolve("templates"))
                .constantsClass("t.BuildConfig")
                .outputs(dir.resolve("out/main"), dir.resolve("out/test"), dir.resolve("out/res"))
                .stateFile(dir.resolve("out/state"));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void rendersInMemoryWhatTheConfigurationSelects() throws Exception {
        Generator.Rendering r = builder().build().render(load(ConfigInput.defaults()));
        assertEquals(List.of("t/BuildConfig.java", "t/Feature.java"), List.copyOf(r.mainFiles().keySet()));
        assertEquals("// Rendered by kconfig-maven-plugin from one/templates/main/t/Feature.java.vm: do not edit.\n"
                + "// say \"hi\" \u00e9\npackage t;\nclass Feature { long limit = 16; }\n",
                text(r.mainFiles().get("t/Feature.java")));
        assertEquals(List.of("t/FeatureTest.java"), List.copyOf(r.testFiles().keySet()));
        assertTrue(text(r.resourceFiles().get(Generator.CONFIG_RESOURCE)).contains("\nCONFIG_LIMIT=16\n"));
        assertEquals(2, r.templates());
        assertEquals(1, r.modules());
        assertEquals(1, r.warnings().size(), r.warnings()::toString);
        assertTrue(r.warnings().getFirst().endsWith("Makefile.uk:3: CONFIG_NOT_DEFINED is not defined by the Kconfig "
                + "tree; templates/main/t/Never.java.vm is never rendered"), r.warnings()::toString);
    }

    /** The constants come from the engine's symbols in .config order: a symbol defined twice is one field. */
    @Test
    void theConstantsClassHasOneFieldPerWrittenSymbolInConfigOrder() throws Exception {
        String constants = text(builder().build().render(load(ConfigInput.defaults())).mainFiles()
                .get("t/BuildConfig.java"));
        int feature = constants.indexOf("boolean CONFIG_FEATURE = true;");
        int limit = constants.indexOf("long CONFIG_LIMIT = 16L;");
        int label = constants.indexOf("String CONFIG_LABEL = \"say \\\"hi\\\" \\u00E9\";");
        assertTrue(feature > 0 && limit > feature && label > limit, constants);
        assertEquals(constants.indexOf("CONFIG_FEATURE ="), constants.lastIndexOf("CONFIG_FEATURE ="),
                "one field for two definitions");
        assertTrue(constants.contains("/** CONFIG_LABEL=\"say &#92;\"hi&#92;\" \u00e9\": Label (Config.uk:14) */"),
                constants);

        write("off_defconfig", "# CONFIG_FEATURE is not set\n");
        constants = text(builder().build().render(load(ConfigInput.defconfig(dir.resolve("off_defconfig"))))
                .mainFiles().get("t/BuildConfig.java"));
        assertTrue(constants.contains("boolean CONFIG_FEATURE = false;"), constants);
        assertFalse(constants.contains("CONFIG_LIMIT"), "LIMIT is not written when FEATURE is off");
    }

    @Test
    void generatesIncrementallyAndRemovesWhatAnEarlierConfigurationLeft() throws Exception {
        Generator.Result first = builder().build().generate(load(ConfigInput.defaults()), ConfigInput.defaults());
        assertEquals("kconfig: the Kconfig defaults: 2 template(s) of 1 module(s) rendered; 4 file(s) written, "
                + "0 unchanged, 0 deleted", first.summary());
        Path feature = dir.resolve("out/main/t/Feature.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(feature, old);

        Generator.Result again = builder().build().generate(load(ConfigInput.defaults()), ConfigInput.defaults());
        assertTrue(again.upToDate());
        assertEquals("kconfig: sources up to date (the Kconfig defaults)", again.summary());
        Generator.Result forced = builder().force(true).build().generate(load(ConfigInput.defaults()),
                ConfigInput.defaults());
        assertEquals(4, forced.unchanged());
        assertEquals(old, Files.getLastModifiedTime(feature), "an unchanged output is not touched");

        write("off_defconfig", "# CONFIG_FEATURE is not set\n");
        ConfigInput off = ConfigInput.defconfig(dir.resolve("off_defconfig"));
        Path classes = dir.resolve("classes");
        write("classes/t/Feature.class", "from the first configuration");
        Generator.Result changed = builder().compiledDirectory(classes).build().generate(load(off), off);
        assertEquals(2, changed.deleted());
        assertFalse(Files.exists(feature));
        assertFalse(Files.exists(dir.resolve("out/test/t")), "a folder left empty goes too");
        assertFalse(Files.exists(classes), "the compiled folder is emptied when the outputs change");
        assertTrue(changed.summary().startsWith("kconfig: defconfig " + dir.resolve("off_defconfig") + ": 0 template(s)"),
                changed.summary());
    }

    @Test
    void severalTemplateRootsAndOverrides() throws Exception {
        write("more/two/Makefile.uk", "SRCS-y += templates/main/u/Two.java.vm\n");
        write("more/two/templates/main/u/Two.java.vm", "package u;\nclass Two {}\n");
        write("over/two/templates/main/u/Two.java.vm", "package u;\nclass Two { /* overridden */ }\n");
        Generator.Rendering r = builder().templateRoot(dir.resolve("more")).templateOverrides(dir.resolve("over"))
                .build().render(load(ConfigInput.defaults()));
        assertEquals(2, r.modules());
        assertTrue(text(r.mainFiles().get("u/Two.java")).endsWith("class Two { /* overridden */ }\n"));

        write("more/one/Makefile.uk", "");
        GenerateException e = assertThrows(GenerateException.class,
                () -> builder().templateRoot(dir.resolve("more")).build().render(load(ConfigInput.defaults())));
        assertEquals("kconfig: two modules named one: " + dir.resolve("modules/one") + " and " + dir.resolve("more/one"),
                e.getMessage());
    }

    /**
     * A module descriptor's template, in whichever module it is named, sees the packages of every other source of
     * its kind that this configuration renders (the constants class's too), and only those.
     */
    @Test
    void theModuleDescriptorListsThePackagesRendered() throws Exception {
        write("modules/two/Makefile.uk", """
                SRCS-y += templates/main/module-info.java.vm
                SRCS-$(CONFIG_FEATURE) += templates/main/u/v/Extra.java.vm
                TEST_SRCS-y += templates/test/module-info.java.vm
                """);
        String descriptor = "module m {\n#foreach($p in $packages)\n    exports $p;\n#end\n}\n";
        write("modules/two/templates/main/module-info.java.vm", descriptor);
        write("modules/two/templates/test/module-info.java.vm", descriptor);
        write("modules/two/templates/main/u/v/Extra.java.vm", "package u.v;\nclass Extra {}\n");

        Generator.Rendering on = builder().build().render(load(ConfigInput.defaults()));
        String main = text(on.mainFiles().get("module-info.java"));
        assertTrue(main.startsWith("// Rendered by kconfig-maven-plugin from two/templates/main/module-info.java.vm: do not "
                + "edit.\n"), main);
        assertEquals("module m {\n    exports t;\n    exports u.v;\n}\n", withoutHeader(main));
        assertEquals("module m {\n    exports t;\n}\n", withoutHeader(text(on.testFiles().get("module-info.java"))),
                "the test sources' own packages");
        assertEquals(5, on.templates());

        write("off_defconfig", "# CONFIG_FEATURE is not set\n");
        Generator.Rendering off = builder().build().render(load(ConfigInput.defconfig(dir.resolve("off_defconfig"))));
        assertEquals("module m {\n    exports t;\n}\n", withoutHeader(text(off.mainFiles().get("module-info.java"))),
                "u.v is not rendered; t holds the constants class alone");
        assertEquals("module m {\n}\n", withoutHeader(text(off.testFiles().get("module-info.java"))));
    }

    private static String withoutHeader(String rendered) {
        return rendered.substring(rendered.indexOf('\n') + 1);
    }

    @Test
    void errorsAreLocatedAndNameNoJavaClass() throws Exception {
        write("modules/one/Makefile.uk", "SRCS-y = templates/main/t/Feature.java\n");
        GenerateException e = assertThrows(GenerateException.class,
                () -> builder().build().render(load(ConfigInput.defaults())));
        assertTrue(e.getMessage().startsWith(dir.resolve("modules/one/Makefile.uk") + ":1: "), e.getMessage());

        write("modules/one/Makefile.uk", "SRCS-y += templates/main/t/Feature.java.vm\n");
        write("modules/one/templates/main/t/Feature.java.vm", "class Feature {\n  #nosuch(1)\n}\n");
        e = assertThrows(GenerateException.class, () -> builder().build().render(load(ConfigInput.defaults())));
        assertTrue(e.getMessage().startsWith(dir.resolve("modules/one/templates/main/t/Feature.java.vm") + ":2:1: macro "
                + "#nosuch is not defined"), e.getMessage());

        e = assertThrows(GenerateException.class, () -> ConfigInput.defconfig(dir.resolve("missing_defconfig")));
        assertEquals("kconfig: can't find default configuration \"" + dir.resolve("missing_defconfig") + "\"",
                e.getMessage());

        write("modules/one/templates/main/t/Feature.java.vm", "class Feature {}\n");
        e = assertThrows(GenerateException.class,
                () -> builder().constantsClass("t.2Bad").build().render(load(ConfigInput.defaults())));
        assertEquals("kconfig: constantsClass \"t.2Bad\" is no Java class name", e.getMessage());
    }

    @Test
    void buildPropertiesOfTheConfiguration() throws Exception {
        Map<String, String> p = ConfigProperties.of(load(ConfigInput.defaults()));
        assertEquals("y", p.get("kconfig.CONFIG_FEATURE"));
        assertEquals("false", p.get("kconfig.skip.CONFIG_FEATURE"));
        assertEquals("16", p.get("kconfig.CONFIG_LIMIT"));
        assertEquals("say \"hi\" \u00e9", p.get("kconfig.CONFIG_LABEL"));
    }
}
