package dev.tailor.kconfig;

import static dev.tailor.kconfig.TestTrees.sym;
import static dev.tailor.kconfig.TestTrees.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing configurations as Linux's confdata.c does. */
class ConfigIoTest {
    private static final String TREE = """
            config MODULES
            	bool "modules"
            	modules
            	default y
            config B
            	bool "b"
            config T
            	tristate "t"
            config I
            	int "i"
            	default 1
            config H
            	hex "h"
            	default 0x10
            config S
            	string "s"
            	default "def"
            """;

    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    private List<String> values(Kconfig k) {
        return Stream.of("B", "T", "I", "H", "S").map(n -> value(k, n)).toList();
    }

    // ---- reading: warnings ----

    @Test
    void invalidValuesAreWarnedWithFileAndLine() {
        Kconfig k = t.load(TREE);
        int n = t.readConfig(k, """
                CONFIG_B=x
                CONFIG_B=m
                CONFIG_T=q
                CONFIG_I=abc
                CONFIG_I=012
                CONFIG_H=0xzz
                CONFIG_S="unterminated
                CONFIG_B=
                """);
        assertEquals(List.of(
                ".config:1:warning: symbol value 'x' invalid for B",
                ".config:2:warning: symbol value 'm' invalid for B",
                ".config:3:warning: symbol value 'q' invalid for T",
                ".config:4:warning: symbol value 'abc' invalid for I",
                ".config:5:warning: symbol value '012' invalid for I",
                ".config:6:warning: symbol value '0xzz' invalid for H",
                ".config:7:warning: invalid string found",
                ".config:8:warning: symbol value '' invalid for B"), t.warnings);
        assertEquals(8, n);
        assertEquals(List.of("n", "n", "1", "0x10", "def"), values(k));
        assertFalse(sym(k, "B").hasUserValue());
    }

    @Test
    void onlyTheFirstCharacterOfABoolOrTristateValueCounts() {
        Kconfig k = t.load(TREE);
        assertEquals(0, t.readConfig(k, "CONFIG_B=yes please\nCONFIG_T=module\n"));
        assertEquals(List.of("y", "m"), List.of(value(k, "B"), value(k, "T")));
    }

    @Test
    void unexpectedData() {
        Kconfig k = t.load(TREE);
        t.readConfig(k, "CONFIG_B=y\nCONFIG_NO_EQUALS_SIGN\nthis is not a config line\nconfig_lowercase=y\n"
                + "  CONFIG_T=y\n\n#CONFIG_T is not set\n# just a comment\n");
        assertEquals(List.of(
                ".config:2:warning: unexpected data: CONFIG_NO_EQUALS_SIGN",
                ".config:3:warning: unexpected data: this is not a config line",
                ".config:4:warning: unexpected data: config_lowercase=y",
                ".config:5:warning: unexpected data:   CONFIG_T=y"), t.warnings);
        assertEquals("y", value(k, "B"));
        assertFalse(sym(k, "T").hasUserValue());
    }

    @Test
    void reassigningASymbolIsAnOverride() {
        Kconfig k = t.load(TREE);
        t.readConfig(k, "CONFIG_B=y\nCONFIG_I=5\n# CONFIG_B is not set\nCONFIG_I=6\n");
        assertEquals(List.of(".config:3:warning: override: reassigning to symbol B",
                ".config:4:warning: override: reassigning to symbol I"), t.warnings);
        assertEquals(List.of("n", "6"), List.of(value(k, "B"), value(k, "I")));
    }

    @Test
    void crLfLineEndingsAreStripped() {
        Kconfig k = t.load(TREE);
        assertEquals(0, t.readConfig(k, "CONFIG_B=y\r\nCONFIG_I=42\r\nCONFIG_S=\"x\"\r\n# CONFIG_T is not set\r\n"));
        assertEquals(List.of("y", "n", "42", "0x10", "x"), values(k));
        assertTrue(sym(k, "T").hasUserValue());
    }

    @Test
    void aCarriageReturnWithoutNewlineIsPartOfTheValue() {
        // getline_stripped only strips "\r" before a "\n".
        Kconfig k = t.load(TREE);
        t.readConfig(k, "CONFIG_I=42\r");
        assertEquals(List.of(".config:1:warning: symbol value '42\r' invalid for I"), t.warnings);
    }

