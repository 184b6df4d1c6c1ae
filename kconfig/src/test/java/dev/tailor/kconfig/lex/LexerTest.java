package dev.tailor.kconfig.lex;

import static dev.tailor.kconfig.lex.TokenKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.preprocess.Diagnostics;
import dev.tailor.kconfig.preprocess.Preprocessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token level of Linux's lexer.l: keywords, words, operators, strings, comments, help texts, $(...). */
class LexerTest {
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> shellOutputs = new HashMap<>();
    private final List<String> shellCommands = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Preprocessor preprocessor = new Preprocessor(env::get, cmd -> {
        shellCommands.add(cmd);
        return shellOutputs.getOrDefault(cmd, "");
    }, Diagnostics.of(line -> { }));

    private Lexer lexer(String text) {
        return new Lexer("Kconfig", text, preprocessor, (file, line, msg) -> warnings.add(file + ":" + line + ": " + msg));
    }

    /** All tokens up to EOF, without the EOL that the end of every file gives (see afterTheEndOneEolThenOnlyEof). */
    private List<Token> tokens(String text) {
        Lexer lx = lexer(text);
        List<Token> out = new ArrayList<>();
        for (int guard = 0; guard < 10_000; guard++) {
            Token t = lx.next();
            if (t.kind() == EOF) {
                assertEquals(EOL, out.getLast().kind(), "the end of a file gives an EOL");
                out.removeLast();
                return out;
            }
            out.add(t);
        }
        throw new AssertionError("lexer does not terminate");
    }

    private List<TokenKind> kinds(String text) {
        return tokens(text).stream().map(Token::kind).toList();
    }

    /** Kinds with the text of words and strings, e.g. [CONFIG, WORD:FOO, EOL]. */
    private List<String> show(String text) {
        return tokens(text).stream().map(LexerTest::show).toList();
    }

    private static String show(Token t) {
        return t.text() == null ? t.kind().name() : t.kind().name() + ":" + t.text();
    }

    // ---- keywords and words ----

    @Test
    void everyKeywordIsItsOwnToken() {
        String text = "bool choice comment config def_bool def_tristate default depends endchoice endif endmenu "
                + "help hex if imply int mainmenu menu menuconfig modules on optional prompt range select "
                + "source rsource osource orsource string transitional tristate visible\n";
        assertEquals(List.of(BOOL, CHOICE, COMMENT, CONFIG, DEF_BOOL, DEF_TRISTATE, DEFAULT, DEPENDS, ENDCHOICE,
                ENDIF, ENDMENU, HELP, HEX, IF, IMPLY, INT, MAINMENU, MENU, MENUCONFIG, MODULES, ON, OPTIONAL,
                PROMPT, RANGE, SELECT, SOURCE, RSOURCE, OSOURCE, ORSOURCE, STRING, TRANSITIONAL, TRISTATE,
                VISIBLE, EOL), kinds(text));
    }

    @Test
    void wordsThatOnlyResembleKeywordsAreWords() {
        assertEquals(List.of("WORD:configx", "WORD:CONFIG", "WORD:Bool", "WORD:bool2", "WORD:_if", "WORD:if-else",
                "WORD:y", "WORD:0x1F", "WORD:-1", "WORD:option", "EOL"),
                show("configx CONFIG Bool bool2 _if if-else y 0x1F -1 option\n"));
    }

    @Test
    void aWordEndsAtTheFirstCharacterOutsideLettersDigitsUnderscoreAndDash() {
        assertEquals(List.of("WORD:A", "EQUAL", "WORD:B", "AND", "NOT", "WORD:C_1", "OR", "OPEN_PAREN", "WORD:d-e",
                "LESS_EQUAL", "WORD:3", "CLOSE_PAREN", "EOL"), show("A=B&&!C_1||(d-e<=3)\n"));
    }

    // ---- operators ----

    @Test
    void operators() {
        assertEquals(List.of(OR, AND, EQUAL, UNEQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, NOT, OPEN_PAREN,
                CLOSE_PAREN, COLON_EQUAL, PLUS_EQUAL, EOL), kinds("|| && = != < <= > >= ! ( ) := +=\n"));
    }

    @Test
    void twoCharacterOperatorsWinOverOneCharacterOnes() {
        assertEquals(List.of(NOT, NOT, UNEQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, EQUAL, EOL),
                kinds("!!!=<<=>>===\n"));
    }

    @Test
    void loneHalvesOfOperatorsAreUnsupportedCharacters() {
        assertEquals(List.of("WORD:A", "WORD:B", "WORD:C", "WORD:D", "EOL"), show("A | B & C : D\n"));
        assertEquals(List.of("Kconfig:1: ignoring unsupported character '|'",
                "Kconfig:1: ignoring unsupported character '&'",
                "Kconfig:1: ignoring unsupported character ':'"), warnings);
    }

