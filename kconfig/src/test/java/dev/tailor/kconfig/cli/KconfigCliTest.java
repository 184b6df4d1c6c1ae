package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the command line, run in-process on small trees. */
class KconfigCliTest {
    static final String KCONFIG = """
            mainmenu "Test Config"

            config MODULES
            	bool "Enable loadable module support"
            	modules
            	default y

            config FOO
            	bool "Foo support"
            	default y
            	help
            	  Foo is a thing.

            config BAR
            	tristate "Bar driver"
            	depends on FOO

            config BAZ
            	bool "Baz (selects QUX)"
            	select QUX

            config QUX
            	bool "Qux"
            	depends on FOO

            menu "Numbers"

            config NUM
            	int "A number"
            	range 1 10
            	default 5

            config NAME
            	string "A name"
            	default "hello"

            endmenu

            choice
            	prompt "Pick one"
            	default PICK_B

            config PICK_A
            	bool "Pick A"

            config PICK_B
            	bool "Pick B"

            endchoice
            """;

    static final String HEADER = "#\n# Automatically generated file; DO NOT EDIT.\n# Test Config\n#\n";

    static final String ALLDEF = HEADER + """
            CONFIG_MODULES=y
            CONFIG_FOO=y
            # CONFIG_BAR is not set
            # CONFIG_BAZ is not set
            # CONFIG_QUX is not set

            #
            # Numbers
            #
            CONFIG_NUM=5
            CONFIG_NAME="hello"
            # end of Numbers

            # CONFIG_PICK_A is not set
            CONFIG_PICK_B=y
            """;

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        cli.write("Kconfig", KCONFIG);
    }

    private static void assertSuccess(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static void assertFailure(Cli.Result r) {
        assertEquals(1, r.exitCode(), r::toString);
        assertNoStackTrace(r);
    }

    static void assertNoStackTrace(Cli.Result r) {
        assertFalse(r.err().contains("\tat "), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.out().contains("\tat "), r::toString);
    }

    // ---- all*config, defconfig, olddefconfig ----

    @Test
    void alldefconfigWritesDefaults() throws IOException {
        Cli.Result r = cli.run("alldefconfig");
        assertSuccess(r);
        assertEquals("#\n# configuration written to .config\n#\n", r.out());
        assertEquals(ALLDEF, cli.read(".config"));
        assertFalse(cli.exists(".config.old"));
    }

    @Test
    void allnoAllyesAllmodconfig() throws IOException {
        assertSuccess(cli.run("allnoconfig"));
        String no = cli.read(".config");
        assertTrue(no.contains("# CONFIG_MODULES is not set\n# CONFIG_FOO is not set\n"), no);
        assertTrue(no.contains("CONFIG_PICK_B=y"), no);

        assertSuccess(cli.run("allyesconfig"));
        String yes = cli.read(".config");
        assertTrue(yes.contains("CONFIG_FOO=y\nCONFIG_BAR=y\nCONFIG_BAZ=y\nCONFIG_QUX=y\n"), yes);

        assertSuccess(cli.run("allmodconfig"));
        String mod = cli.read(".config");
        assertTrue(mod.contains("CONFIG_BAR=m\n"), mod);
        assertTrue(mod.contains("CONFIG_FOO=y\n"), mod);
    }

    @Test
    void oldConfigIsKeptAsDotOld() throws IOException {
        assertSuccess(cli.run("allnoconfig"));
        String first = cli.read(".config");
        assertFalse(cli.exists(".config.old"));

        assertSuccess(cli.run("allyesconfig"));
        assertEquals(first, cli.read(".config.old"));
        String second = cli.read(".config");

        // Writing the same contents again changes nothing, .config.old included.
        Cli.Result again = cli.run("allyesconfig");
        assertSuccess(again);
        assertEquals("#\n# No change to configuration in '.config'\n#\n", again.out());
        assertEquals(second, cli.read(".config"));
        assertEquals(first, cli.read(".config.old"));
    }

    @Test
    void defconfigReadsFileThenDefaults() throws IOException {
        cli.write("configs/small_defconfig", "CONFIG_BAR=m\nCONFIG_NUM=7\nCONFIG_PICK_A=y\n");
        Cli.Result r = cli.run("defconfig", "configs/small_defconfig");
        assertSuccess(r);
        String config = cli.read(".config");
        assertTrue(config.contains("CONFIG_FOO=y\nCONFIG_BAR=m\n"), config);
        assertTrue(config.contains("CONFIG_NUM=7\n"), config);
        assertTrue(config.contains("CONFIG_PICK_A=y\n# CONFIG_PICK_B is not set\n"), config);
    }

    @Test
    void defconfigFallsBackToSrctree(@TempDir Path build) throws IOException {
        cli.write("configs/small_defconfig", "CONFIG_NUM=9\n");
        Cli.Result r = new Cli(build).run("--srctree", dir.toString(), "defconfig", "configs/small_defconfig");
        assertSuccess(r);
        String config = Files.readString(build.resolve(".config"));
        assertTrue(config.contains("CONFIG_NUM=9\n"), config);
    }

    @Test
    void defconfigMissingFile() {
        Cli.Result r = cli.run("defconfig", "no_such_defconfig");
        assertFailure(r);
        assertTrue(r.err().contains("Can't find default configuration \"no_such_defconfig\""), r::toString);
        assertFalse(cli.exists(".config"));
    }

    @Test
    void defconfigWarningsNameFileAndLine() throws IOException {
        cli.write("d", "CONFIG_NUM=7\nCONFIG_FOO=maybe\n");
        Cli.Result r = cli.run("defconfig", "d");
        assertSuccess(r);
        assertTrue(r.err().contains("d:2:warning: symbol value 'maybe' invalid for FOO"), r::toString);
        Cli.Result strict = cli.env("KCONFIG_WERROR", "1").run("defconfig", "d");
        assertFailure(strict);
    }

    @Test
    void olddefconfigKeepsValuesAndAddsNewOnes() throws IOException {
        cli.write(".config", "CONFIG_FOO=y\nCONFIG_BAR=m\nCONFIG_NUM=3\n");
        Cli.Result r = cli.run("olddefconfig");
        assertSuccess(r);
        String config = cli.read(".config");
        assertTrue(config.contains("CONFIG_BAR=m\n"), config);
        assertTrue(config.contains("CONFIG_NUM=3\n"), config);
        assertTrue(config.contains("CONFIG_NAME=\"hello\"\n"), config);
        assertEquals("CONFIG_FOO=y\nCONFIG_BAR=m\nCONFIG_NUM=3\n", cli.read(".config.old"));
    }

    @Test
    void olddefconfigWithoutDotConfigIsFine() throws IOException {
        assertSuccess(cli.run("olddefconfig"));
        assertEquals(ALLDEF, cli.read(".config"));
    }

    @Test
    void configOptionAndEnvironment() throws IOException {
        assertSuccess(cli.run("--config", "out/my.config", "alldefconfig"));
        assertEquals(ALLDEF, cli.read("out/my.config"));
        // Global options are accepted after the command too.
        assertSuccess(cli.run("allnoconfig", "--config", "out/other.config"));
        assertTrue(cli.read("out/other.config").contains("# CONFIG_FOO is not set"));
        assertSuccess(cli.env("KCONFIG_CONFIG", "env.config").run("alldefconfig"));
        assertEquals(ALLDEF, cli.read("env.config"));
        assertFalse(cli.exists(".config"));
    }

    @Test
    void allconfigSeedsAllModes() throws IOException {
        cli.write("all.config", "# CONFIG_FOO is not set\n");
        Cli.Result r = cli.env("KCONFIG_ALLCONFIG", "1").run("allyesconfig");
        assertSuccess(r);
        assertTrue(cli.read(".config").contains("# CONFIG_FOO is not set\n"));
        cli.write("allyes.config", "CONFIG_PICK_A=y\n");
        assertSuccess(cli.run("allyesconfig"));
        String config = cli.read(".config");
        assertTrue(config.contains("CONFIG_FOO=y\n"), config);
        assertTrue(config.contains("CONFIG_PICK_A=y\n"), config);
        cli.write("seed.config", "CONFIG_NUM=2\n");
        assertSuccess(cli.env("KCONFIG_ALLCONFIG", "seed.config").run("alldefconfig"));
        assertTrue(cli.read(".config").contains("CONFIG_NUM=2\n"));
        Cli.Result missing = cli.env("KCONFIG_ALLCONFIG", "nope.config").run("allnoconfig");
        assertFailure(missing);
        assertTrue(missing.err().contains("Can't read seed configuration \"nope.config\""), missing::toString);
    }

    @Test
    void werrorMakesUnmetDependenciesFatal() throws IOException {
        cli.write("all.config", "# CONFIG_FOO is not set\nCONFIG_BAZ=y\n");
        cli.env("KCONFIG_ALLCONFIG", "1");
        Cli.Result r = cli.run("alldefconfig");
        assertSuccess(r);
        assertTrue(r.err().contains("WARNING: unmet direct dependencies detected for QUX"), r::toString);
        Cli.Result strict = cli.env("KCONFIG_WERROR", "").run("alldefconfig");
        assertFailure(strict);
        assertTrue(strict.err().contains("KCONFIG_WERROR"), strict::toString);
    }

    @Test
    void randconfigPrintsSeedAndRepeats() throws IOException {
        Cli.Result r = cli.env("KCONFIG_SEED", "0x1234").run("randconfig");
        assertSuccess(r);
        assertTrue(r.out().startsWith("KCONFIG_SEED=0x1234\n"), r::toString);
        String first = cli.read(".config");
        assertSuccess(cli.run("randconfig"));
        assertEquals(first, cli.read(".config"));
        Cli.Result bad = cli.env("KCONFIG_PROBABILITY", "150").run("randconfig");
        assertFailure(bad);
        assertTrue(bad.err().contains("KCONFIG_PROBABILITY"), bad::toString);
    }

    @Test
    void randconfigWithoutSeedPrintsOne() {
        Cli.Result r = cli.run("randconfig");
        assertSuccess(r);
        assertTrue(r.out().matches("(?s)KCONFIG_SEED=0x[0-9A-F]+\n.*"), r::toString);
    }

    // ---- listnewconfig, savedefconfig ----

    @Test
    void listnewconfigPrintsNewSymbolsWithDefaults() throws IOException {
        cli.write(".config", "CONFIG_MODULES=y\nCONFIG_FOO=y\n# CONFIG_BAZ is not set\nCONFIG_NUM=4\n");
        Cli.Result r = cli.run("listnewconfig");
        assertSuccess(r);
        assertEquals("""
                CONFIG_BAR=n
                CONFIG_QUX=n
                CONFIG_NAME="hello"
                CONFIG_PICK_A=n
                CONFIG_PICK_B=y
                """, r.out());
        assertFalse(cli.exists(".config.old"), "listnewconfig writes nothing");
    }

    static final String HIDDEN_PROMPT = """
            config EXPERT
            	bool "Expert"
            config A
            	bool "a" if EXPERT
            	default y
            config B
            	bool "b"
            	depends on A
            """;

    @Test
    void listnewconfigLooksBelowAnEntryWhosePromptIsHidden() throws IOException {
        cli.write("Kconfig", HIDDEN_PROMPT);
        Cli.Result r = cli.run("listnewconfig");
        assertSuccess(r);
        assertEquals("CONFIG_EXPERT=n\nCONFIG_B=n\n", r.out());
    }

    @Test
    void oldconfigAsksBelowAnEntryWhosePromptIsHidden() throws IOException {
        cli.write("Kconfig", HIDDEN_PROMPT);
        cli.write(".config", "# CONFIG_EXPERT is not set\n");
        Cli.Result r = cli.stdin("y\n").run("oldconfig");
        assertSuccess(r);
        // A depends on EXPERT, so it sits below EXPERT in the menu tree, and B below A.
        assertTrue(r.out().startsWith("*\n* Restart config...\n*\n*\n* Main menu\n*\nExpert (EXPERT) [N/y/?] n\n"
                + "  a (A) [Y/?] y\n    b (B) [N/y/?] (NEW) y\n#\n"), r::toString);
        assertTrue(cli.read(".config").contains("CONFIG_A=y\nCONFIG_B=y\n"), r::toString);
    }

    @Test
    void savedefconfigWritesMinimalConfig() throws IOException {
        cli.write(".config", HEADER + "CONFIG_FOO=y\nCONFIG_BAR=m\nCONFIG_NUM=5\nCONFIG_NAME=\"world\"\nCONFIG_PICK_A=y\n");
        Cli.Result r = cli.run("savedefconfig", "--out", "configs/saved_defconfig");
        assertSuccess(r);
        assertEquals("CONFIG_BAR=m\nCONFIG_NAME=\"world\"\nCONFIG_PICK_A=y\n", cli.read("configs/saved_defconfig"));
        assertSuccess(cli.run("savedefconfig"));
        assertEquals(cli.read("configs/saved_defconfig"), cli.read("defconfig"));
        // What it saves gives the same configuration back.
        assertSuccess(cli.run("olddefconfig"));
        String full = cli.read(".config");
        assertSuccess(cli.run("--config", "again.config", "defconfig", "defconfig"));
        assertEquals(full, cli.read("again.config"));
    }

    // ---- setconfig ----

    @Test
    void setconfigSetsValues() throws IOException {
        assertSuccess(cli.run("alldefconfig"));
        Cli.Result r = cli.run("setconfig", "BAR=m", "CONFIG_NUM=8", "NAME=\"a \\\"b\\\"\"", "PICK_A=y");
        assertSuccess(r);
        String config = cli.read(".config");
        assertTrue(config.contains("CONFIG_BAR=m\n"), config);
        assertTrue(config.contains("CONFIG_NUM=8\n"), config);
        assertTrue(config.contains("CONFIG_NAME=\"a \\\"b\\\"\"\n"), config);
        assertTrue(config.contains("CONFIG_PICK_A=y\n# CONFIG_PICK_B is not set\n"), config);
        assertEquals(ALLDEF, cli.read(".config.old"));
        // Assignments apply in order: FOO=n first hides BAR.
        assertSuccess(cli.run("setconfig", "FOO=n", "NAME=plain"));
        config = cli.read(".config");
        assertFalse(config.contains("CONFIG_BAR"), config);
        assertTrue(config.contains("CONFIG_NAME=\"plain\"\n"), config);
    }

    @Test
    void setconfigKeepsUtf8Bytes() throws IOException {
        assertSuccess(cli.run("setconfig", "NAME=h\u00e9llo \u2603"));
        String config = Files.readString(dir.resolve(".config"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(config.contains("CONFIG_NAME=\"h\u00e9llo \u2603\"\n"), config);
        String info = cli.run("info", "NAME").out();
        assertTrue(info.contains("Value: h\u00e9llo \u2603\n"), info);
    }

    @Test
    void setconfigRefusesAndWritesNothing() throws IOException {
        assertSuccess(cli.run("alldefconfig"));
        String before = cli.read(".config");

        Cli.Result unknown = cli.run("setconfig", "NUM=3", "NOPE=y");
        assertFailure(unknown);
        assertTrue(unknown.err().contains("NOPE=y: unknown symbol"), unknown::toString);

        Cli.Result range = cli.run("setconfig", "NUM=11");
        assertFailure(range);
        assertTrue(range.err().contains("NUM=11: out of range [1 10] (Kconfig:30)"), range::toString);

        Cli.Result type = cli.run("setconfig", "NUM=abc");
        assertFailure(type);
        assertTrue(type.err().contains("NUM=abc: invalid value for int symbol"), type::toString);

        Cli.Result boolM = cli.run("setconfig", "FOO=m");
        assertFailure(boolM);
        assertTrue(boolM.err().contains("FOO is bool: m is not allowed"), boolM::toString);

        Cli.Result hidden = cli.run("setconfig", "FOO=n", "BAR=y");
        assertFailure(hidden);
        assertTrue(hidden.err().contains("BAR=y: not visible: its prompt depends on FOO [=n]"), hidden::toString);

        assertSuccess(cli.run("setconfig", "BAZ=y"));
        before = cli.read(".config");
        Cli.Result selected = cli.run("setconfig", "QUX=n");
        assertFailure(selected);
        assertTrue(selected.err().contains("QUX=n: it is forced to y by select from BAZ [=y]"), selected::toString);

        Cli.Result noModules = cli.run("setconfig", "MODULES=n", "BAR=m");
        assertFailure(noModules);
        assertTrue(noModules.err().contains("m is not allowed while modules are disabled (MODULES=n)"),
                noModules::toString);

        assertEquals(before, cli.read(".config"), "a refused setconfig writes nothing");

        // Turning the selected member of a choice off selects another one.
        assertSuccess(cli.run("setconfig", "PICK_B=n"));
        assertTrue(cli.read(".config").contains("CONFIG_PICK_A=y\n# CONFIG_PICK_B is not set\n"));
    }

    @Test
    void setconfigUsageErrors() {
        Cli.Result r = cli.run("setconfig", "FOO");
        assertEquals(2, r.exitCode(), r::toString);
        Cli.Result none = cli.run("setconfig");
        assertEquals(2, none.exitCode(), none::toString);
    }

    @Test
    void setconfigAcceptsKconfigFileLast() throws IOException {
        Files.move(dir.resolve("Kconfig"), dir.resolve("Other.kconfig"));
        assertSuccess(cli.run("setconfig", "NUM=2", "Other.kconfig"));
        assertTrue(cli.read(".config").contains("CONFIG_NUM=2\n"));
    }

    // ---- info ----

    @Test
    void infoExplainsUserValueAndDefinition() throws IOException {
        cli.write(".config", "CONFIG_FOO=y\nCONFIG_BAR=m\n");
        Cli.Result r = cli.run("info", "BAR");
        assertSuccess(r);
        String out = r.out();
        assertTrue(out.contains("Symbol: BAR\nType: tristate\nValue: m\n"), out);
        assertTrue(out.contains("Why: user value m (read from .config)"), out);
        assertTrue(out.contains("Defined at:\n  Kconfig:14 (config, prompt \"Bar driver\")"), out);
        assertTrue(out.contains("\"Bar driver\" if FOO [=y]  (Kconfig:15)"), out);
        assertTrue(out.contains("Depends on: FOO [=y]"), out);
    }

    @Test
    void infoExplainsDefaultSelectRangeAndChoice() throws IOException {
        cli.write(".config", "CONFIG_FOO=n\nCONFIG_BAZ=y\nCONFIG_NUM=99\n");
        String foo = cli.run("info", "FOO").out();
        assertTrue(foo.contains("Why: user value n (read from .config)"), foo);
        assertTrue(foo.contains("Help:\n  Foo is a thing.\n"), foo);

        String qux = cli.run("info", "QUX").out();
        assertTrue(qux.contains("Value: y\n"), qux);
        assertTrue(qux.contains("Why: forced to y by select from BAZ [=y] (Kconfig:20)"), qux);
        assertTrue(qux.contains("although its direct dependencies are not met: FOO [=n]"), qux);
        assertTrue(qux.contains("Selected by:\n  BAZ [=y]  (Kconfig:20)"), qux);

        String num = cli.run("info", "NUM").out();
        assertTrue(num.contains("Value: 10\n"), num);
        assertTrue(num.contains("Why: clamped into the range [1 10] at Kconfig:30: the user value 99"), num);

        String name = cli.run("info", "CONFIG_NAME").out();
        assertTrue(name.contains("Why: default hello at Kconfig:35"), name);

        String pick = cli.run("info", "PICK_B").out();
        assertTrue(pick.contains("Why: the selected member of its choice at Kconfig:39, by the choice's default"), pick);
        assertTrue(pick.contains("Choice: member of \"Pick one\" at Kconfig:39; selected: PICK_B"), pick);
        String other = cli.run("info", "PICK_A").out();
        assertTrue(other.contains("Why: another member of its choice is selected: PICK_B"), other);
    }

    @Test
    void infoExplainsNothingApplied() throws IOException {
        cli.write(".config", "CONFIG_FOO=n\n");
        String bar = cli.run("info", "BAR").out();
        assertTrue(bar.contains("Value: n\n"), bar);
        assertTrue(bar.contains("Why: nothing gives it a value, so it is n: it is not visible"), bar);
        assertTrue(bar.contains("not visible: prompt depends on FOO [=n]"), bar);
    }

    @Test
    void infoUnknownSymbol() {
        Cli.Result r = cli.run("info", "NOPE");
        assertFailure(r);
        assertTrue(r.err().contains("unknown symbol NOPE"), r::toString);
    }

    // ---- $(info), $(warning-if), $(error-if) ----

    @Test
    void infoGoesToStandardOutputAndWarningIfToStandardErrorWithTheLocation() throws IOException {
        cli.write("Kconfig", "$(info,hello world 0)\n\n$(warning-if,y,hello world 1)\n$(error-if,n,not printed)\n"
                + "config A\n\tbool \"a\"\n");
        Cli.Result r = cli.run("alldefconfig");
        assertSuccess(r);
        assertTrue(r.out().startsWith("hello world 0\n#\n# configuration written to .config\n"), r::toString);
        assertEquals("Kconfig:3: hello world 1\n", r.err());
    }

    @Test
    void errorIfStopsWithTheLocation() throws IOException {
        cli.write("Kconfig", "config A\n\tbool \"a\"\n$(error-if,y,compiler too old)\n");
        Cli.Result r = cli.run("alldefconfig");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("Kconfig:3: compiler too old\n", r.err());
    }

    @Test
    void checkKeepsInfoOffStandardOutput() throws IOException {
        cli.write("Kconfig", "$(info,hello)\nconfig A\n\tbool \"a\"\n");
        Cli.Result r = cli.run("check");
        assertSuccess(r);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("hello\n"), r::toString);
    }

    // ---- oldconfig ----

    @Test
    void oldconfigAsksOnlyNewSymbols() throws IOException {
        cli.write(".config", HEADER + "CONFIG_MODULES=y\nCONFIG_FOO=y\nCONFIG_BAR=m\n# CONFIG_BAZ is not set\n"
                + "# CONFIG_QUX is not set\nCONFIG_NUM=5\nCONFIG_NAME=\"hello\"\nCONFIG_PICK_B=y\n# CONFIG_PICK_A is not set\n");
        cli.write("Kconfig", KCONFIG + """

                config NEWONE
                	tristate "A new driver"
                	depends on FOO
                	help
                	  Something new.

                config NEWNUM
                	int "A new number"
                	default 3
                """);
        Cli.Result r = cli.stdin("m\n42\n").run("oldconfig");
        assertSuccess(r);
        assertTrue(r.out().startsWith("*\n* Restart config...\n*\n*\n* Test Config\n*\n"), r::toString);
        assertTrue(r.out().contains("Foo support (FOO) [Y/n/?] y\n"), r::toString);
        assertTrue(r.out().contains("A new driver (NEWONE) [N/m/y/?] (NEW) m\n"), r::toString);
        assertTrue(r.out().contains("A new number (NEWNUM) [3] (NEW) 42\n"), r::toString);
        assertTrue(r.out().contains("Pick one\n  1. Pick A (PICK_A)\n> 2. Pick B (PICK_B)\nchoice[1-2?]: 2\n"),
                r::toString);
        String config = cli.read(".config");
        assertTrue(config.contains("CONFIG_NEWONE=m\nCONFIG_NEWNUM=42\n"), config);
        assertTrue(config.contains("CONFIG_BAR=m\n"), config);
    }

    @Test
    void oldconfigHelpRetryAndEndOfInput() throws IOException {
        cli.write(".config", "CONFIG_MODULES=y\nCONFIG_FOO=y\n");
        // "?" shows the help, "x" is asked again, then the input ends: the defaults are taken.
        Cli.Result r = cli.stdin("?\nx\nm\n").run("oldconfig");
        assertSuccess(r);
        String out = r.out();
        assertTrue(out.contains("  Bar driver (BAR) [N/m/y/?] (NEW) ?\n\nThere is no help available for this option.\n"
                + "Symbol: BAR [=n]\nType  : tristate\nDefined at Kconfig:14\n  Prompt: Bar driver\n"
                + "  Depends on: FOO [=y]\n"), out);
        assertTrue(out.contains("  Bar driver (BAR) [N/m/y/?] (NEW) x\n  Bar driver (BAR) [N/m/y/?] (NEW) m\n"), out);
        assertTrue(r.err().contains("Error in reading or end of file."), r::toString);
        String config = cli.read(".config");
        assertTrue(config.contains("CONFIG_BAR=m\n"), config);
        assertTrue(config.contains("CONFIG_NUM=5\n"), config);
        assertTrue(config.contains("CONFIG_PICK_B=y\n"), config);
    }

    @Test
    void oldconfigAnswersNewChoice() throws IOException {
        cli.write(".config", "CONFIG_MODULES=y\nCONFIG_FOO=y\n# CONFIG_BAR is not set\n# CONFIG_BAZ is not set\n"
                + "# CONFIG_QUX is not set\nCONFIG_NUM=5\nCONFIG_NAME=\"x\"\n");
        Cli.Result r = cli.stdin("1\n").run("oldconfig");
        assertSuccess(r);
        assertTrue(r.out().contains("Pick one\n  1. Pick A (PICK_A) (NEW)\n> 2. Pick B (PICK_B) (NEW)\nchoice[1-2?]: 1\n"),
                r::toString);
        assertTrue(cli.read(".config").contains("CONFIG_PICK_A=y\n# CONFIG_PICK_B is not set\n"));
    }

    // ---- check ----

    @Test
    void checkCleanTree() {
        Cli.Result r = cli.run("check");
        assertSuccess(r);
        assertEquals("", r.out());
        assertTrue(r.err().contains("check: 0 errors, 0 warnings"), r::toString);
        assertSuccess(cli.run("check", "--strict"));
    }

    @Test
    void checkFindsUndefinedSymbolsAndUnmetSelects() throws IOException {
        cli.write("Kconfig", """
                config A
                	bool "A"
                	default y
                	select B

                config B
                	bool
                	depends on C

                config C
                	bool "C"

                config D
                	bool "D"
                	depends on MISSING
                	default y if ALSO_MISSING

                if MISSING
                config E
                	bool "E"
                config F
                	bool "F"
                endif

                config G
                	int "G"
                	range 0 100
                	default 10
                """);
        Cli.Result r = cli.run("check");
        assertSuccess(r);
        assertEquals("""
                Kconfig:13: warning: symbol MISSING is referenced but never defined
                Kconfig:18: warning: symbol MISSING is referenced but never defined
                Kconfig:16: warning: symbol ALSO_MISSING is referenced but never defined
                Kconfig:4: warning: A [=y] selects B, which has unmet direct dependencies (C [=n])
                """, r.out());
        assertTrue(r.err().contains("check: 0 errors, 4 warnings"), r::toString);
        assertFalse(r.err().contains("WARNING: unmet direct dependencies"), r::toString);

        Cli.Result strict = cli.run("check", "--strict");
        assertEquals(1, strict.exitCode(), strict::toString);

        String info = cli.run("info", "MISSING").out();
        assertTrue(info.contains("referenced but not defined"), info);
        assertTrue(info.contains("Referenced at:\n  Kconfig:13\n  Kconfig:18\n"), info);

        // With a .config that turns A off, the select no longer matters.
        cli.write(".config", "# CONFIG_A is not set\n");
        Cli.Result off = cli.run("check");
        assertFalse(off.out().contains("selects B"), off::toString);
    }

    @Test
    void checkReportsDependencyLoopAsError() throws IOException {
        cli.write("Kconfig", """
                config A
                	bool "A"
                	depends on B

                config B
                	bool "B"
                	depends on A
                """);
        Cli.Result r = cli.run("check");
        assertFailure(r);
        assertTrue(r.out().startsWith("Kconfig:1: error: recursive dependency detected!"), r::toString);
        assertTrue(r.err().contains("check: 1 error, 0 warnings"), r::toString);

        Cli.Result normal = cli.run("olddefconfig");
        assertFailure(normal);
        assertEquals("""
                error: recursive dependency detected!
                	symbol A depends on B
                	symbol B depends on A
                For a resolution refer to Documentation/kbuild/kconfig-language.rst
                subsection "Kconfig recursive dependency limitations"

                """, normal.err());
        assertFalse(cli.exists(".config"));
    }

    @Test
    void checkReportsSyntaxErrorWithLocation() throws IOException {
        cli.write("Kconfig", "config A\n\tbool \"A\"\n\tdepends on (B\n");
        Cli.Result r = cli.run("check");
        assertFailure(r);
        assertTrue(r.out().matches("(?s)Kconfig:3: (error: )?syntax error.*"), r::toString);
    }

    @Test
    void defconfigListAndSrctreeDefaults(@TempDir Path build) throws IOException {
        cli.write("arch/defaults", "CONFIG_NUM=6\n");
        Cli c = new Cli(build).env("srctree", dir.toString()).env("KCONFIG_DEFCONFIG_LIST", "nope arch/defaults");
        Cli.Result r = c.run("olddefconfig");
        assertSuccess(r);
        assertTrue(r.out().startsWith("#\n# using defaults found in arch/defaults\n#\n"), r::toString);
        assertTrue(c.read(".config").contains("CONFIG_NUM=6\n"));
    }

    // ---- errors and usage ----

    @Test
    void syntaxErrorIsOneMessageWithLocation() throws IOException {
        cli.write("sub/Kconfig", "config X\n\tbool \"X\"\n\tbogus_keyword here\n");
        cli.write("Kconfig", "source \"sub/Kconfig\"\n");
        Cli.Result r = cli.run("alldefconfig");
        assertFailure(r);
        assertTrue(r.err().startsWith("sub/Kconfig:3: "), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("sub/Kconfig:3: ")).count(), r::toString);
        assertFalse(cli.exists(".config"));
    }

    @Test
    void missingKconfigFile(@TempDir Path empty) {
        Cli.Result r = new Cli(empty).run("alldefconfig");
        assertFailure(r);
        assertTrue(r.err().contains("no KCONFIG_FILE given"), r::toString);
        Cli.Result named = new Cli(empty).run("alldefconfig", "Nope.kconfig");
        assertFailure(named);
        assertTrue(named.err().contains("Nope.kconfig"), named::toString);
    }

    @Test
    void configUkIsTheSecondDefault(@TempDir Path uk) throws IOException {
        Cli c = new Cli(uk);
        c.write("Config.uk", "config UK\n\tbool \"UK\"\n\tdefault y\n");
        assertSuccess(c.run("alldefconfig"));
        assertTrue(c.read(".config").contains("CONFIG_UK=y\n"));
    }

    @Test
    void ioErrorIsOneMessage() throws IOException {
        Files.createDirectories(dir.resolve("adir"));
        Cli.Result r = cli.run("--config", "adir", "alldefconfig");
        assertFailure(r);
        assertTrue(r.err().startsWith("kconfig: "), r::toString);
        assertTrue(r.err().contains("adir"), r::toString);
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Result unknown = cli.run("frobconfig");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("frobconfig"), unknown::toString);
        Cli.Result none = cli.run();
        assertEquals(2, none.exitCode(), none::toString);
        Cli.Result missingArg = cli.run("defconfig");
        assertEquals(2, missingArg.exitCode(), missingArg::toString);
        Cli.Result badOption = cli.run("alldefconfig", "--bogus");
        assertEquals(2, badOption.exitCode(), badOption::toString);
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Cli.Result r = cli.run("--help");
        assertSuccess(r);
        for (String command : new String[] {"alldefconfig", "allnoconfig", "allyesconfig", "allmodconfig",
                "olddefconfig", "oldconfig", "randconfig", "listnewconfig", "defconfig", "savedefconfig",
                "setconfig", "info", "check"}) {
            assertTrue(r.out().contains("  " + command), command + "\n" + r.out());
        }
        assertTrue(r.out().contains("Exit status:"), r.out());
        assertTrue(r.out().contains("--shell-cache"), r.out());
        Cli.Result sub = cli.run("savedefconfig", "--help");
        assertSuccess(sub);
        assertTrue(sub.out().contains("--out"), sub.out());
    }

    // ---- environment and shell ----

    @Test
    void environmentAndShellCache() throws IOException {
        cli.write("Kconfig", """
                mainmenu "$(TITLE)"

                config GREETING
                	string "Greeting"
                	default "$(shell,echo hello)"

                config OTHER
                	string "Other"
                	default "$(shell,echo other)"
                """);
        cli.write("cache.json", "{\n \"echo hello\": \"recorded\\n\"\n}\n");
        Cli.Result r = cli.env("TITLE", "From Env").run("--shell-cache", "cache.json", "alldefconfig");
        assertSuccess(r);
        String config = cli.read(".config");
        assertTrue(config.startsWith("#\n# Automatically generated file; DO NOT EDIT.\n# From Env\n#\n"), config);
        assertTrue(config.contains("CONFIG_GREETING=\"recorded\"\n"), config);
        assertTrue(config.contains("CONFIG_OTHER=\"other\"\n"), config);
        String cache = cli.read("cache.json");
        assertTrue(cache.contains("\"echo other\": \"other\\n\""), cache);

        // KCONFIG_SHELL_CACHE does the same.
        cli.write("cache2.json", "{\"echo hello\": \"second\\n\", \"echo other\": \"x\\n\"}");
        assertSuccess(cli.env("KCONFIG_SHELL_CACHE", "cache2.json").run("alldefconfig"));
        assertTrue(cli.read(".config").contains("CONFIG_GREETING=\"second\"\n"));
    }
}