    @Test
    void unquotedStringsAreSilentlyIgnored() {
        Kconfig k = t.load(TREE);
        assertEquals(0, t.readConfig(k, "CONFIG_S=unquoted\n"));
        assertFalse(sym(k, "S").hasUserValue());
        assertEquals("def", value(k, "S"));
        assertEquals(List.of(), t.warnings);
    }

    @Test
    void unknownSymbolsAreIgnoredUnlessAskedToWarn() {
        Kconfig k = t.load(TREE);
        assertEquals(0, t.readConfig(k, "CONFIG_UNKNOWN=y\n# CONFIG_GONE is not set\nCONFIG_B=y\n"));
        assertEquals(List.of(), t.warnings);
        assertEquals("y", value(k, "B"));
        t.env.put("KCONFIG_WARN_UNKNOWN_SYMBOLS", "1");
        Kconfig k2 = t.load(TREE);
        assertEquals(2, t.readConfig(k2, "CONFIG_UNKNOWN=y\n# CONFIG_GONE is not set\n"));
        assertEquals(List.of(".config:1:warning: unknown symbol: UNKNOWN", ".config:2:warning: unknown symbol: GONE"),
                t.warnings);
    }

    @Test
    void anUnknownSymbolMarksTheConfigurationChanged() {
        Kconfig k = t.load(TREE);
        t.readConfig(k, new ConfigWriter(k).dotConfig());
        assertFalse(k.isChanged());
        t.readConfig(k, new ConfigWriter(k).dotConfig() + "CONFIG_UNKNOWN=y\n");
        assertTrue(k.isChanged());
    }

    @Test
    void readingReplacesAllUserValues() {
        Kconfig k = t.load(TREE);
        t.readConfig(k, "CONFIG_B=y\nCONFIG_I=5\n");
        t.readConfig(k, "CONFIG_T=m\n");
        assertFalse(sym(k, "B").hasUserValue());
        assertEquals(List.of("n", "m", "1", "0x10", "def"), values(k));
    }

    @Test
    void aMissingFileIsAnIoError() {
        Kconfig k = t.load(TREE);
        assertThrows(IOException.class, () -> new ConfigReader(k).read(tmp.resolve("nothere"), "nothere"));
    }

    // ---- "is not set" ----

    @Test
    void isNotSetLines() {
        Kconfig k = t.load(TREE.replace("config B\n\tbool \"b\"\n", "config B\n\tbool \"b\"\n\tdefault y\n"));
        assertEquals("y", value(k, "B"));
        t.readConfig(k, "# CONFIG_B is not set\n");
        assertEquals("n", value(k, "B"));
        assertEquals("n", sym(k, "B").userValue());
        // Only the exact form counts.
        for (String line : List.of("#CONFIG_B is not set", "# CONFIG_B is not set  ", "# CONFIG_B", "# CONFIG_B is unset",
                "# CONFIG_B  is not set")) {
            t.readConfig(k, line + "\n");
            assertEquals("y", value(k, "B"), line);
            assertFalse(sym(k, "B").hasUserValue(), line);
        }
        assertEquals(List.of(), t.warnings);
    }

    @Test
    void isNotSetForNonBooleans() {
        // The value "n" goes through conf_set_sym_val: invalid for int and hex, an unquoted (ignored) string.
        Kconfig k = t.load(TREE);
        t.readConfig(k, "# CONFIG_I is not set\n# CONFIG_H is not set\n# CONFIG_S is not set\n");
        assertEquals(List.of(".config:1:warning: symbol value 'n' invalid for I",
                ".config:2:warning: symbol value 'n' invalid for H"), t.warnings);
        assertFalse(sym(k, "S").hasUserValue());
    }

    @Test
    void theConfigPrefixComesFromTheEnvironment() {
        t.env.put("CONFIG_", "XX_");
        Kconfig k = t.load(TREE);
        t.readConfig(k, "XX_B=y\nCONFIG_T=y\n# XX_I is not set\n");
        assertEquals("y", value(k, "B"));
        assertEquals(List.of(".config:2:warning: unexpected data: CONFIG_T=y",
                ".config:3:warning: symbol value 'n' invalid for I"), t.warnings);
        assertTrue(TestTrees.body(k).startsWith("XX_MODULES=y\nXX_B=y\n# XX_T is not set\n"), TestTrees.body(k));
    }

    // ---- strings ----

