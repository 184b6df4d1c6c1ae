package dev.tailor.kconfig;

import static dev.tailor.kconfig.TestTrees.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statements of Linux's parser.y and the menu tree menu.c builds from them, and syntax errors. */
class ParserTest {
    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    /** A node as "KIND name-or-prompt". */
    private static String describe(MenuNode n) {
        String what = n.symbol() != null && n.symbol().name() != null ? n.symbol().name()
                : n.promptText() != null ? n.promptText() : "-";
        return n.kind() + " " + what;
    }

    private static List<String> children(MenuNode n) {
        return n.children().stream().map(ParserTest::describe).toList();
    }

    private static MenuNode child(MenuNode parent, int i) {
        return parent.children().get(i);
    }

    // ---- statements and the menu tree ----

    @Test
    void mainmenuSetsTheRootPrompt() {
        Kconfig k = t.load("mainmenu \"My Title\"\nconfig A\n\tbool \"a\"\n");
        assertEquals("My Title", k.mainMenuTitle());
        assertEquals("My Title", k.root().promptText());
        assertEquals(MenuKind.ROOT, k.root().kind());
    }

    @Test
    void withoutMainmenuTheTitleIsMainMenu() {
        Kconfig k = t.load("config A\n\tbool \"a\"\n");
        assertEquals("Main menu", k.mainMenuTitle());
    }

    @Test
    void menuAndEndmenuNestEntries() {
        Kconfig k = t.load("""
                menu "Outer"
                	depends on A
                	visible if B
                config X
                	bool "x"
                menu "Inner"
                config Y
                	bool "y"
                endmenu
                endmenu
                config A
                	bool "a"
                config B
                	bool "b"
                """);
        assertEquals(List.of("MENU Outer", "CONFIG A", "CONFIG B"), children(k.root()));
        MenuNode outer = child(k.root(), 0);
        assertEquals(List.of("CONFIG X", "MENU Inner"), children(outer));
        assertEquals(List.of("CONFIG Y"), children(child(outer, 1)));
        assertEquals("A", Expr.toString(outer.dependencies()));
        assertEquals("B", Expr.toString(outer.visibleIf()));
        MenuNode y = child(child(outer, 1), 0);
        assertSame(child(outer, 1), y.parent());
        // Dependencies of enclosing menus flow into entries and their prompts; "visible if" only into prompts.
        assertEquals("A", Expr.toString(y.dependencies()));
        assertEquals("A && B", Expr.toString(y.prompt().condition()));
        assertEquals(1, outer.line());
        assertEquals("Kconfig", outer.file());
    }

    @Test
    void ifBlocksAreFlattenedAndTheirConditionBecomesADependency() {
        Kconfig k = t.load("""
                config X
                	bool "x"
                comment "separator"
                if X
                config B
                	bool "b"
                config C
                	bool "c"
                	depends on D
                endif
                config D
                	bool "d"
                """);
        assertEquals(List.of("CONFIG X", "COMMENT separator", "IF -", "CONFIG B", "CONFIG C", "CONFIG D"),
                children(k.root()));
        MenuNode ifNode = child(k.root(), 2);
        assertTrue(ifNode.children().isEmpty());
        MenuNode b = child(k.root(), 3);
        assertSame(k.root(), b.parent());
        assertEquals("X", Expr.toString(b.dependencies()));
        assertEquals("X && D", Expr.toString(child(k.root(), 4).dependencies()));
        assertEquals("X && D", Expr.toString(sym(k, "C").directDependencies()));
    }

    @Test
    void menuconfigGetsTheEntriesThatDependOnItAsSubmenu() {
        Kconfig k = t.load("""
                menuconfig M
                	bool "m"
                config S1
                	bool "s1"
                	depends on M
                config S2
                	bool "s2"
                	depends on M && OTHER
                config T
                	bool "t"
                """);
        assertEquals(List.of("MENUCONFIG M", "CONFIG T"), children(k.root()));
        MenuNode m = child(k.root(), 0);
        assertEquals(PropertyKind.MENU, m.prompt().kind());
        assertEquals(List.of("CONFIG S1", "CONFIG S2"), children(m));
        assertSame(m, child(m, 1).parent());
    }

