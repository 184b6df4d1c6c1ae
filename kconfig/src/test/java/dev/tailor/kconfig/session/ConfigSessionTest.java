package dev.tailor.kconfig.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.session.Message.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration-session API on its own: inputs, fills, KCONFIG_WERROR, writing, messages and errors. */
class ConfigSessionTest {
    private static final String HEADER = "#\n# Automatically generated file; DO NOT EDIT.\n# Session\n#\n";

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("KCONFIG_PROBE_JOBS", "1"));
    /** What the listener heard, in order. */
    private final List<Message> heard = new ArrayList<>();

    @BeforeEach
    void tree() throws IOException {
        Files.writeString(dir.resolve("Kconfig"), """
                mainmenu "Session"

                config A
                	bool "A"

                config B
                	bool "B"
                	default y

                config N
                	int "N"
                	depends on A
                	default 5

                config S
                	bool "S"
                	select T

                config T
                	bool
                	depends on A
                """);
    }

    private ConfigSession session(String... overrides) {
        for (int i = 0; i < overrides.length; i += 2) env.put(overrides[i], overrides[i + 1]);
        return new ConfigSession(SessionOptions.builder(env, dir).build(), heard::add);
    }

    private String config() throws IOException {
        return Files.readString(dir.resolve(".config"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void optionsComeFromTheEnvironmentAsConfTakesThem() {
        SessionOptions o = SessionOptions.builder(Map.of("KCONFIG_CONFIG", "my.config", "KCONFIG_ALLCONFIG", "1",
                "KCONFIG_WERROR", "", "KCONFIG_SEED", "0x10", "KCONFIG_PROBABILITY", "20:10",
                "KCONFIG_DEFCONFIG_LIST", " a_defconfig  b_defconfig ", "KCONFIG_NOSILENTUPDATE", "1"), dir).build();
        assertEquals("my.config", o.configFile());
        assertEquals("", o.allConfig());
        assertTrue(o.werror());
        assertEquals(16, o.seed());
        assertEquals("20:10", o.probability());
        assertEquals(List.of("a_defconfig", "b_defconfig"), o.defconfigList());
        assertTrue(o.noSilentUpdate());

        SessionOptions none = SessionOptions.builder(Map.of("KCONFIG_SEED", "12z"), dir).configFile("").build();
        assertEquals(".config", none.configFile());
        assertNull(none.allConfig());
        assertFalse(none.werror());
        assertNull(none.seed(), "a seed that is not a whole number is none, as strtol's leftover makes conf ignore it");
        assertEquals(List.of(), none.defconfigList());
        assertFalse(none.noSilentUpdate());
    }

    @Test
    void olddefconfigReadsTheConfigurationAndKeepsTheOldOne() throws IOException {
        write(".config", "CONFIG_A=y\n");
        Result r = new ConfModes(session()).olddefconfig();
        assertEquals(HEADER + "CONFIG_A=y\nCONFIG_B=y\nCONFIG_N=5\n# CONFIG_S is not set\n", config());
        assertEquals("CONFIG_A=y\n", Files.readString(dir.resolve(".config.old")));
        assertEquals(List.of(dir.resolve(".config")), r.written());
        assertEquals(List.of(new Message(Kind.NOTE, null, 0, "configuration written to .config")), r.messages());
    }

    @Test
    void writingTheSameContentsWritesNothing() throws IOException {
        new ConfModes(session()).olddefconfig();
        Result again = new ConfModes(session()).olddefconfig();
        assertEquals(List.of(), again.written());
        assertFalse(Files.exists(dir.resolve(".config.old")));
        assertEquals("No change to configuration in '.config'", again.messages().getLast().text());
    }

    @Test
    void aRewrittenConfigurationKeepsItsPermissions() throws IOException {
        write(".config", "CONFIG_A=y\n");
        Files.setPosixFilePermissions(dir.resolve(".config"), PosixFilePermissions.fromString("rw-------"));
        new ConfModes(session()).olddefconfig();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".config"))));
        assertTrue(config().contains("CONFIG_N=5\n"));
    }

    @Test
    void withoutAConfigurationTheDefconfigListIsReadAndNamed() throws IOException {
        write("b_defconfig", "CONFIG_A=y\n");
        ConfigSession s = session("KCONFIG_DEFCONFIG_LIST", "missing_defconfig b_defconfig");
        ConfigSession.ExistingConfig existing = s.existingConfig();
        assertEquals(new ConfigSession.ExistingConfig("b_defconfig", dir.resolve("b_defconfig"), true), existing);
        new ConfModes(s).olddefconfig();
        assertEquals("b_defconfig", s.valuesReadFrom());
        assertEquals(Message.of(Kind.NOTE, "using defaults found in b_defconfig"), heard.getFirst());
        assertTrue(config().contains("CONFIG_A=y\n"));
    }

    @Test
    void withNothingToReadEverySymbolIsAtItsDefault() throws IOException {
        ConfigSession s = session();
        assertNull(s.existingConfig());
        s.load();
        assertFalse(s.readExisting());
        assertNull(s.valuesReadFrom());
        s.writeConfig();
        assertEquals(HEADER + "# CONFIG_A is not set\nCONFIG_B=y\n# CONFIG_S is not set\n", config());
    }

    @Test
    void defconfigIsFoundUnderSrctreeAndCompletedWithDefaults() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/x_defconfig"), "CONFIG_A=y\n# CONFIG_B is not set\n");
        new ConfModes(session("srctree", "src")).defconfig("x_defconfig");
        assertEquals(HEADER + "CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_N=5\n# CONFIG_S is not set\n", config());

        KconfigException e = assertThrows(KconfigException.class, () -> new ConfModes(session()).defconfig("nope"));
        assertEquals("***\n*** Can't find default configuration \"nope\"!\n***", e.getMessage());
    }

    @Test
    void allconfigStartsFromKconfigAllconfig() throws IOException {
        write("seed.config", "CONFIG_B=n\n");
        new ConfModes(session("KCONFIG_ALLCONFIG", "seed.config")).allconfig(Fill.YES);
        assertEquals(HEADER + "CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_N=5\nCONFIG_S=y\nCONFIG_T=y\n", config());
    }

    @Test
    void anEmptyKconfigAllconfigMeansTheModesFileElseAllConfig() throws IOException {
        write("all.config", "CONFIG_A=y\n");
        write("allno.config", "CONFIG_B=y\n");
        ConfigSession s = session("KCONFIG_ALLCONFIG", "");
        new ConfModes(s).allconfig(Fill.NO);
        assertEquals("allno.config", s.valuesReadFrom());
        assertEquals(HEADER + "# CONFIG_A is not set\nCONFIG_B=y\n# CONFIG_S is not set\n", config());

        s = session("KCONFIG_ALLCONFIG", "1");
        new ConfModes(s).allconfig(Fill.DEFAULT);
        assertEquals("all.config", s.valuesReadFrom());
        assertTrue(config().startsWith(HEADER + "CONFIG_A=y\n"));

        Files.delete(dir.resolve("all.config"));
        KconfigException e = assertThrows(KconfigException.class,
                () -> new ConfModes(session()).allconfig(Fill.MOD));
        assertEquals("*** KCONFIG_ALLCONFIG set, but no \"allmod.config\" or \"all.config\" file found", e.getMessage());
        e = assertThrows(KconfigException.class,
                () -> new ConfModes(session("KCONFIG_ALLCONFIG", "gone.config")).allconfig(Fill.MOD));
        assertEquals("*** Can't read seed configuration \"gone.config\"!", e.getMessage());
    }

    @Test
    void randconfigSaysItsSeedFirstAndRepeatsWithIt() throws IOException {
        Result first = new ConfModes(session("KCONFIG_SEED", "0x1234")).allconfig(Fill.RANDOM);
        assertEquals(Message.of(Kind.OUTPUT, "KCONFIG_SEED=0x1234"), first.messages().getFirst());
        String config = config();
        new ConfModes(session()).allconfig(Fill.RANDOM);
        assertEquals(config, config());

        Result clock = new ConfModes(new ConfigSession(SessionOptions.builder(Map.of("KCONFIG_PROBE_JOBS", "1"), dir)
                .build(), m -> {})).allconfig(Fill.RANDOM);
        assertTrue(clock.messages().getFirst().text().matches("KCONFIG_SEED=0x[0-9A-F]+"));
    }

    @Test
    void warningsInTheConfigurationAreMessagesWithTheirPlaceAndErrorsUnderWerror() throws IOException {
        write(".config", "CONFIG_A=y\nnonsense\n");
        Result r = new ConfModes(session()).olddefconfig();
        assertEquals(new Message(Kind.WARNING, ".config", 2, "unexpected data: nonsense"), r.messages().getFirst());
        assertEquals(".config:2:warning: unexpected data: nonsense", r.messages().getFirst().format());

        heard.clear();
        write(".config", "CONFIG_A=y\nnonsense\n");
        KconfigException e = assertThrows(KconfigException.class,
                () -> new ConfModes(session("KCONFIG_WERROR", "1")).olddefconfig());
        assertEquals("kconfig: warnings while reading the configuration are errors (KCONFIG_WERROR)", e.getMessage());
        assertEquals("CONFIG_A=y\nnonsense\n", config(), "nothing is written after an error");
        assertEquals(Kind.WARNING, heard.getFirst().kind());
    }

    @Test
    void unmetDependenciesAreReportedAndErrorsUnderWerror() throws IOException {
        write(".config", "CONFIG_S=y\n");
        Result r = new ConfModes(session()).olddefconfig();
        Message report = r.messages().getFirst();
        assertEquals(Kind.DEPENDENCY, report.kind());
        assertTrue(report.text().contains("unmet direct dependencies detected for T"), report.text());

        KconfigException e = assertThrows(KconfigException.class,
                () -> new ConfModes(session("KCONFIG_WERROR", "")).olddefconfig());
        assertEquals("kconfig: unmet direct dependencies are errors (KCONFIG_WERROR)", e.getMessage());
    }

    @Test
    void anErrorInTheTreeCarriesFileAndLine() {
        KconfigException e = assertThrows(KconfigException.class, () -> {
            Files.writeString(dir.resolve("Kconfig"), "config A\n\tbool \"A\"\n\tdefualt y\n");
            new ConfModes(session()).olddefconfig();
        });
        assertEquals("Kconfig", e.file());
        assertEquals(3, e.line());
        assertEquals("Kconfig:3: unknown statement \"defualt\"", e.getMessage());
    }

    @Test
    void aWarningIfOfTheTreeIsAMessageWithItsPlace() throws IOException {
        Files.writeString(dir.resolve("Kconfig"), "$(warning-if,y,look here)\nconfig A\n\tbool \"A\"\n");
        Result r = new ConfModes(session()).olddefconfig();
        assertEquals(new Message(Kind.MESSAGE, "Kconfig", 1, "look here"), r.messages().getFirst());
        assertEquals("Kconfig:1: look here", r.messages().getFirst().format());
    }

    @Test
    void listnewconfigSaysTheNewSymbolsWithTheirDefaults() throws IOException {
        write(".config", "CONFIG_A=y\n");
        Result r = new ConfModes(session()).listnewconfig();
        assertEquals(List.of(Message.of(Kind.OUTPUT, "CONFIG_B=y"), Message.of(Kind.OUTPUT, "CONFIG_N=5"),
                Message.of(Kind.OUTPUT, "CONFIG_S=n")), r.messages());
        assertEquals(List.of(), r.written());
    }

    @Test
    void savedefconfigWritesTheMinimalConfiguration() throws IOException {
        write(".config", "CONFIG_A=y\nCONFIG_N=7\n");
        Result r = new ConfModes(session()).savedefconfig("out/defconfig");
        assertEquals("CONFIG_A=y\nCONFIG_N=7\n", Files.readString(dir.resolve("out/defconfig")));
        assertEquals(List.of(dir.resolve("out/defconfig")), r.written());
    }

    @Test
    void setconfigRefusesWithTheReasonAndWritesNothing() throws IOException {
        ConfModes modes = new ConfModes(session());
        KconfigException e = assertThrows(KconfigException.class, () -> modes.setconfig(
                List.of(new Assignments.Assignment("A", "y"), new Assignments.Assignment("N", "x"))));
        assertEquals("kconfig: cannot set N=x: invalid value for int symbol (expected a decimal number)", e.getMessage());
        assertFalse(Files.exists(dir.resolve(".config")));

        new ConfModes(session()).setconfig(List.of(new Assignments.Assignment("CONFIG_A", "y"),
                new Assignments.Assignment("N", "9")));
        assertTrue(config().contains("CONFIG_A=y\nCONFIG_B=y\nCONFIG_N=9\n"));
    }

    @Test
    void syncconfigNeedsAConfigurationThenWritesTheBuildsFiles() throws IOException {
        AutoConfWriter.Outputs outputs = AutoConfWriter.Outputs.of(Map.of(), dir);
        KconfigException e = assertThrows(KconfigException.class,
                () -> new ConfModes(session()).syncconfig(outputs, k -> {}));
        assertTrue(e.getMessage().startsWith("***\n*** Configuration file \".config\" not found!"), e.getMessage());

        write(".config", "CONFIG_A=y\n");
        Result r = new ConfModes(session()).syncconfig(outputs, k -> {});
        assertEquals(List.of(dir.resolve(".config"), dir.resolve("include/config/auto.conf.cmd"),
                dir.resolve("include/generated/autoconf.h"), dir.resolve("include/generated/rustc_cfg"),
                dir.resolve("include/config/auto.conf")), r.written());
        assertTrue(Files.readString(dir.resolve("include/config/auto.conf")).contains("CONFIG_N=5\n"));
        assertTrue(r.messages().isEmpty(), "syncconfig writes quietly: " + r.messages());

        write(".config", "CONFIG_A=y\n");
        e = assertThrows(KconfigException.class,
                () -> new ConfModes(session("KCONFIG_NOSILENTUPDATE", "1")).syncconfig(outputs, k -> {}));
        assertEquals("\n*** The configuration requires explicit update.\n", e.getMessage());
        assertEquals("CONFIG_A=y\n", config());
    }

    @Test
    void theDialogOfOldconfigSetsValuesBeforeTheWrite() throws IOException {
        write(".config", "CONFIG_A=y\n");
        new ConfModes(session()).oldconfig(k -> k.symbol("N").setValue("12"));
        assertTrue(config().contains("CONFIG_N=12\n"));
    }

    @Test
    void anUnknownSymbolIsAnError() throws IOException {
        ConfigSession s = session();
        s.load();
        assertEquals("N", s.symbol("CONFIG_N").name());
        assertEquals("kconfig: unknown symbol Q", assertThrows(KconfigException.class, () -> s.symbol("Q")).getMessage());
    }

    @Test
    void withoutATopFileAndNoneByDefaultTheSessionCannotStart() throws IOException {
        Files.delete(dir.resolve("Kconfig"));
        KconfigException e = assertThrows(KconfigException.class, this::session);
        assertEquals("kconfig: no KCONFIG_FILE given, and there is no ./Kconfig or ./Config.uk", e.getMessage());
    }
}