    @Test
    void stringEscapesRoundTrip() throws IOException {
        Kconfig k = t.load(TREE);
        String nasty = "a \"quoted\" back\\slash \\\" end\\";
        assertTrue(sym(k, "S").setValue(nasty));
        String written = new ConfigWriter(k).dotConfig();
        assertTrue(written.contains("CONFIG_S=\"a \\\"quoted\\\" back\\\\slash \\\\\\\" end\\\\\"\n"), written);
        Kconfig k2 = t.load(TREE);
        t.readConfig(k2, written);
        assertFalse(k2.isChanged());
        assertEquals(nasty, value(k2, "S"));
        assertEquals(written, new ConfigWriter(k2).dotConfig());
        assertEquals(List.of(), t.warnings);
    }

    @Test
    void stringsWithTrailingDataAndEscapedOrdinaryCharacters() {
        Kconfig k = t.load(TREE);
        t.readConfig(k, "CONFIG_S=\"a\\nb\"  trailing ignored\n");
        assertEquals("anb", value(k, "S"));
    }

    @Test
    void bytesSurviveUnchanged() {
        Kconfig k = t.load(TREE);
        String latin = "caf\u00e9 \u00ff\u0001";
        t.readConfig(k, "CONFIG_S=\"" + latin + "\"\n");
        assertEquals(latin, value(k, "S"));
        assertTrue(new ConfigWriter(k).dotConfig().contains("CONFIG_S=\"" + latin + "\"\n"));
    }

    @Test
    void quoteHelper() {
        assertEquals("\"\"", ConfigWriter.quote(""));
        assertEquals("\"a\\\"b\\\\c\"", ConfigWriter.quote("a\"b\\c"));
        assertEquals("\"it's\"", ConfigWriter.quote("it's"));
    }

    // ---- writing ----

    @Test
    void headerMenusCommentsAndEndOfBlocks() {
        Kconfig k = t.load("""
                mainmenu "Test Config"
                config A
                	bool "a"
                	default y
                menu "Sub"
                config B
                	bool "b"
                comment "A comment"
                config C
                	int "c"
                	default 3
                menu "Empty inner"
                	depends on A
                endmenu
                endmenu
                config D
                	string "d"
                	default "x"
                menu "Invisible"
                	depends on NOPE
                config E
                	bool "e"
                comment "invisible comment"
                endmenu
                comment "last comment"
                	depends on A
                """);
        assertEquals("""
                #
                # Automatically generated file; DO NOT EDIT.
                # Test Config
                #
                CONFIG_A=y

                #
                # Sub
                #
                # CONFIG_B is not set

                #
                # A comment
                #
                CONFIG_C=3

                #
                # Empty inner
                #
                # end of Empty inner
                # end of Sub

                CONFIG_D="x"

                #
                # last comment
                #
                """, new ConfigWriter(k).dotConfig());
    }

    @Test
    void aSymbolDefinedTwiceIsWrittenOnce() {
        Kconfig k = t.load("config A\n\tbool \"a\"\n\tdefault y\nmenu \"M\"\nconfig A\n\tbool\nendmenu\n");
        assertEquals("CONFIG_A=y\n\n#\n# M\n#\n# end of M\n", TestTrees.body(k));
    }

    @Test
    void writingAStringAndEmptyValues() {
        Kconfig k = t.load("config S\n\tstring \"s\"\nconfig I\n\tint \"i\"\nconfig H\n\thex \"h\"\n");
        assertEquals("CONFIG_S=\"\"\nCONFIG_I=0\nCONFIG_H=0x0\n", TestTrees.body(k));
    }

    @Test
    void aHexValueReadWithoutPrefixIsKeptAsWritten() {
        // conf_set_sym_val stores the text; only sym_set_string_value adds "0x".
        Kconfig k = t.load(TREE);
        t.readConfig(k, "CONFIG_H=1f\n");
        assertEquals("1f", value(k, "H"));
        assertTrue(TestTrees.body(k).contains("CONFIG_H=1f\n"));
    }

    // ---- atomic writes ----

