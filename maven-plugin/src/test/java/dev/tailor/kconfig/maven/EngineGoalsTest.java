package dev.tailor.kconfig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setconfig, check, oldconfig, menuconfig and syncconfig. */
class EngineGoalsTest {
    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void tree() throws Exception {
        Files.writeString(dir.resolve("Config.uk"), """
                mainmenu "Goals"

                config A
                	bool "A"

                config N
                	int "N"
                	depends on A
                	default 5

                config S
                	string "S"
                	default "x"
                	depends on UNDEFINED_ONE
                """);
    }

    private <T extends AbstractConfigMojo> T setUp(T mojo) {
        mojo.kconfigFile = dir.resolve("Config.uk").toFile();
        mojo.config = dir.resolve(".config").toFile();
        mojo.setLog(log);
        return mojo;
    }

    private SetConfigMojo setconfig(String... settings) {
        SetConfigMojo mojo = setUp(new SetConfigMojo());
        mojo.settings = List.of(settings);
        return mojo;
    }

    @Test
    void setconfigSetsInOrderAndWritesAtomically() throws Exception {
        setconfig("A=y", "CONFIG_N=7").execute();
        assertEquals("#\n# Automatically generated file; DO NOT EDIT.\n# Goals\n#\nCONFIG_A=y\nCONFIG_N=7\n",
                Files.readString(dir.resolve(".config")));
        assertTrue(log.infos.contains("configuration written to " + dir.resolve(".config")), log.infos.toString());

        setconfig("N=8").execute();
        assertTrue(Files.readString(dir.resolve(".config.old")).contains("CONFIG_N=7\n"));
        assertTrue(Files.readString(dir.resolve(".config")).contains("CONFIG_N=8\n"));
    }

    @Test
    void setconfigRefusesAndWritesNothing() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> setconfig("A=y", "N=x").execute());
        assertEquals("kconfig: cannot set N=x: invalid value for int symbol (expected a decimal number)", e.getMessage());
        assertFalse(Files.exists(dir.resolve(".config")));

        e = assertThrows(MojoFailureException.class, () -> setconfig("N7").execute());
        assertEquals("kconfig: not an assignment SYM=VALUE: 'N7'", e.getMessage());
    }

    @Test
    void checkWarnsAndFailsWhenStrict() throws Exception {
        CheckMojo check = setUp(new CheckMojo());
        check.execute();
        assertTrue(log.warnings.stream().anyMatch(w -> w.startsWith(dir.resolve("Config.uk") + ":") && w.contains("UNDEFINED_ONE")),
                log.warnings.toString());
        assertTrue(log.infos.contains("check: 0 errors, 1 warning"), log.infos.toString());

        check.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, check::execute);
        assertEquals("check: 0 errors, 1 warning (kconfig.strict)", e.getMessage());

        Files.writeString(dir.resolve("Config.uk"), "config A\n\tbool \"A\"\n\tdefualt y\n");
        e = assertThrows(MojoFailureException.class, check::execute);
        assertEquals(dir.resolve("Config.uk") + ":3: unknown statement \"defualt\"", e.getMessage());
    }

    @Test
    void oldconfigNeedsAConsole() {
        OldConfigMojo mojo = setUp(new OldConfigMojo());
        mojo.interactiveMode = false;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("kconfig:oldconfig asks its questions on the console, and there is none "
                + "(Maven runs in batch mode, -B)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(".config")));
    }

    @Test
    void menuconfigNeedsAConsole() {
        MenuConfigMojo mojo = setUp(new MenuConfigMojo());
        mojo.interactiveMode = false;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("kconfig:menuconfig needs the console, and there is none "
                + "(Maven runs in batch mode, -B)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(".config")));
    }

    @Test
    void aHeldLogKeepsItsLinesUntilReleased() {
        HeldLog held = new HeldLog(log);
        held.info("before");
        held.hold();
        held.warn("kept");
        held.info("kept too");
        assertFalse(log.warnings.contains("kept"));
        held.release();
        assertEquals(List.of("before", "kept too"), log.infos.subList(log.infos.size() - 2, log.infos.size()));
        assertTrue(log.warnings.contains("kept"));
    }

    @Test
    void syncconfigWritesTheBuildFiles() throws Exception {
        SyncConfigMojo sync = setUp(new SyncConfigMojo());
        sync.autoConf = dir.resolve("out/include/config/auto.conf").toFile();
        sync.autoHeader = dir.resolve("out/include/generated/autoconf.h").toFile();
        sync.rustcCfg = dir.resolve("out/include/generated/rustc_cfg").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, sync::execute);
        assertTrue(e.getMessage().contains(dir.resolve(".config") + " does not exist"), e.getMessage());

        Files.writeString(dir.resolve(".config"), "CONFIG_A=y\n");
        sync.execute();
        // N is new: batch mode gives it its default, and .config is updated.
        assertTrue(Files.readString(dir.resolve(".config")).contains("CONFIG_N=5\n"));
        assertEquals("#\n# Automatically generated file; DO NOT EDIT.\n# Goals\n#\nCONFIG_N=5\nCONFIG_A=y\n",
                Files.readString(sync.autoConf.toPath()));
        assertEquals("/*\n * Automatically generated file; DO NOT EDIT.\n * Goals\n */\n#define CONFIG_N 5\n"
                + "#define CONFIG_A 1\n", Files.readString(sync.autoHeader.toPath()));
        assertTrue(Files.isRegularFile(sync.rustcCfg.toPath()));
        assertTrue(Files.readString(dir.resolve("out/include/config/auto.conf.cmd")).contains("\tConfig.uk \\\n"));
        assertTrue(Files.exists(dir.resolve("out/include/config/A")));
    }
}