    @Test
    void unsupportedCharacterWarningNamesTheLineItIsOn() {
        assertEquals(List.of(CONFIG, WORD, EOL, BOOL, EOL), kinds("config A\n\tbool @\n"));
        assertEquals(List.of("Kconfig:2: ignoring unsupported character '@'"), warnings);
    }

    @Test
    void carriageReturnsAreUnsupportedCharacters() {
        // lexer.l has no rule for '\r': a CRLF file warns on every line.
        assertEquals(List.of(CONFIG, WORD, EOL, BOOL, EOL), kinds("config A\r\n\tbool\r\n"));
        assertEquals(List.of("Kconfig:1: ignoring unsupported character '\r'",
                "Kconfig:2: ignoring unsupported character '\r'"), warnings);
    }

    // ---- strings ----

    @Test
    void bothQuoteKindsMakeStrings() {
        assertEquals(List.of("WORD_QUOTE:a b", "WORD_QUOTE:c d", "WORD_QUOTE:", "EOL"), show("\"a b\" 'c d' \"\"\n"));
    }

    @Test
    void theOtherQuoteKindIsPlainTextInsideAString() {
        assertEquals(List.of("WORD_QUOTE:it's", "WORD_QUOTE:say \"hi\"", "EOL"), show("\"it's\" 'say \"hi\"'\n"));
    }