    private List<String> listDir() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeKeepsTheOldFileOnlyWhenTheContentsChange() throws IOException {
        Kconfig k = t.load(TREE);
        Path cfg = tmp.resolve(".config");
        ConfigWriter w = new ConfigWriter(k);
        assertTrue(w.writeDotConfig(cfg));
        assertFalse(k.isChanged());
        String first = t.read(".config");
        assertEquals(w.dotConfig(), first);
        assertEquals(List.of(".config", "Kconfig"), listDir());

        assertFalse(w.writeDotConfig(cfg), "same contents: nothing written");
        assertEquals(List.of(".config", "Kconfig"), listDir());

        assertTrue(sym(k, "B").setValue("y"));
        assertTrue(k.isChanged());
        assertTrue(w.writeDotConfig(cfg));
        String second = t.read(".config");
        assertNotEquals(first, second);
        assertEquals(first, t.read(".config.old"));
        assertEquals(List.of(".config", ".config.old", "Kconfig"), listDir());

        assertFalse(w.writeDotConfig(cfg));
        assertEquals(first, t.read(".config.old"), "an unchanged write keeps the old .config.old");

        assertTrue(sym(k, "I").setValue("7"));
        assertTrue(w.writeDotConfig(cfg));
        assertEquals(second, t.read(".config.old"));
        assertEquals(List.of(".config", ".config.old", "Kconfig"), listDir(), "no temporary file is left");
    }

    @Test
    void minimalConfigIsWrittenWithoutBackup() throws IOException {
        Kconfig k = t.load(TREE);
        assertTrue(sym(k, "B").setValue("y"));
        Path def = tmp.resolve("defconfig");
        new ConfigWriter(k).writeMinimalConfig(def);
        assertEquals("CONFIG_B=y\n", t.read("defconfig"));
        assertTrue(sym(k, "I").setValue("9"));
        new ConfigWriter(k).writeMinimalConfig(def);
        assertEquals("CONFIG_B=y\nCONFIG_I=9\n", t.read("defconfig"));
        assertEquals(List.of("Kconfig", "defconfig"), listDir());
    }

    @Test
    void writingIntoADirectoryFails() throws IOException {
        Kconfig k = t.load(TREE);
        Files.createDirectories(tmp.resolve("adir"));
        assertThrows(IOException.class, () -> new ConfigWriter(k).writeDotConfig(tmp.resolve("adir")));
    }

    @Test
    void writeCreatesMissingDirectories() throws IOException {
        Kconfig k = t.load(TREE);
        Path cfg = tmp.resolve("out/sub/.config");
        assertTrue(new ConfigWriter(k).writeDotConfig(cfg));
        assertEquals(new ConfigWriter(k).dotConfig(), ByteText.read(cfg));
    }

    @Test
    void outOfRangeNumbersAreClampedSilentlyAsLinuxDoes() {
        Kconfig k = t.load("config N\n\tint \"n\"\n\trange 1 10\nconfig X\n\thex \"x\"\n\trange 0x10 0x20\n");
        // Beyond 64 bits too: strtoll saturates. Linux's conf_read says nothing; the file is rewritten.
        assertEquals(0, t.read(k, ".config", "CONFIG_N=99999999999999999999999\nCONFIG_X=0xffffffffffffffffffff\n"));
        assertEquals("10", value(k, "N"));
        assertEquals("0x20", value(k, "X"));
        assertTrue(k.isChanged());
        t.read(k, ".config", "CONFIG_N=-99999999999999999999999\nCONFIG_X=0x1\n");
        assertEquals("1", value(k, "N"));
        assertEquals("0x10", value(k, "X"));
        assertEquals(List.of(), t.warnings);
    }

