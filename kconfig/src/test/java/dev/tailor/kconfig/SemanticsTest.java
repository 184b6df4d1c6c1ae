package dev.tailor.kconfig;

import static dev.tailor.kconfig.TestTrees.sym;
import static dev.tailor.kconfig.TestTrees.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How values are computed (Linux's symbol.c): select, imply, visibility, defaults, ranges, choices. */
class SemanticsTest {
    private static final String MODULES = "config MODULES\n\tbool \"modules\"\n\tmodules\n\tdefault y\n";

    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    private Kconfig load(String kconfig) {
        return t.load(kconfig);
    }

    // ---- select ----

    @Nested
    class Select {
        private static final String TREE = MODULES + """
                config A
                	tristate "a"
                config S
                	tristate "s"
                	select A
                config T
                	bool "t"
                	select A if COND
                config COND
                	bool "cond"
                """;

        @Test
        void selectForcesTheTargetToAtLeastTheSelectorsValue() {
            Kconfig k = load(TREE);
            assertEquals("n", value(k, "A"));
            assertTrue(sym(k, "S").setValue("y"));
            assertEquals("y", value(k, "A"));
            assertEquals(ValueSource.SELECT, sym(k, "A").valueSource());
            assertFalse(sym(k, "A").isChangeable());
            assertFalse(sym(k, "A").setValue("n"));
            assertFalse(sym(k, "A").setValue("m"));
            assertEquals("y", value(k, "A"));
        }

        @Test
        void selectByMLeavesMOrY() {
            Kconfig k = load(TREE);
            assertTrue(sym(k, "S").setValue("m"));
            assertEquals("m", value(k, "A"));
            assertTrue(sym(k, "A").isChangeable());
            assertFalse(sym(k, "A").setValue("n"));
            assertTrue(sym(k, "A").setValue("y"));
            assertEquals("y", value(k, "A"));
        }

        @Test
        void aUserValueBelowTheSelectIsRaised() {
            Kconfig k = load(TREE);
            t.readConfig(k, "# CONFIG_A is not set\nCONFIG_S=y\n");
            assertTrue(sym(k, "A").hasUserValue());
            assertEquals("y", value(k, "A"));
            assertTrue(new ConfigWriter(k).dotConfig().contains("\nCONFIG_A=y\n"));
        }

        @Test
        void aConditionalSelectAppliesOnlyWhenTheConditionHolds() {
            Kconfig k = load(TREE);
            assertTrue(sym(k, "T").setValue("y"));
            assertEquals("n", value(k, "A"));
            assertTrue(sym(k, "COND").setValue("y"));
            assertEquals("y", value(k, "A"));
            assertEquals("S || T && COND", Expr.toString(sym(k, "A").reverseDependencies()));
        }

        @Test
        void selectIgnoresTheTargetsDependenciesAndWarns() {
            Kconfig k = load("""
                    config A
                    	bool "a"
                    	depends on B
                    config B
                    	bool "b"
                    config C
                    	bool "c"
                    	default y
                    	select A
                    """);
            assertEquals("y", value(k, "A"));
            assertEquals(Tristate.NO, sym(k, "A").visibility());
            assertEquals(List.of("\nWARNING: unmet direct dependencies detected for A\n"
                    + "  Depends on [n]: B [=n]\n"
                    + "  Selected by [y]:\n"
                    + "  - C [=y]\n"), t.dependencyWarnings.stream().distinct().toList());
            assertTrue(TestTrees.body(k).contains("CONFIG_A=y\n"));
        }

        @Test
        void unmetDependencyWarningListsSelectorsByValue() {
            Kconfig k = load(MODULES + """
                    config D
                    	def_tristate m
                    config A
                    	tristate "a"
                    	depends on D
                    config C
                    	bool "c"
                    	default y
                    	select A
                    config E
                    	def_tristate m
                    	select A if D
                    config F
                    	bool "f"
                    	select A
                    """);
            assertEquals("y", value(k, "A"));
            assertEquals(List.of("\nWARNING: unmet direct dependencies detected for A\n"
                    + "  Depends on [m]: D [=m]\n"
                    + "  Selected by [y]:\n"
                    + "  - C [=y]\n"
                    + "  Selected by [m]:\n"
                    + "  - E [=m] && D [=m]\n"), t.dependencyWarnings.stream().distinct().toList());
        }

        @Test
        void noWarningWhenTheDependencyIsMet() {
            Kconfig k = load("config A\n\tbool \"a\"\n\tdepends on B\nconfig B\n\tdef_bool y\n"
                    + "config C\n\tdef_bool y\n\tselect A\n");
            assertEquals("y", value(k, "A"));
            assertEquals(List.of(), t.dependencyWarnings);
        }

        @Test
        void unmetDependencyWarningPrintsUndefinedSymbolsWithoutValue() {
            Kconfig k = load("config A\n\tbool \"a\"\n\tdepends on B && UNDEFINED\nconfig B\n\tbool \"b\"\n"
                    + "config C\n\tdef_bool y\n\tselect A\n");
            assertEquals("y", value(k, "A"));
            assertEquals("\nWARNING: unmet direct dependencies detected for A\n"
                    + "  Depends on [n]: B [=n] && UNDEFINED\n"
                    + "  Selected by [y]:\n"
                    + "  - C [=y]\n", t.dependencyWarnings.getFirst());
        }

        @Test
        void unmetDependencyWarningPrintsTristateConstantsWithValue() {
            // menu.c rewrites "depends on m" to "m && MODULES"; both are typed symbols in 6.18.
            Kconfig k = load(MODULES + "config A\n\ttristate \"a\"\n\tdepends on m\n"
                    + "config C\n\tdef_bool y\n\tselect A\n");
            assertTrue(sym(k, "MODULES").setValue("n"));
            assertEquals("y", value(k, "A"));
            assertEquals("\nWARNING: unmet direct dependencies detected for A\n"
                    + "  Depends on [n]: m [=m] && MODULES [=n]\n"
                    + "  Selected by [y]:\n"
                    + "  - C [=y]\n", t.dependencyWarnings.getLast());
        }
    }

    // ---- imply ----

    @Nested
    class Imply {
        private static final String TREE = MODULES + """
                config I
                	bool "i"
                	default y
                	imply A
                config A
                	tristate "a"
                	depends on D
                config D
                	tristate "d"
                	default y
                """;

        @Test
        void implyRaisesTheDefault() {
            Kconfig k = load(TREE);
            assertEquals("y", value(k, "A"));
            assertEquals(ValueSource.IMPLY, sym(k, "A").valueSource());
            assertTrue(sym(k, "A").isChangeable());
        }

        @Test
        void theUserCanLowerAnImpliedSymbol() {
            Kconfig k = load(TREE);
            assertTrue(sym(k, "A").setValue("n"));
            assertEquals("n", value(k, "A"));
            assertTrue(sym(k, "A").setValue("m"));
            assertEquals("m", value(k, "A"));
            t.readConfig(k, "CONFIG_I=y\n# CONFIG_A is not set\nCONFIG_D=y\n");
            assertEquals("n", value(k, "A"));
        }

        @Test
        void implyIsLimitedByTheDirectDependencies() {
            Kconfig k = load(TREE);
            assertTrue(sym(k, "D").setValue("m"));
            assertEquals("m", value(k, "A"));
            assertTrue(sym(k, "D").setValue("n"));
            assertEquals("n", value(k, "A"));
            assertEquals(List.of(), t.dependencyWarnings);
        }

        @Test
        void noImplyWithoutTheImplyingSymbol() {
            Kconfig k = load(TREE);
            assertTrue(sym(k, "I").setValue("n"));
            assertEquals("n", value(k, "A"));
            assertEquals("I", Expr.toString(sym(k, "A").weakReverseDependencies()));
        }
    }

    // ---- visibility and defaults ----

    @Test
    void theFirstDefaultWhoseConditionHoldsWins() {
        Kconfig k = load("""
                config A
                	int "a"
                	default 1 if X
                	default 2 if Y
                	default 3
                config B
                	bool "b"
                	default n if Y
                	default y
                config X
                	bool "x"
                config Y
                	def_bool y
                """);
        assertEquals("2", value(k, "A"));
        assertEquals("n", value(k, "B"));
        assertTrue(sym(k, "X").setValue("y"));
        assertEquals("1", value(k, "A"));
        assertEquals(ValueSource.DEFAULT, sym(k, "A").valueSource());
        assertEquals("1", sym(k, "A").defaultValue());
    }

    @Test
    void defaultsOfAllTypes() {
        Kconfig k = load(MODULES + """
                config B
                	def_bool y
                config T
                	def_tristate m if B
                config I
                	int
                	default 42
                config H
                	hex
                	default 0xCAFE
                config S
                	string
                	default "text"
                config S2
                	string
                	default S
                config NONE_I
                	int "no default"
                config NONE_H
                	hex "no default"
                config NONE_S
                	string "no default"
                """);
        assertEquals(SymbolType.BOOL, sym(k, "B").type());
        assertEquals(SymbolType.TRISTATE, sym(k, "T").type());
        assertEquals(List.of("y", "m", "42", "0xCAFE", "text", "text", "0", "0x0", ""),
                List.of("B", "T", "I", "H", "S", "S2", "NONE_I", "NONE_H", "NONE_S").stream()
                        .map(n -> value(k, n)).toList());
    }

    @Test
    void aPromptConditionControlsVisibility() {
        Kconfig k = load("""
                config A
                	bool "a" if SHOW
                	default y
                config SHOW
                	bool "show"
                """);
        assertEquals(Tristate.NO, sym(k, "A").visibility());
        assertFalse(sym(k, "A").setValue("n"));
        assertTrue(sym(k, "SHOW").setValue("y"));
        assertEquals(Tristate.YES, sym(k, "A").visibility());
        assertTrue(sym(k, "A").setValue("n"));
        assertEquals("n", value(k, "A"));
    }

    @Test
    void invisibleSymbolsIgnoreUserValues() {
        Kconfig k = load("""
                config A
                	bool "a" if SHOW
                	default y
                config S
                	string "s" if SHOW
                	default "def"
                config I
                	int "i" if SHOW
                	default 7
                config SHOW
                	bool "show"
                """);
        t.readConfig(k, "# CONFIG_A is not set\nCONFIG_S=\"user\"\nCONFIG_I=9\n");
        assertTrue(sym(k, "A").hasUserValue());
        assertEquals("n", sym(k, "A").userValue());
        assertEquals(List.of("y", "def", "7"), List.of(value(k, "A"), value(k, "S"), value(k, "I")));
        t.readConfig(k, "CONFIG_SHOW=y\n# CONFIG_A is not set\nCONFIG_S=\"user\"\nCONFIG_I=9\n");
        assertEquals(List.of("n", "user", "9"), List.of(value(k, "A"), value(k, "S"), value(k, "I")));
    }

    @Test
    void invisibleSymbolsWithoutDefaultAreNotWritten() {
        Kconfig k = load("config A\n\tbool\nconfig B\n\tbool\n\tdefault y\nconfig C\n\tbool \"c\"\n");
        assertFalse(sym(k, "A").isWritten());
        assertTrue(sym(k, "B").isWritten());
        assertTrue(sym(k, "C").isWritten());
        assertEquals("CONFIG_B=y\n# CONFIG_C is not set\n", TestTrees.body(k));
    }

    @Test
    void tristateIsBoolWithoutModules() {
        Kconfig k = load(MODULES + "config A\n\ttristate \"a\"\nconfig B\n\ttristate \"b\"\n\tdefault m\n");
        assertTrue(sym(k, "A").setValue("m"));
        assertEquals("m", value(k, "A"));
        assertEquals("m", value(k, "B"));
        assertTrue(sym(k, "MODULES").setValue("n"));
        assertEquals("y", value(k, "A"), "a user m counts as y without modules");
        assertEquals("y", value(k, "B"));
        assertFalse(sym(k, "A").setValue("m"));
        t.readConfig(k, "CONFIG_A=m\n# CONFIG_MODULES is not set\n");
        assertEquals("y", value(k, "A"));
        assertTrue(TestTrees.body(k).contains("CONFIG_A=y\n"));
    }

    // ---- ranges ----

    @Test
    void rangesClampDefaults() {
        Kconfig k = load("""
                config I
                	int "i"
                	range 10 20
                	default 5
                config J
                	int "j"
                	range 10 20
                	default 25
                config H
                	hex "h"
                	range 0x10 0x20
                	default 0x30
                config K
                	int "k"
                	range LOW HIGH
                	default 100
                config LOW
                	int
                	default 3
                config HIGH
                	int
                	default 7
                """);
        assertEquals(List.of("10", "20", "0x20", "7"),
                List.of(value(k, "I"), value(k, "J"), value(k, "H"), value(k, "K")));
        assertEquals(ValueSource.RANGE, sym(k, "I").valueSource());
    }

    @Test
    void aClampedValueIsTheRangeBoundsTextAsWritten() {
        // 6.18 sym_validate_range: sym->curr.val = range_sym->curr.val, the bound's own string.
        Kconfig k = load("""
                config H
                	hex "h"
                	range 10 20
                	default 0x5
                config I
                	int "i"
                	range HEXLOW 100
                	default 1
                config HEXLOW
                	hex
                	default 0x10
                """);
        // The bounds of a hex symbol are read in base 16: "10" is 0x10 and is copied without "0x".
        assertEquals("10", value(k, "H"));
        // A hex bound of an int symbol is read in its own base (0x10 = 16), its text copied.
        assertEquals("0x10", value(k, "I"));
        assertTrue(TestTrees.body(k).contains("CONFIG_H=10\nCONFIG_I=0x10\n"), TestTrees.body(k));
    }

    @Test
    void theFirstRangeWhoseConditionHoldsApplies() {
        Kconfig k = load("config I\n\tint \"i\"\n\trange 1 5 if X\n\trange 10 20\n\tdefault 7\n"
                + "config X\n\tbool \"x\"\n");
        assertEquals("10", value(k, "I"));
        assertTrue(sym(k, "X").setValue("y"));
        assertEquals("5", value(k, "I"));
    }

    @Test
    void userValuesOutOfRange() {
        Kconfig k = load("config I\n\tint \"i\"\n\trange 10 20\n\tdefault 15\n"
                + "config H\n\thex \"h\"\n\trange 0x10 0x20\n");
        Symbol i = sym(k, "I");
        assertFalse(i.setValue("25"));
        assertFalse(i.setValue("abc"));
        assertFalse(i.setValue("012"));
        assertEquals("15", i.stringValue());
        assertTrue(i.setValue("12"));
        assertEquals("12", i.stringValue());
        assertEquals(ValueSource.USER, i.valueSource());
        assertFalse(i.isWithinRange("9"));
        assertTrue(i.isWithinRange("20"));
        // A .config value is checked for syntax only, then clamped into the range.
        t.readConfig(k, "CONFIG_I=25\nCONFIG_H=0x5\n");
        assertEquals("25", i.userValue());
        assertEquals("20", i.stringValue());
        assertEquals("0x10", value(k, "H"));
        assertTrue(k.isChanged());
    }

    @Test
    void hexUserValuesGetThePrefix() {
        Kconfig k = load("config H\n\thex \"h\"\n");
        assertTrue(sym(k, "H").setValue("1f"));
        assertEquals("0x1f", value(k, "H"));
        assertTrue(sym(k, "H").setValue("0XAB"));
        assertEquals("0XAB", value(k, "H"));
        assertFalse(sym(k, "H").setValue("0xg"));
    }

    // ---- choices ----

    @Nested
    class Choices {
        private static final String TREE = """
                choice
                	prompt "pick"
                	default B
                config A
                	bool "a"
                config B
                	bool "b"
                config C
                	bool "c"
                	depends on X
                endchoice
                config X
                	bool "x"
                """;

        private List<String> values(Kconfig k) {
            return List.of(value(k, "A"), value(k, "B"), value(k, "C"));
        }

        private MenuNode choice(Kconfig k) {
            return sym(k, "A").choice();
        }

        @Test
        void theDefaultMemberIsChosen() {
            Kconfig k = load(TREE);
            assertEquals(List.of("n", "y", "n"), values(k));
            assertSame(sym(k, "B"), choice(k).selection());
            assertEquals(ValueSource.CHOICE_SELECTION, sym(k, "B").valueSource());
            assertEquals("# CONFIG_A is not set\nCONFIG_B=y\n# CONFIG_X is not set\n", TestTrees.body(k));
        }

        @Test
        void theUserSelectsAMember() {
            Kconfig k = load(TREE);
            k.selectChoice(sym(k, "A"));
            assertEquals(List.of("y", "n", "n"), values(k));
            assertTrue(sym(k, "A").hasUserValue());
            assertTrue(sym(k, "B").hasUserValue());
            assertEquals("n", sym(k, "B").userValue());
        }

        @Test
        void selectingANonMemberFails() {
            Kconfig k = load(TREE);
            org.junit.jupiter.api.Assertions.assertThrows(KconfigException.class, () -> k.selectChoice(sym(k, "X")));
        }

        @Test
        void theLastYInAConfigWins() {
            Kconfig k = load(TREE);
            t.readConfig(k, "CONFIG_A=y\nCONFIG_B=y\n");
            assertEquals(List.of("n", "y", "n"), values(k));
            t.readConfig(k, "CONFIG_B=y\nCONFIG_A=y\n");
            assertEquals(List.of("y", "n", "n"), values(k));
            assertEquals(0, t.warnings.size(), t.warnings.toString());
        }

        @Test
        void theDefaultIsSkippedWhenTheUserSaidN() {
            Kconfig k = load(TREE);
            t.readConfig(k, "# CONFIG_B is not set\n");
            // The first visible member without a user value.
            assertEquals(List.of("y", "n", "n"), values(k));
        }

        @Test
        void everyMemberNTakesTheLeastPrioritizedVisibleMember() {
            Kconfig k = load(TREE);
            // Priority after reading: B (last read) before A; C is invisible. The reverse walk finds A.
            t.readConfig(k, "# CONFIG_A is not set\n# CONFIG_B is not set\n");
            assertEquals(List.of("y", "n", "n"), values(k));
            t.readConfig(k, "# CONFIG_B is not set\n# CONFIG_A is not set\n");
            assertEquals(List.of("n", "y", "n"), values(k));
        }

        @Test
        void anInvisibleDefaultFallsBackToTheFirstVisibleMember() {
            Kconfig k = load(TREE.replace("default B", "default C"));
            assertEquals(List.of("y", "n", "n"), values(k));
            assertTrue(sym(k, "X").setValue("y"));
            assertEquals(List.of("n", "n", "y"), values(k));
        }

        @Test
        void aUserChoiceThatBecomesInvisibleIsReplaced() {
            Kconfig k = load(TREE);
            t.readConfig(k, "CONFIG_X=y\nCONFIG_C=y\n");
            assertEquals(List.of("n", "n", "y"), values(k));
            assertTrue(sym(k, "X").setValue("n"));
            assertEquals(List.of("n", "y", "n"), values(k));
        }

        @Test
        void anInvisibleChoiceSelectsNothingAndIsNotWritten() {
            Kconfig k = load(TREE.replace("\tdefault B\n", "\tdefault B\n\tdepends on X\n")
                    .replace("\tdepends on X\nendchoice", "endchoice"));
            assertEquals(List.of("n", "n", "n"), values(k));
            assertEquals("# CONFIG_X is not set\n", TestTrees.body(k));
            assertTrue(sym(k, "X").setValue("y"));
            assertEquals(List.of("n", "y", "n"), values(k));
        }

        @Test
        void anOptionalChoiceMayBeEmpty() {
            Kconfig k = load(TREE.replace("\tdefault B\n", "\toptional\n"));
            assertEquals(List.of("n", "n", "n"), values(k));
            assertNull(choice(k).selection());
            k.selectChoice(sym(k, "B"));
            assertEquals(List.of("n", "y", "n"), values(k));
        }

        @Test
        void choiceMembersDependOnTheChoicesVisibilityNotTheirOwnDefaults() {
            Kconfig k = load(TREE);
            assertEquals(Tristate.YES, sym(k, "A").visibility());
            assertEquals(Tristate.NO, sym(k, "C").visibility());
        }
    }

    // ---- transitional ----

    @Nested
    class Transitional {
        private static final String TREE = MODULES + """
                config NEW_BOOL
                	bool "new bool"
                	default OLD_BOOL
                config OLD_BOOL
                	bool
                	transitional
                config NEW_TRI
                	tristate "new tristate"
                	default OLD_TRI
                config OLD_TRI
                	tristate
                	transitional
                config NEW_INT
                	int "new int"
                	default OLD_INT
                config OLD_INT
                	int
                	transitional
                config NEW_HEX
                	hex "new hex"
                	default OLD_HEX
                config OLD_HEX
                	hex
                	transitional
                config NEW_STR
                	string "new string"
                	default OLD_STR
                config OLD_STR
                	string
                	transitional
                	help
                	  Renamed to NEW_STR.
                """;

        @Test
        void theOldValueBecomesTheNewSymbolsDefault() {
            Kconfig k = load(TREE);
            t.readConfig(k, "CONFIG_OLD_BOOL=y\nCONFIG_OLD_TRI=m\nCONFIG_OLD_INT=42\nCONFIG_OLD_HEX=0x1234\n"
                    + "CONFIG_OLD_STR=\"test string\"\n");
            assertEquals(List.of("y", "m", "42", "0x1234", "test string"),
                    List.of("NEW_BOOL", "NEW_TRI", "NEW_INT", "NEW_HEX", "NEW_STR").stream()
                            .map(n -> value(k, n)).toList());
            assertEquals("CONFIG_MODULES=y\nCONFIG_NEW_BOOL=y\nCONFIG_NEW_TRI=m\nCONFIG_NEW_INT=42\n"
                    + "CONFIG_NEW_HEX=0x1234\nCONFIG_NEW_STR=\"test string\"\n", TestTrees.body(k));
        }

        @Test
        void aUserValueOfTheNewSymbolTakesPrecedence() {
            Kconfig k = load(TREE);
            t.readConfig(k, "# CONFIG_NEW_BOOL is not set\nCONFIG_OLD_BOOL=y\nCONFIG_NEW_INT=100\nCONFIG_OLD_INT=200\n"
                    + "CONFIG_NEW_STR=\"user value\"\nCONFIG_OLD_STR=\"old value\"\n");
            assertEquals(List.of("n", "100", "user value"),
                    List.of(value(k, "NEW_BOOL"), value(k, "NEW_INT"), value(k, "NEW_STR")));
        }

        @Test
        void transitionalSymbolsAreNeverWritten() {
            Kconfig k = load(TREE);
            t.readConfig(k, "CONFIG_OLD_BOOL=y\nCONFIG_OLD_INT=42\nCONFIG_OLD_STR=\"x\"\n");
            String all = new ConfigWriter(k).dotConfig() + new ConfigWriter(k).minimalConfig();
            assertFalse(all.contains("OLD_"), all);
            assertFalse(sym(k, "OLD_BOOL").isWritten());
        }

        @Test
        void withoutTheOldSymbolTheNewOneHasItsTypesZero() {
            Kconfig k = load(TREE);
            assertEquals(List.of("n", "n", "0", "0x0", ""),
                    List.of("NEW_BOOL", "NEW_TRI", "NEW_INT", "NEW_HEX", "NEW_STR").stream()
                            .map(n -> value(k, n)).toList());
        }
    }

    // ---- menuconfig ----

    @Test
    void aMenuconfigControlsItsSubmenu() {
        Kconfig k = load("""
                menuconfig NET
                	bool "networking"
                if NET
                config TCP
                	bool "tcp"
                	default y
                config UDP
                	int "udp ports"
                	default 4
                endif
                config OTHER
                	bool "other"
                	default y
                """);
        MenuNode net = sym(k, "NET").nodes().getFirst();
        // The if-block stays as an empty node; its entries follow it inside the menuconfig's submenu.
        assertEquals(List.of("IF", "TCP", "UDP"), net.children().stream()
                .map(n -> n.symbol() == null ? n.kind().name() : n.symbol().name()).toList());
        assertEquals("n", value(k, "TCP"));
        assertEquals("# CONFIG_NET is not set\nCONFIG_OTHER=y\n", TestTrees.body(k));
        assertTrue(sym(k, "NET").setValue("y"));
        assertEquals("CONFIG_NET=y\nCONFIG_TCP=y\nCONFIG_UDP=4\nCONFIG_OTHER=y\n", TestTrees.body(k));
    }

    // ---- listnewconfig ----

    @Test
    void newSymbolsAreTheVisibleOnesWithoutUserValue() {
        Kconfig k = load("config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\nconfig C\n\tbool\n"
                + "config D\n\tbool \"d\"\n\tdepends on A\n");
        t.readConfig(k, "CONFIG_A=y\n");
        assertEquals(List.of("B", "D"), new ConfigTool(k).newSymbols().stream().map(Symbol::name).toList());
    }

    @Test
    void newSymbolsIncludeThoseBelowAnEntryWithHiddenPromptButValue() {
        // A's prompt is hidden, yet A is y and B below it is visible: Linux's menu_is_visible looks at B.
        Kconfig k = load("config EXPERT\n\tbool \"expert\"\nconfig A\n\tbool \"a\" if EXPERT\n\tdefault y\n"
                + "config B\n\tbool \"b\"\n\tdepends on A\n");
        t.readConfig(k, "# CONFIG_EXPERT is not set\n");
        assertEquals(List.of("B"), new ConfigTool(k).newSymbols().stream().map(Symbol::name).toList());
        assertTrue(sym(k, "A").hasUserValue(), "Linux marks the passed-over entry as having a value");
    }

    @Test
    void anEntryWithHiddenPromptAndValueNIsNotWalked() {
        Kconfig k = load("config EXPERT\n\tbool \"expert\"\nconfig A\n\tbool \"a\" if EXPERT\n"
                + "config B\n\tbool \"b\"\n\tdepends on A\n");
        t.readConfig(k, "# CONFIG_EXPERT is not set\n");
        assertEquals(List.of(), new ConfigTool(k).newSymbols());
    }
}