    @Test
    void backslashEscapesTheNextCharacter() {
        assertEquals(List.of("WORD_QUOTE:a\"b", "WORD_QUOTE:x'y", "WORD_QUOTE:back\\slash", "WORD_QUOTE:n", "EOL"),
                show("\"a\\\"b\" 'x\\'y' \"back\\\\slash\" \"\\n\"\n"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void keywordsAndOperatorsInsideStringsAreText() {
        assertEquals(List.of("PROMPT", "WORD_QUOTE:config && if # not a comment", "EOL"),
                show("prompt \"config && if # not a comment\"\n"));
    }

    @Test
    void anUnterminatedStringEndsAtTheEndOfTheLineWithAWarning() {
        assertEquals(List.of("BOOL", "WORD_QUOTE:abc ", "EOL", "CONFIG", "EOL"), show("bool \"abc \nconfig\n"));
        assertEquals(List.of("Kconfig:1: multi-line strings not supported"), warnings);
    }

    @Test
    void anUnterminatedStringAtTheEndOfTheFileHasNoMultiLineWarning() {
        assertEquals(List.of("WORD_QUOTE:abc"), show("\"abc"));
        assertEquals(List.of("Kconfig:1: no new line at end of file"), warnings);
    }

    // ---- comments ----

    @Test
    void commentsRunToTheEndOfTheLine() {
        assertEquals(List.of("BOOL", "WORD_QUOTE:x", "EOL", "EOL", "WORD:FOO", "EOL"),
                show("bool \"x\" # a \"comment\" && config\n# whole line\nFOO#bar\n"));
    }

    // ---- line continuation and line numbers ----

    @Test
    void backslashNewlineJoinsLinesAndLineNumbersKeepCounting() {
        List<Token> ts = tokens("config \\\n  FOO\n\tdepends on A && \\\n\t\tB\nconfig C\n");
        assertEquals(List.of("CONFIG", "WORD:FOO", "EOL", "DEPENDS", "ON", "WORD:A", "AND", "WORD:B", "EOL",
                "CONFIG", "WORD:C", "EOL"), ts.stream().map(LexerTest::show).toList());
        assertEquals(List.of(1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 5), ts.stream().map(Token::line).toList());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aBackslashNotBeforeANewlineIsUnsupported() {
        assertEquals(List.of("WORD:A", "WORD:B", "EOL"), show("A \\ B\n"));
        assertEquals(List.of("Kconfig:1: ignoring unsupported character '\\'"), warnings);
    }

    @Test
    void lexerLineIsTheLineOfTheNextCharacter() {
        Lexer lx = lexer("a\nb\n\nc\n");
        assertEquals(1, lx.line());
        lx.next(); // a
        lx.next(); // EOL
        assertEquals(2, lx.line());
        assertEquals(2, lx.next().line()); // b
    }

    // ---- end of file ----

    @Test
    void noNewLineAtEndOfFileIsWarnedWithTheLastLine() {
        assertEquals(List.of(CONFIG, WORD, EOL, BOOL), kinds("config A\n\tbool"));
        assertEquals(List.of("Kconfig:2: no new line at end of file"), warnings);
    }

    @Test
    void aFileEndingInANewlineOrAfterACommentHasNoWarning() {
        kinds("config A\n\tbool\n");
        kinds("config A\n# trailing comment without newline");
        kinds("");
        assertEquals(List.of(), warnings);
    }

    @Test
    void afterTheEndOneEolThenOnlyEof() {
        Lexer lx = lexer("A");
        assertEquals(WORD, lx.next().kind());
        assertEquals(EOL, lx.next().kind());
        assertEquals(EOF, lx.next().kind());
        assertEquals(EOF, lx.next().kind());
    }

    // ---- help texts ----

    /** Lexes up to and including the EOL after "help", then reads the help text. */
    private String help(Lexer lx) {
        while (lx.next().kind() != HELP) { }
        assertEquals(EOL, lx.next().kind());
        return lx.readHelp();
    }

    @Test
    void helpTextIndentationIsSetByItsFirstLine() {
        Lexer lx = lexer("config A\n\tbool\n\thelp\n\t  first\n\t    deeper\n\t  back\nconfig B\n");
        assertEquals("first\n  deeper\nback", help(lx));
        Token next = lx.next();
        assertEquals(CONFIG, next.kind());
        assertEquals(7, next.line());
    }

    @Test
    void blankLinesInsideAndBeforeHelpTextAreKept() {
        Lexer lx = lexer("help\n\n  one\n\n   \n  two\n\nconfig B\n");
        assertEquals("\none\n\n\ntwo\n", help(lx));
        Token next = lx.next();
        assertEquals(CONFIG, next.kind());
        assertEquals(8, next.line());
    }

    @Test
    void helpTextEndsAtALessIndentedLine() {
        Lexer lx = lexer("help\n    deep\n    still\n  shallow\n");
        assertEquals("deep\nstill\n", help(lx));
        Token next = lx.next();
        assertEquals("WORD:shallow", show(next));
        assertEquals(4, next.line());
    }

    @Test
    void tabsCountToTheNextMultipleOfEight() {
        // first line at 8 ("\t"); " \t" is also 8; "\t  " is 10; 8 spaces are 8; "  \t" is 8; "\t\t" is 16.
        Lexer lx = lexer("help\n\tfoo\n \tbar\n\t  baz\n        qux\n  \tquux\n\t\tdeep\nx\n");
        assertEquals("foo\nbar\n  baz\nqux\nquux\n        deep", help(lx));
    }

    @Test
    void trailingBlanksOfHelpLinesAreDropped() {
        Lexer lx = lexer("help\n  text \t \n  more\t\n");
        assertEquals("text\nmore\n", help(lx));
    }

    @Test
    void helpTextMayEndTheFileWithoutAWarning() {
        Lexer lx = lexer("help\n  last line");
        assertEquals("last line", help(lx));
        assertEquals(EOL, lx.next().kind());
        assertEquals(EOF, lx.next().kind());
        assertEquals(List.of(), warnings);
    }

    @Test
    void blanksAtTheEndOfTheFileInsideHelpAreIndentation() {
        // lexer.l <HELP>: "   " at EOF matches [ \t]+ with ts=3 >= first_ts=2, appending one space,
        // then <<EOF>> ends the help text: "text\n ".
        Lexer lx = lexer("help\n  text\n   ");
        assertEquals("text\n ", help(lx));
    }

    // ---- $(...) ----

    @Test
    void referencesInWordsAreExpanded() {
        env.put("ARCH", "x86");
        assertEquals(List.of("CONFIG", "WORD:ARCH_x86_64", "EOL"), show("config ARCH_$(ARCH)_64\n"));
    }

    @Test
    void aWordExpandingToNothingDisappears() {
        assertEquals(List.of("CONFIG", "WORD:A", "EOL"), show("config $(UNSET) A\n"));
    }

    @Test
    void anExpandedWordIsNeverAKeyword() {
        env.put("KW", "config");
        assertEquals(List.of("WORD:config", "EOL"), show("$(KW)\n"));
    }

    @Test
    void anExpandedWordMayContainSpaces() {
        env.put("TWO", "a b");
        assertEquals(List.of("WORD:xa by", "WORD:z", "EOL"), show("x$(TWO)y z\n"));
    }

    @Test
    void shellCallsInWordsAndStringsUseTheShellRunner() {
        shellOutputs.put("echo hi", "hi\n");
        assertEquals(List.of("WORD:hi", "WORD_QUOTE:<hi>", "EOL"), show("$(shell,echo hi) \"<$(shell,echo hi)>\"\n"));
        assertEquals(List.of("echo hi", "echo hi"), shellCommands);
    }

    @Test
    void referencesInStringsAreExpandedAndADollarAloneIsKept() {
        env.put("V", "6.18");
        assertEquals(List.of("WORD_QUOTE:Linux 6.18 costs $5", "EOL"), show("\"Linux $(V) costs $5\"\n"));
    }

    @Test
    void expansionInsideAStringDoesNotEndTheString() {
        env.put("Q", "a\"b");
        assertEquals(List.of("WORD_QUOTE:[a\"b]", "EOL"), show("\"[$(Q)]\"\n"));
    }

    @Test
    void assignmentValuesAreReadRaw() {
        Lexer lx = lexer("CC := $(shell,gcc) -O2  # not a comment\nnext\n");
        assertEquals("WORD:CC", show(lx.next()));
        assertEquals(COLON_EQUAL, lx.next().kind());
        assertEquals("$(shell,gcc) -O2  # not a comment", lx.readAssignValue());
        assertEquals(EOL, lx.next().kind());
        assertEquals("WORD:next", show(lx.next()));
        assertTrue(shellCommands.isEmpty());
    }
}
