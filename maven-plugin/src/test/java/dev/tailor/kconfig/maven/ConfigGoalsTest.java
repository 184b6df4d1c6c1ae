package dev.tailor.kconfig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config goals, which run configuration sessions as the kconfig command line does. */
class ConfigGoalsTest {
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
                """);
        Files.writeString(dir.resolve("a_defconfig"), "CONFIG_A=y\n");
    }

    private <T extends AbstractConfigMojo> T setUp(T mojo) {
        mojo.kconfigFile = dir.resolve("Config.uk").toFile();
        mojo.config = dir.resolve(".config").toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void defconfigThenSavedefconfigThenInfo() throws Exception {
        DefConfigMojo defconfig = setUp(new DefConfigMojo());
        defconfig.defconfig = dir.resolve("a_defconfig").toFile();
        defconfig.execute();
        assertEquals("#\n# Automatically generated file; DO NOT EDIT.\n# Goals\n#\nCONFIG_A=y\nCONFIG_N=5\n",
                Files.readString(dir.resolve(".config")));
        assertTrue(log.infos.contains("configuration written to " + dir.resolve(".config")), log.infos.toString());

        SaveDefConfigMojo save = setUp(new SaveDefConfigMojo());
        save.out = dir.resolve("saved").toFile();
        save.execute();
        assertEquals("CONFIG_A=y\n", Files.readString(dir.resolve("saved")));

        InfoMojo info = setUp(new InfoMojo());
        info.symbol = "CONFIG_N";
        info.execute();
        assertTrue(log.infos.contains("Value: 5"), log.infos.toString());

        info.symbol = "NOPE";
        MojoFailureException e = assertThrows(MojoFailureException.class, info::execute);
        assertEquals("kconfig: unknown symbol NOPE", e.getMessage());
    }

    @Test
    void anErrorInTheTreeIsLocatedWithAnAbsolutePath() throws Exception {
        Files.writeString(dir.resolve("Config.uk"), "config A\n\tbool \"A\"\n\tdefualt y\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> setUp(new OldDefConfigMojo()).execute());
        assertEquals(dir.resolve("Config.uk") + ":3: unknown statement \"defualt\"", e.getMessage());
    }

    @Test
    void warningsAreLoggedAfterTheOutputWithAbsolutePaths() throws Exception {
        Files.writeString(dir.resolve("Config.uk"), "$(warning-if,y,look here)\n" + Files.readString(dir.resolve("Config.uk")));
        Files.writeString(dir.resolve(".config"), "CONFIG_A=y\nnonsense\n");
        setUp(new OldDefConfigMojo()).execute();
        assertEquals(List.of("configuration written to " + dir.resolve(".config")), log.infos);
        assertEquals(List.of(dir.resolve("Config.uk") + ":1: look here",
                dir.resolve(".config") + ":2:warning: unexpected data: nonsense"), log.warnings);
    }

    @Test
    void underWerrorTheFailureSaysTheWarningsThenWhy() throws Exception {
        Files.writeString(dir.resolve(".config"), "CONFIG_A=y\nnonsense\n");
        OldDefConfigMojo mojo = setUp(new OldDefConfigMojo());
        mojo.environment = Map.of("KCONFIG_WERROR", "1");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(dir.resolve(".config") + ":2:warning: unexpected data: nonsense\n"
                + "kconfig: warnings while reading the configuration are errors (KCONFIG_WERROR)", e.getMessage());
        assertEquals(List.of(), log.warnings);
        assertEquals("CONFIG_A=y\nnonsense\n", Files.readString(dir.resolve(".config")));
    }
}