    @Test
    void entriesMentioningThePrecedingSymbolBecomeItsSubmenu() {
        // menu.c: an entry whose dependency contains the symbol joins its submenu when it depends on it,
        // or when its dependencies are a superset of the symbol's (always, for a symbol without any):
        // even "depends on !A" is indented under A. The first entry not mentioning A ends the submenu.
        Kconfig k = t.load("""
                config A
                	bool "a"
                config B
                	bool "b"
                	depends on A
                config C
                	bool "c"
                	depends on !A
                config D
                	bool "d"
                config E
                	bool "e"
                	depends on A
                """);
        assertEquals(List.of("CONFIG A", "CONFIG D", "CONFIG E"), children(k.root()));
        assertEquals(List.of("CONFIG B", "CONFIG C"), children(child(k.root(), 0)));
    }

    @Test
    void anEntryWhoseDependenciesAreASupersetOfTheSymbolsJoinsItsSubmenu() {
        Kconfig k = t.load("""
                config A
                	bool "a"
                	depends on R
                config C
                	bool "c"
                	depends on (A || Q) && R
                config B
                	bool "b"
                	depends on A || Q
                config R
                	bool "r"
                """);
        // C requires R as A does: a child of A. B mentions A but does not require R: the submenu ends.
        assertEquals(List.of("CONFIG A", "CONFIG B", "CONFIG R"), children(k.root()));
        assertEquals(List.of("CONFIG C"), children(child(k.root(), 0)));
    }

    @Test
    void menuconfigWithoutPromptIsAnError() {
        KconfigException e = t.loadFails("menuconfig M\n\tbool\n");
        assertEquals("menuconfig statement without prompt", e.reason());
    }

    @Test
    void commentWithDependencies() {
        Kconfig k = t.load("comment \"hello world\"\n\tdepends on A\n\tdepends on B\nconfig A\n\tbool \"a\"\n");
        MenuNode c = child(k.root(), 0);
        assertEquals(MenuKind.COMMENT, c.kind());
        assertEquals("hello world", c.promptText());
        assertEquals(PropertyKind.COMMENT, c.prompt().kind());
        assertNull(c.symbol());
        assertEquals("A && B", Expr.toString(c.dependencies()));
    }

    @Test
    void choiceWithMembers() {
        Kconfig k = t.load("""
                choice
                	prompt "pick one"
                	default B
                config A
                	bool "a"
                config B
                	bool "b"
                endchoice
                """);
        MenuNode choice = child(k.root(), 0);
        assertEquals(MenuKind.CHOICE, choice.kind());
        assertTrue(choice.symbol().isChoice());
        assertNull(choice.symbol().name());
        assertEquals(SymbolType.BOOL, choice.symbol().type());
        assertEquals("pick one", choice.promptText());
        assertEquals(List.of("CONFIG A", "CONFIG B"), children(choice));
        assertEquals(List.of(sym(k, "A"), sym(k, "B")), choice.choiceMembers());
        assertSame(choice, sym(k, "A").choice());
        assertTrue(sym(k, "B").isChoiceMember());
        assertSame(sym(k, "B"), choice.selection());
        assertFalse(choice.isOptional());
        assertNull(choice.choiceName());
    }

    @Test
    void namedChoicesAndOptionalAreAccepted() {
        Kconfig k = t.load("""
                choice NAMED
                	prompt "pick"
                	optional
                config A
                	bool "a"
                endchoice
                """);
        MenuNode choice = child(k.root(), 0);
        assertEquals("NAMED", choice.choiceName());
        assertTrue(choice.isOptional());
        assertNull(k.symbol("NAMED"), "the name of a choice is no symbol");
    }

    @Test
    void choiceWithoutPromptIsAnError() {
        KconfigException e = t.loadFails("choice\nconfig A\n\tbool \"a\"\nendchoice\n");
        assertEquals("Kconfig", e.file());
        assertEquals(1, e.line());
        assertEquals("error: choice must have a prompt", e.reason());
    }