    @Test
    void aRewrittenConfigurationKeepsItsPermissions() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Kconfig k = t.load(TREE);
        Path cfg = t.write(".config", "CONFIG_B=y\n");
        for (String perms : List.of("rw-r--r--", "rw-r-----", "rw-rw-r--")) {
            Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString(perms));
            Files.writeString(cfg, "# changed\n");
            assertTrue(new ConfigWriter(k).writeDotConfig(cfg));
            assertEquals(perms, PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg)));
        }
    }

    @Test
    void aNewConfigurationGetsThePermissionsOfANewFile() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Kconfig k = t.load(TREE);
        // What fopen() gives Linux's conf_write: 0666 less the umask, not a temporary file's 0600.
        Path plain = Files.createFile(tmp.resolve("plain"));
        Path cfg = tmp.resolve(".config");
        assertTrue(new ConfigWriter(k).writeDotConfig(cfg));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(cfg));
    }

    // ---- savedefconfig ----

    private static final String DEFCONFIG_TREE = """
            config MODULES
            	bool "modules"
            	modules
            	default y
            config A
            	bool "a"
            	default y
            config B
            	tristate "b"
            config C
            	tristate "c"
            	select SEL
            config SEL
            	tristate "sel"
            config I
            	int "i"
            	range 0 100
            	default 10
            config S
            	string "s"
            	default "hello"
            choice
            	prompt "choice"
            	default Y
            config X
            	bool "x"
            config Y
            	bool "y"
            config Z
            	bool "z"
            endchoice
            config HIDDEN
            	bool
            	default A
            menu "M"
            	depends on A
            config IN_MENU
            	bool "in menu"
            endmenu
            """;

    @Test
    void savedefconfigWritesOnlyWhatDiffersFromTheDefaults() {
        Kconfig k = t.load(DEFCONFIG_TREE);
        assertEquals("", new ConfigWriter(k).minimalConfig());
        t.readConfig(k, "# CONFIG_A is not set\nCONFIG_B=m\nCONFIG_C=y\nCONFIG_I=10\nCONFIG_S=\"bye\"\nCONFIG_Z=y\n");
        // A: n differs from its default; SEL is forced by C (not changeable); I equals its default;
        // Z is not the default member; HIDDEN has no prompt.
        assertEquals("# CONFIG_A is not set\nCONFIG_B=m\nCONFIG_C=y\nCONFIG_S=\"bye\"\nCONFIG_Z=y\n",
                new ConfigWriter(k).minimalConfig());
    }

    @Test
    void theDefaultChoiceMemberIsNotWritten() {
        Kconfig k = t.load(DEFCONFIG_TREE);
        t.readConfig(k, "CONFIG_Y=y\n# CONFIG_X is not set\n# CONFIG_Z is not set\n");
        assertEquals("", new ConfigWriter(k).minimalConfig());
    }

    @Test
    void savedefconfigWritesTheSelectedMemberOfAnOptionalChoice() {
        // The optional-choice extension (Kconfiglib semantics): Kconfiglib's write_min_config skips the
        // default selection only "unless the choice is optional".
        Kconfig k = t.load("choice\n\tprompt \"c\"\n\toptional\nconfig A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n"
                + "endchoice\n");
        k.selectChoice(sym(k, "A"));
        assertEquals("y", value(k, "A"));
        String minimal = new ConfigWriter(k).minimalConfig();
        t.read(k, "defconfig", minimal);
        assertEquals("y", value(k, "A"), "defconfig was: " + minimal);
        assertEquals("CONFIG_A=y\n", minimal);
    }

    @Test
    void savedefconfigIsMinimalAndRestoresTheConfiguration() {
        Kconfig k = t.load(DEFCONFIG_TREE);
        t.readConfig(k, "# CONFIG_A is not set\nCONFIG_B=m\nCONFIG_C=m\nCONFIG_SEL=y\nCONFIG_I=99\nCONFIG_X=y\n"
                + "# CONFIG_MODULES is not set\n");
        String full = new ConfigWriter(k).dotConfig();
        String minimal = new ConfigWriter(k).minimalConfig();
        List<String> lines = minimal.lines().toList();
        assertFalse(lines.isEmpty());

        // Reading the minimal configuration as a defconfig gives the full one back.
        t.read(k, "defconfig", minimal);
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        assertEquals(full, new ConfigWriter(k).dotConfig());

        // Dropping any line gives another configuration: every line is needed.
        for (int i = 0; i < lines.size(); i++) {
            List<String> fewer = new ArrayList<>(lines);
            String dropped = fewer.remove(i);
            t.read(k, "defconfig", String.join("\n", fewer) + "\n");
            assertNotEquals(full, new ConfigWriter(k).dotConfig(), "line not needed: " + dropped);
        }
    }

    @Test
    void theWrittenConfigurationReadsBackUnchanged() {
        Kconfig k = t.load(DEFCONFIG_TREE);
        t.readConfig(k, "CONFIG_B=m\nCONFIG_Z=y\nCONFIG_I=55\nCONFIG_S=\"a\\\"b\"\nCONFIG_IN_MENU=y\n");
        String written = new ConfigWriter(k).dotConfig();
        t.readConfig(k, written);
        assertFalse(k.isChanged());
        assertEquals(written, new ConfigWriter(k).dotConfig());
        // Symbols without prompt are written and read back too (their user value is then ignored).
        assertEquals("y", sym(k, "HIDDEN").userValue());
    }
}
