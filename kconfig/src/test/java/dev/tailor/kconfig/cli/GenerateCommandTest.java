package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kconfig generate}: options, layout of --out, the configuration it reads, errors. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void tree() throws IOException {
        cli = new Cli(dir);
        cli.write("Config.uk", """
                mainmenu "Generate test"
                config FEATURE
                \tbool "Feature"
                \tdefault y
                config LIMIT
                \tint "Limit"
                \tdefault 16
                """);
        cli.write("modules/one/Makefile.uk", """
                SRCS-$(CONFIG_FEATURE) += templates/main/t/Feature.java.vm
                TEST_SRCS-y += templates/test/t/FeatureTest.java.vm
                """);
        cli.write("modules/one/templates/main/t/Feature.java.vm", "#limit()\n");
        cli.write("modules/one/templates/test/t/FeatureTest.java.vm", "class FeatureTest {}\n");
        cli.write("templates/macros.vm", "#macro(limit)class Feature { long limit = $config.value(\"LIMIT\"); }#end\n");
    }

    @Test
    void rendersIntoTheFoldersOfOut() throws IOException {
        Cli.Result r = cli.run("generate", "--out", "gen", "--constants-class", "t.BuildConfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("kconfig: the Kconfig defaults: 2 template(s) of 1 module(s) rendered; 4 file(s) written, "
                + "0 unchanged, 0 deleted\n", r.out());
        assertEquals("// Rendered by kconfig-maven-plugin from one/templates/main/t/Feature.java.vm: do not edit.\n"
                + "class Feature { long limit = 16; }", cli.read("gen/main/t/Feature.java"));
        assertTrue(cli.read("gen/main/t/BuildConfig.java").contains("public static final long CONFIG_LIMIT = 16L;"));
        assertTrue(cli.exists("gen/test/t/FeatureTest.java"));
        assertTrue(cli.read("gen/resources/META-INF/kconfig/config").contains("\nCONFIG_FEATURE=y\n"));
        assertTrue(cli.exists("gen/generate.state"));
        assertFalse(cli.exists(".config"), "the configuration is read, not written");

        r = cli.run("generate", "--out", "gen", "--constants-class", "t.BuildConfig");
        assertEquals("kconfig: sources up to date (the Kconfig defaults)\n", r.out(), r::toString);
    }

    @Test
    void readsTheDefconfigElseTheConfigurationFile() throws IOException {
        cli.write("configs/small_defconfig", "CONFIG_LIMIT=3\n");
        Cli.Result r = cli.run("generate", "--defconfig", "configs/small_defconfig", "--templates", "modules",
                "--macros", "templates", "--main-out", "src", "--test-out", "test", "--resources-out", "res");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("kconfig: defconfig " + dir.resolve("configs/small_defconfig") + ": "), r::toString);
        assertTrue(cli.read("src/t/Feature.java").contains("limit = 3;"));
        assertFalse(cli.exists("gen"));

        cli.write("my.config", "# CONFIG_FEATURE is not set\n");
        r = cli.run("--config", "my.config", "generate", "--main-out", "src", "--test-out", "test", "--resources-out",
                "res");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("kconfig: config " + dir.resolve("my.config") + ": 1 template(s)"), r::toString);
        assertFalse(cli.exists("src/t/Feature.java"), "FEATURE is off: its source is gone");
    }

    @Test
    void withoutAConfigurationFileTheDefconfigListIsRead() throws IOException {
        cli.write("arch/base.config", "CONFIG_LIMIT=7\n");
        cli.env("KCONFIG_DEFCONFIG_LIST", "missing.config arch/base.config");
        Cli.Result r = cli.run("generate", "--out", "gen");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("kconfig: config " + dir.resolve("arch/base.config") + ": "), r::toString);
        assertTrue(cli.read("gen/main/t/Feature.java").contains("limit = 7;"));

        cli.write(".config", "CONFIG_LIMIT=9\n");
        r = cli.run("generate", "--out", "gen");
        assertTrue(r.out().startsWith("kconfig: config " + dir.resolve(".config") + ": "), "the configuration file first");
        assertTrue(cli.read("gen/main/t/Feature.java").contains("limit = 9;"));
    }

    @Test
    void aFolderNamedOnTheCommandLineMustExist() throws IOException {
        Cli.Result r = cli.run("generate", "--out", "gen", "--templates", "modulez");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kconfig: " + dir.resolve("modulez") + ": No such folder\n", r.err());
        assertFalse(cli.exists("gen"), "nothing rendered");
    }

    @Test
    void usageAndInputErrors() throws IOException {
        Cli.Result r = cli.run("generate");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("Missing --out DIR (or --main-out DIR)\n"), r::toString);

        r = cli.run("generate", "--out", "gen", "--defconfig", "nope_defconfig");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("***\n*** Can't find default configuration \"nope_defconfig\"!\n***\n", r.err());

        cli.write("bad_defconfig", "CONFIG_LIMIT=lots\n");
        r = cli.env("KCONFIG_WERROR", "1").run("generate", "--out", "gen", "--defconfig", "bad_defconfig");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(dir.resolve("bad_defconfig") + ":1:warning: symbol value 'lots' invalid for LIMIT"),
                r::toString);
        assertTrue(r.err().endsWith("kconfig: warnings while reading the configuration are errors (KCONFIG_WERROR)\n"),
                r::toString);

        cli.write("modules/one/templates/main/t/Feature.java.vm", "$config.number(\"NOPE\")\n");
        r = cli.run("generate", "--out", "gen");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(dir.resolve("modules/one/templates/main/t/Feature.java.vm") + ":1:9: $config.number(): symbol NOPE "
                + "is not defined in the Kconfig tree\n", r.err(), "located once, without Java's class names");
    }
}