    @Test
    void choiceMembersMustBeBoolWithAPrompt() {
        KconfigException e = t.loadFails("choice\n\tprompt \"c\"\nconfig A\n\ttristate \"a\"\nendchoice\n");
        assertEquals("Kconfig:3: error: choice member must be bool", e.getMessage());
        e = t.loadFails("choice\n\tprompt \"c\"\nconfig A\n\tbool\nendchoice\n");
        assertEquals("Kconfig:3: error: choice member must have a prompt", e.getMessage());
    }

    @Test
    void choiceMembersMayNotHaveDefaults() {
        KconfigException e = t.loadFails("choice\n\tprompt \"c\"\nconfig A\n\tbool \"a\"\n\tdefault y\nendchoice\n");
        assertEquals("Kconfig:5: error: defaults for choice values not supported", e.getMessage());
    }

    // ---- choices: ifs and comments inside ----

    @Test
    void ifBlocksAndCommentsInsideAChoice() {
        Kconfig k = t.load("""
                choice
                	prompt "c"
                comment "inside"
                if X
                config A
                	bool "a"
                endif
                config B
                	bool "b"
                endchoice
                config X
                	bool "x"
                """);
        MenuNode choice = child(k.root(), 0);
        assertEquals(List.of(sym(k, "A"), sym(k, "B")), choice.choiceMembers());
        assertSame(choice, sym(k, "A").choice());
        assertEquals("X", Expr.toString(sym(k, "A").nodes().getFirst().dependencies()));
        assertSame(sym(k, "B"), choice.selection());
        assertTrue(sym(k, "X").setValue("y"));
        assertSame(sym(k, "A"), choice.selection());
    }

    @Test
    void menusAndSourcesAreInvalidInsideAChoice() {
        KconfigException e = t.loadFails("choice\n\tprompt \"c\"\nconfig A\n\tbool \"a\"\nmenu \"m\"\nendmenu\nendchoice\n");
        assertEquals("Kconfig", e.file());
        assertEquals(5, e.line());
        e = t.loadFails("choice\n\tprompt \"c\"\nsource \"other\"\nendchoice\n");
        assertEquals(3, e.line());
    }

    // ---- warnings ----

    @Test
    void propertyWarnings() {
        t.load("""
                config I
                	int "i"
                	default abc
                	default L && J
                config J
                	bool "j"
                	range 1 5
                	select I
                config K
                	int "k"
                	imply J
                	prompt "again"
                	prompt "  padded"
                """);
        assertEquals(List.of(
                "Kconfig:12:warning: prompt redefined",
                "Kconfig:13:warning: leading whitespace ignored",
                "Kconfig:13:warning: prompt redefined",
                "Kconfig:3:warning: 'I': number is invalid",
                "Kconfig:4:warning: default for config symbol 'I' must be a single symbol",
                "Kconfig:7:warning: range is only allowed for int or hex symbols",
                "Kconfig:7:warning: range is invalid",
                "Kconfig:8:warning: 'I' has wrong type. 'select' only accept arguments of bool and tristate type",
                "Kconfig:11:warning: config symbol 'K' uses imply, but is not bool or tristate"), t.warnings);
    }

    @Test
    void choiceDefaultOutsideTheChoiceIsWarned() {
        t.load("choice\n\tprompt \"c\"\n\tdefault X\nconfig A\n\tbool \"a\"\nendchoice\nconfig X\n\tbool \"x\"\n");
        assertEquals(List.of("Kconfig:3:warning: choice default symbol 'X' is not contained in the choice"),
                t.warnings);
    }

    @Test
    void multiLineStringWarningNamesTheLine() {
        t.load("config A\n\tbool \"abc\n");
        assertEquals(List.of("Kconfig:2:warning: multi-line strings not supported"), t.warnings);
    }

    @Test
    void multiLineStringWarningAfterAContinuationNamesTheStatementLine() {
        // lexer.l prints zconf_curname():zconf_lineno(), i.e. current_pos, set at the first token of the
        // statement ("bool" on line 2), while the unterminated string is on line 3.
        t.load("config A\n\tbool \\\n\t\"abc\n");
        assertEquals(List.of("Kconfig:2:warning: multi-line strings not supported"), t.warnings);
    }

