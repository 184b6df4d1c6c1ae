package dev.tailor.kconfig.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.KconfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> commands = new ArrayList<>();
    private final Map<String, String> shellOutputs = new LinkedHashMap<>();
    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Preprocessor pp;

    @BeforeEach
    void setUp() {
        env.put("CC", "gcc");
        env.put("ARCH", "x86_64");
        ShellRunner fake = cmd -> {
            commands.add(cmd);
            return shellOutputs.getOrDefault(cmd, "");
        };
        Diagnostics diagnostics = new Diagnostics() {
            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        pp = new Preprocessor(env::get, fake, diagnostics);
        pp.setLocation("arch/x86/Kconfig", 12);
    }

    private KconfigException failure(String text) {
        return assertThrows(KconfigException.class, () -> pp.expandString(text));
    }

    // ---- flavors --------------------------------------------------------------------------------

    @Test
    void recursiveVariableIsExpandedWhenUsed() {
        pp.define("A", Flavor.RECURSIVE, "<$(B)>");
        pp.define("B", Flavor.RECURSIVE, "one");
        assertEquals("<one>", pp.expandString("$(A)"));
        pp.define("B", Flavor.RECURSIVE, "two");
        assertEquals("<two>", pp.expandString("$(A)"));
    }

    @Test
    void simpleVariableIsExpandedWhenDefined() {
        pp.define("B", Flavor.RECURSIVE, "one");
        pp.define("A", Flavor.SIMPLE, "<$(B)> $$(B)");
        pp.define("B", Flavor.RECURSIVE, "two");
        // A simple value is not expanded again: its "$(" text stays as it is.
        pp.define("C", Flavor.SIMPLE, "$(A)");
        assertEquals("<one> $one", pp.expandString("$(A)"));
        assertEquals("<one> $one", pp.expandString("$(C)"));
    }

    @Test
    void simpleValueKeepsDollarReferencesProducedByExpansion() {
        pp.define("D", Flavor.RECURSIVE, "$$(E)");
        pp.define("E", Flavor.RECURSIVE, "e");
        pp.define("S", Flavor.SIMPLE, "$(D)");
        // "$$(E)" expands to "$" + "e"; nothing is rescanned.
        assertEquals("$e", pp.expandString("$(S)"));
    }

    @Test
    void appendToUndefinedVariableDefinesRecursiveOne() {
        pp.define("L", Flavor.APPEND, "$(B)");
        pp.define("B", Flavor.RECURSIVE, "late");
        assertEquals("late", pp.expandString("$(L)"));
    }

    @Test
    void appendToRecursiveVariableDefersExpansion() {
        pp.define("L", Flavor.RECURSIVE, "a");
        pp.define("L", Flavor.APPEND, "$(B)");
        pp.define("B", Flavor.RECURSIVE, "b");
        assertEquals("a b", pp.expandString("$(L)"));
    }

    @Test
    void appendToSimpleVariableExpandsNewPartNow() {
        pp.define("B", Flavor.RECURSIVE, "b1");
        pp.define("L", Flavor.SIMPLE, "a");
        pp.define("L", Flavor.APPEND, "$(B)");
        pp.define("B", Flavor.RECURSIVE, "b2");
        assertEquals("a b1", pp.expandString("$(L)"));
    }

    @Test
    void appendToSimpleVariableMaySeeItsOldValue() {
        pp.define("L", Flavor.SIMPLE, "a");
        pp.define("L", Flavor.APPEND, "$(L)");
        assertEquals("a a", pp.expandString("$(L)"));
    }

    @Test
    void appendAlwaysAddsSeparatingSpace() {
        pp.define("E", Flavor.RECURSIVE, "");
        pp.define("E", Flavor.APPEND, "x");
        assertEquals(" x", pp.expandString("$(E)"));
    }

    @Test
    void redefinitionReplacesValueAndFlavor() {
        pp.define("B", Flavor.RECURSIVE, "one");
        pp.define("V", Flavor.SIMPLE, "$(B)");
        pp.define("V", Flavor.RECURSIVE, "$(B)");
        pp.define("B", Flavor.RECURSIVE, "two");
        assertEquals("two", pp.expandString("$(V)"));
    }

    @Test
    void selfReferenceIsAnError() {
        pp.define("X", Flavor.RECURSIVE, "a $(X)");
        KconfigException e = failure("$(X)");
        assertEquals("arch/x86/Kconfig:12: Recursive variable 'X' references itself (eventually)", e.getMessage());
        assertEquals("arch/x86/Kconfig", e.file());
        assertEquals(12, e.line());
    }

    @Test
    void indirectSelfReferenceIsAnError() {
        pp.define("X", Flavor.RECURSIVE, "$(Y)");
        pp.define("Y", Flavor.RECURSIVE, "$(X)");
        assertEquals("arch/x86/Kconfig:12: Recursive variable 'X' references itself (eventually)",
                failure("$(X)").getMessage());
        // The failed expansion leaves nothing marked as in progress.
        pp.define("Y", Flavor.RECURSIVE, "fine");
        assertEquals("fine", pp.expandString("$(X)"));
    }

    @Test
    void sameVariableTwiceInOneValueIsNotRecursion() {
        pp.define("A", Flavor.RECURSIVE, "a");
        pp.define("B", Flavor.RECURSIVE, "$(A)$(A)");
        assertEquals("aa", pp.expandString("$(B)"));
    }

    @Test
    void endlessFunctionRecursionIsTooDeep() {
        pp.define("f", Flavor.RECURSIVE, "$(f,$(1))");
        assertEquals("arch/x86/Kconfig:12: Too deep recursive expansion", failure("$(f,x)").getMessage());
    }

    @Test
    void functionMayCallItselfWithArguments() {
        pp.define("f", Flavor.RECURSIVE, "<$(f_$(1))>");
        pp.define("f_a", Flavor.RECURSIVE, "$(f,b)");
        pp.define("f_b", Flavor.RECURSIVE, "end");
        assertEquals("<<end>>", pp.expandString("$(f,a)"));
    }

    // ---- functions ------------------------------------------------------------------------------

    @Test
    void userFunctionReceivesArguments() {
        pp.define("greet", Flavor.RECURSIVE, "hello $(1) and $(2)");
        assertEquals("hello a and b", pp.expandString("$(greet,a,b)"));
        // Whitespace after commas is part of the argument.
        assertEquals("hello  a and  b", pp.expandString("$(greet, a, b)"));
        // Missing arguments are unset, so $(2) looks up a variable "2".
        assertEquals("hello a and ", pp.expandString("$(greet,a)"));
    }

    @Test
    void argumentsAreExpandedByTheCaller() {
        pp.define("B", Flavor.RECURSIVE, "bee");
        pp.define("twice", Flavor.RECURSIVE, "$(1)$(1)");
        assertEquals("beebee", pp.expandString("$(twice,$(B))"));
    }

    @Test
    void nestedCallsSeeTheirOwnArguments() {
        pp.define("inner", Flavor.RECURSIVE, "[$(1)|$(2)]");
        pp.define("outer", Flavor.RECURSIVE, "$(inner,$(2),$(1))");
        assertEquals("[y|x]", pp.expandString("$(outer,x,y)"));
        assertEquals("[[b|a]|c]", pp.expandString("$(inner,$(inner,b,a),c)"));
    }

    @Test
    void commasInsideParenthesesDoNotSplit() {
        pp.define("first", Flavor.RECURSIVE, "<$(1)>");
        assertEquals("<(a,b)>", pp.expandString("$(first,(a,b))"));
        pp.define("comma", Flavor.SIMPLE, ",");
        assertEquals("<a,b>", pp.expandString("$(first,a$(comma)b)"));
    }

    @Test
    void argumentNumbersAreReadLikeStrtoul() {
        pp.define("f", Flavor.RECURSIVE, "$( 1)/$(+1)/$(01)/$(1 )/$(-1)/$(0)");
        assertEquals("a/a/a///", pp.expandString("$(f,a)"));
        assertEquals(1, Preprocessor.argumentNumber("\t1"));
        assertEquals(0, Preprocessor.argumentNumber(""));
        assertEquals(0, Preprocessor.argumentNumber("1x"));
        assertEquals(0, Preprocessor.argumentNumber("-2"));
        assertTrue(Preprocessor.argumentNumber("99999999999999999999999") > 16);
    }

    @Test
    void argumentReferenceOutsideFunctionIsAVariable() {
        assertEquals("", pp.expandString("$(1)"));
        pp.define("1", Flavor.RECURSIVE, "one");
        assertEquals("one", pp.expandString("$(1)"));
    }

    @Test
    void nameCanBeComputed() {
        pp.define("N", Flavor.RECURSIVE, "CC");
        assertEquals("gcc", pp.expandString("$($(N))"));
        pp.define("CC_x86_64", Flavor.RECURSIVE, "special");
        assertEquals("special", pp.expandString("$(CC_$(ARCH))"));
    }

    @Test
    void simpleVariableCalledWithArgumentsIgnoresThem() {
        pp.define("S", Flavor.SIMPLE, "s$(1)");
        assertEquals("s", pp.expandString("$(S,a)"));
    }

    @Test
    void undefinedFunctionExpandsToNothing() {
        assertEquals("[]", pp.expandString("[$(nosuch,a,b)]"));
    }

    @Test
    void fifteenArgumentsAreAllowedSixteenAreNot() {
        String fifteen = ",a".repeat(15);
        assertEquals("", pp.expandString("$(f" + fifteen + ")"));
        assertEquals("arch/x86/Kconfig:12: too many function arguments",
                failure("$(f" + fifteen + ",a)").getMessage());
    }

    @Test
    void tooManyArgumentsIsCheckedBeforeExpansion() {
        failure("$(f,$(info,side)" + ",a".repeat(15) + ")");
        assertEquals(List.of(), infos);
    }

    @Test
    void variablesShadowBuiltins() {
        pp.define("info", Flavor.RECURSIVE, "mine:$(1)");
        assertEquals("mine:x", pp.expandString("$(info,x)"));
        assertEquals(List.of(), infos);
    }

    // ---- environment ----------------------------------------------------------------------------

    @Test
    void undefinedVariablesFallBackToEnvironment() {
        assertEquals("gcc x86_64 gcc", pp.expandString("$(CC) $(ARCH) $(CC)"));
        assertEquals("", pp.expandString("$(NOT_SET)"));
        assertEquals(Map.of("CC", "gcc", "ARCH", "x86_64"), pp.environmentUsed());
        assertEquals(List.of("CC", "ARCH"), List.copyOf(pp.environmentUsed().keySet()));
    }

    @Test
    void environmentValueIsRememberedOnFirstUse() {
        assertEquals("gcc", pp.expandString("$(CC)"));
        env.put("CC", "clang");
        assertEquals("gcc", pp.expandString("$(CC)"));
    }

    @Test
    void definedVariablesAndCallsDoNotReadEnvironment() {
        pp.define("CC", Flavor.RECURSIVE, "cc");
        assertEquals("cc", pp.expandString("$(CC)"));
        assertEquals("", pp.expandString("$(ARCH,x)"));
        assertEquals(Map.of(), pp.environmentUsed());
    }

    @Test
    void mapEnvironmentConstructor() {
        Preprocessor p = new Preprocessor(Map.of("X", "1"), cmd -> "", Diagnostics.of(s -> { }));
        assertEquals("1", p.expandString("$(X)"));
        assertEquals(Map.of("X", "1"), p.environmentUsed());
    }

    // ---- built-ins ------------------------------------------------------------------------------

    @Test
    void filenameAndLineno() {
        assertEquals("arch/x86/Kconfig:12", pp.expandString("$(filename):$(lineno)"));
        pp.setLocation("init/Kconfig", 7);
        assertEquals("init/Kconfig:7", pp.expandString("$(filename):$(lineno)"));
    }

    @Test
    void infoPrintsAndExpandsToNothing() {
        assertEquals("ab", pp.expandString("a$(info, hello $(CC))b"));
        assertEquals(List.of(" hello gcc"), infos);
    }

    @Test
    void warningIfPrintsWithLocationOnlyForY() {
        assertEquals("", pp.expandString("$(warning-if,y,careful)$(warning-if,n,no)$(warning-if, y,no)"));
        assertEquals(List.of("arch/x86/Kconfig:12: careful"), warnings);
    }

    @Test
    void errorIfThrowsWithLocationOnlyForY() {
        assertEquals("", pp.expandString("$(error-if,n,fine)$(error-if,yes,fine)"));
        KconfigException e = failure("$(error-if,y,compiler too old)");
        assertEquals("arch/x86/Kconfig:12: compiler too old", e.getMessage());
        assertEquals("compiler too old", e.reason());
    }

    @Test
    void builtinArgumentCounts() {
        assertEquals("arch/x86/Kconfig:12: too few function arguments passed to 'shell'",
                failure("$(shell)").getMessage());
        assertEquals("arch/x86/Kconfig:12: too many function arguments passed to 'shell'",
                failure("$(shell, echo hello, world)").getMessage());
        assertEquals("arch/x86/Kconfig:12: too many function arguments passed to 'filename'",
                failure("$(filename,x)").getMessage());
        assertEquals("arch/x86/Kconfig:12: too few function arguments passed to 'warning-if'",
                failure("$(warning-if,y)").getMessage());
        assertEquals("arch/x86/Kconfig:12: too many function arguments passed to 'error-if'",
                failure("$(error-if,y,a,b)").getMessage());
        assertEquals("arch/x86/Kconfig:12: too few function arguments passed to 'info'",
                failure("$(info)").getMessage());
    }

    @Test
    void shellRunsExpandedCommandAndNormalisesOutput() {
        shellOutputs.put(" gcc --version", "gcc 12\nCopyright\n\n");
        assertEquals("[gcc 12 Copyright]", pp.expandString("[$(shell, $(CC) --version)]"));
        assertEquals(List.of(" gcc --version"), commands);
    }

    @Test
    void shellOutputWithoutNewlinesOrEmpty() {
        shellOutputs.put("a", "\n\nx\n");
        shellOutputs.put("b", "\n\n");
        assertEquals("  x", pp.expandString("$(shell,a)"));
        assertEquals("", pp.expandString("$(shell,b)"));
    }

    @Test
    void shellRunnerFailureGetsLocation() {
        Preprocessor p = new Preprocessor(Map.of(), cmd -> {
            throw new java.io.UncheckedIOException(cmd + ": cannot run", new java.io.IOException());
        }, Diagnostics.of(s -> { }));
        p.setLocation("Kconfig", 3);
        KconfigException e = assertThrows(KconfigException.class, () -> p.expandString("$(shell,true)"));
        assertEquals("Kconfig:3: true: cannot run", e.getMessage());
        Preprocessor q = new Preprocessor(Map.of(), cmd -> {
            throw new KconfigException("no recording of " + cmd);
        }, Diagnostics.of(s -> { }));
        q.setLocation("Kconfig", 4);
        e = assertThrows(KconfigException.class, () -> q.expandString("$(shell,true)"));
        assertEquals("Kconfig:4: no recording of true", e.getMessage());
    }

    // ---- syntax ---------------------------------------------------------------------------------

    @Test
    void dollarWithoutParenthesisIsLiteral() {
        assertEquals("$A ${CC} a$", pp.expandString("$A ${CC} a$"));
        assertEquals("$gcc", pp.expandString("$$(CC)"));
    }

    @Test
    void unterminatedReference() {
        assertEquals("arch/x86/Kconfig:12: unterminated reference to 'CC $(X)': missing ')'",
                failure("a $(CC $(X)").getMessage());
    }

    @Test
    void expansionStopsAtNul() {
        assertEquals("a", pp.expandString("a\0$(CC)"));
    }

    @Test
    void expandTokenStopsAtTokenEnd() {
        pp.define("FOO", Flavor.RECURSIVE, "x y");
        assertEquals(new Expansion("x ybar", 9), pp.expandToken("$(FOO)bar baz"));
        assertEquals(new Expansion("x y", 6), pp.expandToken("$(FOO) bar"));
        assertEquals(new Expansion("a-b_c9x y", 12), pp.expandToken("a-b_c9$(FOO).d"));
        // The name is "CC " (with the space): not the environment's CC.
        assertEquals(new Expansion("", 12), pp.expandToken("$(CC $(nil))"));
        assertEquals(new Expansion("$FOO", 4), pp.expandToken("$FOO bar"));
        assertEquals(new Expansion("x yx y", 12), pp.expandToken("$(FOO)$(FOO)"));
        assertEquals(new Expansion("x y", 6), pp.expandToken("$(FOO)\u00e9"));
        assertEquals(new Expansion("x y", 6), pp.expandToken("$(FOO)\"s\""));
    }

    @Test
    void expandDollarExpandsOneReference() {
        assertEquals(new Expansion("gcc", 4), pp.expandDollar("(CC) rest $(ARCH)\""));
        assertEquals(new Expansion("", 7), pp.expandDollar("(a(b)c)d"));
        assertEquals(new Expansion("$", 0), pp.expandDollar("CC)"));
        assertEquals(new Expansion("$", 0), pp.expandDollar(""));
    }

    @Test
    void diagnosticsOfSendsBothKindsInOrder() {
        List<String> lines = new ArrayList<>();
        Preprocessor p = new Preprocessor(Map.of(), cmd -> "", Diagnostics.of(lines::add));
        p.setLocation("K", 1);
        p.expandString("$(info,a)$(warning-if,y,b)$(info,c)");
        assertEquals(List.of("a", "K:1: b", "c"), lines);
    }
}
