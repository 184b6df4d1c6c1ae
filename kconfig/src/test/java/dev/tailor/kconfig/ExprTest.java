package dev.tailor.kconfig;

import static dev.tailor.kconfig.TestTrees.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation (Linux's expr_calc_value), the m rewrite of menu.c and printing (expr_print) of expressions. */
class ExprTest {
    /** Symbols of every type with fixed values (defaults apply to symbols without prompt too). */
    private static final String PREAMBLE = """
            config MODULES
            	bool "modules"
            	modules
            	default y
            config B_Y
            	def_bool y
            config B_N
            	bool
            config T_Y
            	def_tristate y
            config T_M
            	def_tristate m
            config T_N
            	tristate
            config I_10
            	int
            	default 10
            config I_9
            	int
            	default 9
            config I_NEG
            	int
            	default -5
            config H_10
            	hex
            	default 0x10
            config H_F
            	hex
            	default 0xf
            config H_BIG
            	hex
            	default 0xffffffffffffffff
            config S_ABC
            	string
            	default "abc"
            config S_EMPTY
            	string
            config S_10
            	string
            	default "10"
            config S_9
            	string
            	default "9"
            config S_0X10
            	string
            	default "0x10"
            """;

    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    private Kconfig load(String extra, boolean modules) {
        Kconfig k = t.load(PREAMBLE + extra);
        if (!modules) assertEquals(true, sym(k, "MODULES").setValue("n"));
        return k;
    }

    /** The value of an expression used as a default (no rewriting). */
    private String value(String expr, boolean modules) {
        Kconfig k = load("config E\n\ttristate\n\tdefault " + expr + "\n", modules);
        return sym(k, "E").properties().getFirst().expr().eval().letter();
    }

    /** The value of an expression used as a dependency (after menu.c rewrote it). */
    private String condition(String expr, boolean modules) {
        Kconfig k = load("config E\n\ttristate\n\tdepends on " + expr + "\n", modules);
        return sym(k, "E").directDependencies().eval().letter();
    }

    private String printed(String expr) {
        Kconfig k = t.load("config E\n\tbool\n\tdefault " + expr + "\n");
        return Expr.toString(sym(k, "E").properties().getFirst().expr());
    }

    // ---- logic ----

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " => ", value = {
        "B_Y => y", "B_N => n", "T_Y => y", "T_M => m", "T_N => n", "y => y", "m => m", "n => n",
        "B_Y && T_M => m", "B_Y || T_M => y", "B_N || T_M => m", "B_N && T_M => n",
        "!T_M => m", "!B_Y => n", "!B_N => y", "!m => m", "T_M && !T_M => m", "T_M || !T_M => m",
        "(B_N || T_M) && B_Y => m", "!(B_Y && B_N) => y", "!(T_M || B_N) => m",
        // && binds tighter than ||; ! tighter than both.
        "B_N && B_N || B_Y => y", "B_Y || B_N && B_N => y", "!B_Y || B_Y => y", "!B_Y && B_Y => n",
        // ! applies to a whole comparison: !(B_N = n).
        "!B_N = n => n",
        // An undefined symbol is n.
        "UNDEFINED => n", "UNDEFINED || T_M => m",
    })
    void tristateLogic(String expr, String expected) {
        assertEquals(expected, value(expr, true));
    }

    // ---- comparisons (expr_calc_value / expr_parse_string) ----

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiterString = " => ", value = {
        // int symbols compare as numbers, not as strings ("10" < "9" as strings)
        "I_10 > I_9 => y", "I_10 >= I_9 => y", "I_10 < I_9 => n", "I_10 <= I_10 => y", "I_10 = I_10 => y",
        "I_10 != I_9 => y", "I_NEG < I_9 => y",
        // hex symbols: base 16, unsigned
        "H_10 > H_F => y", "H_BIG > I_9 => y", "I_10 < H_10 => y",
        // one unsigned side makes the comparison unsigned: -5 becomes 2^64-5
        "I_NEG < H_F => n", "I_NEG > H_F => y",
        // two string symbols always compare as strings
        "S_10 > S_9 => n", "S_10 < S_9 => y", "S_ABC = S_ABC => y",
        // a string symbol and a number: the string is parsed with base 0 (strtoll)
        "S_10 = I_10 => y", "S_0X10 = H_10 => y", "S_0X10 > I_10 => y", "S_9 < I_10 => y",
        // quoted constants have no type: parsed with base 0 when possible, else compared as strings
        "S_ABC = \"abc\" => y", "S_ABC < \"abd\" => y", "S_ABC > \"ab\" => y",
        "\"10\" > \"9\" => y", "\"010\" = \"8\" => y", "\"0x1f\" = \"31\" => y", "\"abc\" < \"abd\" => y",
        "\"10x\" < \"9\" => y", "I_10 = \"10\" => y", "I_10 = \"0xa\" => y", "H_10 = \"16\" => y",
        "S_EMPTY = \"\" => y", "S_EMPTY != \"\" => n", "I_10 != \"\" => y",
        // unquoted numbers are (undefined, untyped) symbols whose value is their name
        "I_10 = 10 => y", "I_9 < 10 => y", "H_F = 15 => y", "H_F = 0xf => y",
        // bool/tristate values are n < m < y
        "T_M = m => y", "T_M != m => n", "T_Y > T_M => y", "T_M < y => y", "T_M > n => y", "B_N = n => y",
        "T_M = \"m\" => y", "B_Y = \"y\" => y", "T_Y >= m => y",
        // a comparison is y or n, never m
        "T_M = T_M => y",
    })
    void comparisons(String expr, String expected) {
        assertEquals(expected, value(expr, true));
    }

    @Test
    void singleQuotedConstantsAreConstantsToo() {
        assertEquals("n", value("S_ABC != 'abc'", true));
        assertEquals("y", value("S_ABC = 'abc'", true));
        assertEquals("y", value("S_ABC != 'ab'", true));
        assertEquals("y", value("T_M = 'm'", true));
    }

    @Test
    void aComparisonOfNumbersOutOfRangeFallsBackToStrings() {
        // strtoll overflows: ERANGE makes it a string, and "100000000000000000000" < "9" as strings.
        assertEquals("y", value("\"100000000000000000000\" < \"9\"", true));
        assertEquals("n", value("\"100000000000000000000\" > \"9\"", true));
    }

    // ---- MODULES and m ----

    @Test
    void tristateSymbolsAreBoolWithoutModules() {
        Kconfig k = load("", false);
        assertEquals("y", sym(k, "T_M").stringValue());
        assertEquals(SymbolType.BOOL, sym(k, "T_M").effectiveType());
        assertEquals(SymbolType.TRISTATE, sym(k, "T_M").type());
        k = load("", true);
        assertEquals("m", sym(k, "T_M").stringValue());
        assertEquals(SymbolType.TRISTATE, sym(k, "T_M").effectiveType());
    }

    @Test
    void mInAConditionIsRewrittenToMAndModules() {
        Kconfig k = load("config E\n\ttristate \"e\"\n\tdepends on m\n\tdefault y if m || B_N\n", true);
        Symbol e = sym(k, "E");
        assertEquals("m && MODULES", Expr.toString(e.directDependencies()));
        assertEquals(Tristate.MOD, e.properties().get(1).condition().eval());
        assertEquals("m", e.stringValue());
        assertEquals(Tristate.MOD, e.visibility());
    }

    @ParameterizedTest(name = "{0}: modules={1}")
    @CsvSource(delimiterString = " => ", value = {
        "m => true => m", "m => false => n", "!m => true => m", "!m => false => y", "y => false => y",
        "T_M => true => m", "T_M => false => y", "m && T_Y => true => m", "m || B_Y => false => y",
    })
    void conditionsSeeMOnlyWithModules(String expr, boolean modules, String expected) {
        assertEquals(expected, condition(expr, modules));
    }

    @Test
    void mAsAValueIsNotRewritten() {
        // "default m" is a value, not a condition: m, which a tristate without modules turns into y.
        assertEquals("m", value("m", false));
        Kconfig k = load("config E\n\ttristate\n\tdefault m\n", false);
        assertEquals("y", sym(k, "E").stringValue());
        k = load("config E\n\ttristate\n\tdefault m\n", true);
        assertEquals("m", sym(k, "E").stringValue());
    }

    @Test
    void aBoolIsNeverM() {
        Kconfig k = load("config E\n\tbool\n\tdefault m\nconfig F\n\tbool \"f\"\n\tdefault y\n\tdepends on T_M\n", true);
        assertEquals("y", sym(k, "E").stringValue());
        // A dependency that is m makes a bool visible (and its value) y.
        assertEquals(Tristate.YES, sym(k, "F").visibility());
        assertEquals("y", sym(k, "F").stringValue());
    }

    @Test
    void aTristateLimitedToMByItsDependency() {
        Kconfig k = load("config E\n\ttristate \"e\"\n\tdefault y\n\tdepends on T_M\n", true);
        assertEquals("m", sym(k, "E").stringValue());
        assertEquals(false, sym(k, "E").setValue("y"));
        assertEquals(true, sym(k, "E").setValue("n"));
        assertEquals("n", sym(k, "E").stringValue());
    }

    // ---- printing (expr_print) ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
        "A => A",
        "A && B && C => A && B && C",
        "A && (B || !C) => A && (B || !C)",
        "(A && B) || C => A && B || C",
        "A || (B || C) => A || B || C",
        "(A || B) && (C || D) => (A || B) && (C || D)",
        "!(A || B) => !(A || B)",
        "!(A && B) => !(A && B)",
        "!!A => !!A",
        "!(A = B) => !A=B",
        "A = B || C != D => A=B || C!=D",
        "A < B && C >= D => A<B && C>=D",
        "A <= B || A > B => A<=B || A>B",
        "y || m && n => y || m && n",
    })
    void printsAsLinuxDoes(String expr, String expected) {
        assertEquals(expected, printed(expr));
    }

    @Test
    void anEmptyConditionPrintsAsY() {
        assertEquals("y", Expr.toString(null));
    }

    @Test
    void numbersPrintAsWritten() {
        assertEquals("I_10>9 && H_F=0xf", printed("I_10 > 9 && H_F = 0xf"));
    }

    @Test
    void quotedConstantsPrintWithoutQuotes() {
        // expr.c expr_print: case E_EQUAL ... fn(data, e->right.sym, e->right.sym->name): the constant's
        // name is its text, without the quotes of the Kconfig source.
        assertEquals("S_ABC=abc || S_EMPTY!=", printed("S_ABC = \"abc\" || S_EMPTY != \"\""));
    }
}