    // ---- the preprocessor's functions ----

    @Test
    void infoWarningIfAndErrorIf() {
        t.load("$(info,hello $(ARCH_UNSET)world)\n$(warning-if,y,careful)\n$(warning-if,n,silent)\n"
                + "config A\n\tbool\n");
        assertEquals(List.of("hello world"), t.infos);
        assertEquals(List.of("Kconfig:2: careful"), t.messages);
        KconfigException e = t.loadFails("config A\n\tbool\n$(error-if,y,stop here)\n");
        assertEquals("Kconfig", e.file());
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("stop here"), e.reason());
    }

    @Test
    void filenameAndLinenoExpandToTheLocation() {
        t.write("sub/Kconfig", "\nconfig B\n\tstring\n\tdefault \"$(filename):$(lineno)\"\n");
        Kconfig k = t.load("config A\n\tstring\n\tdefault \"$(filename):$(lineno)\"\nsource \"sub/Kconfig\"\n");
        assertEquals("Kconfig:3", sym(k, "A").stringValue());
        assertEquals("sub/Kconfig:4", sym(k, "B").stringValue());
    }

    @Test
    void shellOutputBecomesPartOfTheTree() {
        t.shell = cmd -> cmd.equals("echo y") ? "y\n" : "";
        Kconfig k = t.load("config A\n\tdef_bool $(shell,echo y)\n");
        assertEquals("y", sym(k, "A").stringValue());
    }

    // ---- source ----

    @Test
    void sourceReadsFilesRelativeToTheWorkingDirectory() {
        t.write("sub/Kconfig", "config SUB\n\tbool \"sub\"\nsource \"sub/deeper/Kconfig\"\n");
        t.write("sub/deeper/Kconfig", "config DEEP\n\tbool \"deep\"\n");
        Kconfig k = t.load("config TOP\n\tbool \"top\"\nsource \"sub/Kconfig\"\nconfig LAST\n\tbool \"last\"\n");
        assertEquals(List.of("CONFIG TOP", "CONFIG SUB", "CONFIG DEEP", "CONFIG LAST"), children(k.root()));
        assertEquals(List.of("Kconfig", "sub/Kconfig", "sub/deeper/Kconfig"), k.files());
        MenuNode deep = child(k.root(), 2);
        assertEquals("sub/deeper/Kconfig", deep.file());
        assertEquals(1, deep.line());
        assertEquals(4, child(k.root(), 3).line());
    }

    @Test
    void sourceFallsBackToSrctree() {
        t.write("tree/sub/Kconfig", "config SUB\n\tbool \"sub\"\n");
        t.env.put("srctree", "tree");
        Kconfig k = t.load("source \"sub/Kconfig\"\n");
        assertEquals(List.of("CONFIG SUB"), children(k.root()));
    }

    @Test
    void rsourceIsRelativeToTheSourcingFile() {
        t.write("sub/Kconfig", "rsource \"Kconfig.inner\"\n");
        t.write("sub/Kconfig.inner", "config INNER\n\tbool \"inner\"\n");
        Kconfig k = t.load("source \"sub/Kconfig\"\n");
        assertEquals(List.of("CONFIG INNER"), children(k.root()));
        assertEquals(List.of("Kconfig", "sub/Kconfig", "sub/Kconfig.inner"), k.files());
    }

    @Test
    void osourceAndOrsourceIgnoreMissingFiles() {
        t.write("sub/Kconfig", "orsource \"missing\"\norsource \"present\"\n");
        t.write("sub/present", "config P\n\tbool \"p\"\n");
        t.write("opt", "config O\n\tbool \"o\"\n");
        Kconfig k = t.load("osource \"nothere/Kconfig\"\nosource \"opt\"\nsource \"sub/Kconfig\"\n");
        assertEquals(List.of("CONFIG O", "CONFIG P"), children(k.root()));
    }

    @Test
    void aMissingSourcedFileIsAnErrorAtTheSourceLine() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\nsource \"nothere\"\n");
        assertEquals("Kconfig", e.file());
        assertEquals(3, e.line());
        assertEquals("can't open file \"nothere\"", e.reason());
    }

    @Test
    void aMissingTopFileIsAnError() {
        KconfigException e = org.junit.jupiter.api.Assertions.assertThrows(KconfigException.class,
                () -> t.loadFile("NoSuchKconfig"));
        assertEquals("can't find file NoSuchKconfig", e.getMessage());
    }

    @Test
    void globSourceReadsEveryMatchInSortedOrder() {
        for (String d : List.of("b", "a", "c")) {
            t.write("drivers/" + d + "/Kconfig", "config DRV_" + d.toUpperCase() + "\n\tbool \"" + d + "\"\n");
        }
        t.write("drivers/a/Other", "config NOT_MATCHED\n\tbool \"x\"\n");
        Kconfig k = t.load("source \"drivers/*/Kconfig\"\n");
        assertEquals(List.of("CONFIG DRV_A", "CONFIG DRV_B", "CONFIG DRV_C"), children(k.root()));
        assertNull(k.symbol("NOT_MATCHED"));
    }

    @Test
    void globWithoutMatchIsAnErrorForSourceButNotForOsource() {
        KconfigException e = t.loadFails("source \"nothing/*/Kconfig\"\n");
        assertEquals("Kconfig", e.file());
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("nothing/*/Kconfig"), e.reason());
        Kconfig k = t.load("osource \"nothing/*/Kconfig\"\nconfig A\n\tbool \"a\"\n");
        assertEquals(List.of("CONFIG A"), children(k.root()));
    }

    @Test
    void aSourceLoopIsRecursiveInclusion() {
        t.write("a", "config A\n\tbool \"a\"\nsource \"b\"\n");
        t.write("b", "\nsource \"a\"\n");
        KconfigException e = t.loadFails("source \"a\"\n");
        assertTrue(e.reason().startsWith("Recursive inclusion detected"), e.getMessage());
        assertTrue(e.reason().contains("current file : a"), e.reason());
        assertEquals("b", e.file());
        assertEquals(2, e.line());
        // Linux 6.18 prints the whole chain, up to the top file, and no location prefix.
        assertEquals("Recursive inclusion detected.\nInclusion path:\n  current file : a\n  included from: b:2\n"
                + "  included from: a:3\n  included from: Kconfig:1", e.getMessage());
    }

    @Test
    void anRsourceLoopIsRecursiveInclusion() {
        t.write("sub/Kconfig", "config A\n\tbool \"a\"\nrsource \"../sub/Kconfig\"\n");
        KconfigException e = t.loadFails("rsource \"sub/Kconfig\"\n");
        assertEquals("Recursive inclusion detected.\nInclusion path:\n  current file : sub/Kconfig\n"
                + "  included from: sub/Kconfig:3\n  included from: Kconfig:1", e.getMessage());
    }

    @Test
    void sourcingTheSameFileTwiceInSequenceIsNoLoop() {
        t.write("common", "comment \"common\"\n");
        Kconfig k = t.load("source \"common\"\nsource \"common\"\n");
        assertEquals(List.of("COMMENT common", "COMMENT common"), children(k.root()));
    }

    // ---- syntax errors ----

    @Test
    void unknownStatement() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\n\nfoo bar\n");
        assertEquals("Kconfig", e.file());
        assertEquals(4, e.line());
        assertEquals("unknown statement \"foo\"", e.reason());
        assertEquals("Kconfig:4: unknown statement \"foo\"", e.getMessage());
    }

    @Test
    void invalidStatement() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\n\"just a string\"\n");
        assertEquals("Kconfig:3: invalid statement", e.getMessage());
        e = t.loadFails("\n\nendmenu\n");
        assertEquals("Kconfig", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void attributesOutsideAnEntryAreInvalid() {
        KconfigException e = t.loadFails("bool \"a\"\n");
        assertEquals("Kconfig:1: invalid statement", e.getMessage());
    }

    @Test
    void everyErrorIsReportedAndTheFirstIsThrown() {
        KconfigException e = t.loadFails("foo\nconfig A\n\tbool \"a\"\nbar\n");
        assertEquals("Kconfig:1: unknown statement \"foo\"", e.getMessage());
        // The other errors travel with the first as suppressed exceptions.
        assertEquals(List.of("Kconfig:4: unknown statement \"bar\""),
                java.util.Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).toList());
    }

    @Test
    void missingEndmenu() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\nmenu \"M\"\nconfig B\n\tbool \"b\"\n");
        assertEquals("Kconfig", e.file());
        assertEquals(3, e.line());
        assertEquals("missing end statement for this entry", e.reason());
    }

    @Test
    void missingEndifAndEndchoice() {
        assertEquals("Kconfig:2: missing end statement for this entry",
                t.loadFails("\nif A\nconfig B\n\tbool \"b\"\n").getMessage());
        assertEquals("Kconfig:1: missing end statement for this entry",
                t.loadFails("choice\n\tprompt \"p\"\nconfig B\n\tbool \"b\"\n").getMessage());
    }

    @Test
    void mismatchedEndToken() {
        KconfigException e = t.loadFails("menu \"M\"\nendif\n");
        assertEquals("Kconfig:2: unexpected 'endif' within menu block", e.getMessage());
    }

    @Test
    void endifInADifferentFileThanItsIf() {
        // Linux reads sourced files as one token stream: the if_stmt spans both files and zconf_endtoken
        // reports "b:1: 'endif' in different file than 'if'" (then "Kconfig:1: location of the 'if'").
        t.write("b", "endif\n");
        KconfigException e = t.loadFails("if A\nsource \"b\"\n");
        assertEquals("b:1: 'endif' in different file than 'if'", e.getMessage());
    }

    @Test
    void anEndStatementInASourcedFileIsAnError() {
        // Whatever the message, the block is not closed by another file and the load fails at b:1.
        t.write("b", "endif\n");
        KconfigException e = t.loadFails("if A\nsource \"b\"\n");
        assertEquals("b", e.file());
        assertEquals(1, e.line());
    }

    @Test
    void syntaxErrorInAnExpressionIsLocated() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\n\tdepends on (B ||\n");
        assertEquals("Kconfig", e.file());
        assertEquals(3, e.line());
    }

    @Test
    void syntaxErrorLineIsTheLineTheStatementStartsOn() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\n\tdepends on B || \\\n\t\tC ||\n");
        assertEquals(3, e.line());
    }

    // ---- multiple definitions ----

    @Test
    void multipleDefinitionsMergeTheirProperties() {
        Kconfig k = t.load("""
                config A
                	bool "a"
                config X
                	bool "x"
                	default y
                if X
                config A
                	default y
                	select S
                endif
                config S
                	bool
                """);
        Symbol a = sym(k, "A");
        assertEquals(2, a.nodes().size());
        assertEquals(List.of(PropertyKind.PROMPT, PropertyKind.DEFAULT, PropertyKind.SELECT),
                a.properties().stream().map(Property::kind).toList());
        assertEquals(List.of(2, 8, 9), a.properties().stream().map(Property::line).toList());
        // The dependency of the second definition applies to its properties only.
        assertNull(a.properties().get(0).condition());
        assertEquals("X", Expr.toString(a.properties().get(1).condition()));
        // The direct dependencies OR the definitions' dependencies; as in menu.c, expr_alloc_or(NULL, X)
        // is X: the unconditional first definition does not make them "y".
        assertEquals("X", Expr.toString(a.directDependencies()));
        assertEquals("A && X", Expr.toString(sym(k, "S").reverseDependencies()));
        assertSame(a.nodes().get(0), a.promptNode());
        assertEquals("y", a.stringValue());
    }

    @Test
    void typeRedefinitionIsIgnoredWithAWarning() {
        Kconfig k = t.load("config A\n\tbool \"a\"\nconfig A\n\tint\n");
        assertEquals(SymbolType.BOOL, sym(k, "A").type());
        assertEquals(List.of("Kconfig:3:warning: ignoring type redefinition of 'A' from 'bool' to 'integer'"),
                t.warnings);
    }

    @Test
    void aSymbolWithoutTypeIsWarned() {
        t.load("config A\n\tprompt \"a\"\n");
        assertEquals(List.of("Kconfig:1:warning: config symbol defined without type"), t.warnings);
    }

    // ---- option, transitional ----

    @Test
    void optionLinesAreRejected() {
        KconfigException e = t.loadFails("config MODULES\n\tbool \"modules\"\n\toption modules\n");
        assertEquals("Kconfig:3: unknown statement \"option\"", e.getMessage());
        e = t.loadFails("config DEFCONFIG_LIST\n\tstring\n\toption defconfig_list\n");
        assertEquals("Kconfig:3: unknown statement \"option\"", e.getMessage());
    }

    @Test
    void modulesAttributeSetsTheModulesSymbol() {
        Kconfig k = t.load("config MODULES\n\tbool \"modules\"\n\tmodules\n");
        assertSame(sym(k, "MODULES"), k.modulesSymbol());
        KconfigException e = t.loadFails("config M1\n\tbool\n\tmodules\nconfig M2\n\tbool\n\tmodules\n");
        assertEquals("Kconfig:6: symbol 'M2' redefines option 'modules' already defined by symbol 'M1'",
                e.getMessage());
    }

    @Test
    void transitionalWithOnlyHelpIsAccepted() {
        Kconfig k = t.load("config OLD\n\tbool\n\ttransitional\n\thelp\n\t  Old name.\n");
        assertTrue(sym(k, "OLD").isTransitional());
        assertEquals("Old name.\n", sym(k, "OLD").nodes().getFirst().help());
    }

    @Test
    void transitionalWithADefaultIsAnError() {
        KconfigException e = t.loadFails("config OLD\n\tbool\n\ttransitional\n\tdefault y\n");
        assertEquals("Kconfig:4: error: transitional symbols can only have help sections", e.getMessage());
    }

    @Test
    void transitionalWithAPromptSelectOrDependsIsAnError() {
        assertEquals("Kconfig:4: error: transitional symbols can only have help sections",
                t.loadFails("config OLD\n\tbool\n\ttransitional\n\tprompt \"p\"\n").getMessage());
        assertEquals("Kconfig:4: error: transitional symbols can only have help sections",
                t.loadFails("config OLD\n\tbool\n\ttransitional\n\tselect X\nconfig X\n\tbool\n").getMessage());
        assertEquals("Kconfig:1: error: transitional symbols can only have help sections",
                t.loadFails("config OLD\n\tbool\n\ttransitional\n\tdepends on X\nconfig X\n\tbool\n").getMessage());
    }

    // ---- variables ----

    @Test
    void assignmentsDefineVariablesForLaterLines() {
        t.env.put("ARCH", "arm");
        Kconfig k = t.load("""
                PREFIX := BOARD
                name = $(PREFIX)_$(ARCH)
                config $(name)
                	string "board"
                	default "$(name)"
                """);
        assertEquals("BOARD_arm", sym(k, "BOARD_arm").stringValue());
        assertEquals(java.util.Map.of("ARCH", "arm"), k.environmentUsed());
    }

    @Test
    void dependencyLoopsAreErrors() {
        KconfigException e = t.loadFails("config A\n\tbool \"a\"\n\tdepends on B\nconfig B\n\tbool \"b\"\n\tdepends on A\n");
        assertTrue(e.reason().contains("recursive dependency detected!"), e.reason());
        assertTrue(e.reason().contains("symbol A depends on B"), e.reason());
        assertTrue(e.reason().contains("symbol B depends on A"), e.reason());
        assertEquals("Kconfig", e.file());
        assertEquals(1, e.line());
        // As Linux prints it: no location, and a blank line after the report.
        assertEquals("""
                error: recursive dependency detected!
                	symbol A depends on B
                	symbol B depends on A
                For a resolution refer to Documentation/kbuild/kconfig-language.rst
                subsection "Kconfig recursive dependency limitations"
                """, e.getMessage());
    }
}
