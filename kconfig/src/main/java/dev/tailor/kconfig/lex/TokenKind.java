package dev.tailor.kconfig.lex;

import java.util.HashMap;
import java.util.Map;

/** The tokens of the Kconfig language. Keywords carry their spelling. */
public enum TokenKind {
    EOL, EOF, WORD, WORD_QUOTE,
    BOOL("bool"), CHOICE("choice"), COMMENT("comment"), CONFIG("config"), DEF_BOOL("def_bool"),
    DEF_TRISTATE("def_tristate"), DEFAULT("default"), DEPENDS("depends"), ENDCHOICE("endchoice"),
    ENDIF("endif"), ENDMENU("endmenu"), HELP("help"), HEX("hex"), IF("if"), IMPLY("imply"), INT("int"),
    MAINMENU("mainmenu"), MENU("menu"), MENUCONFIG("menuconfig"), MODULES("modules"), ON("on"),
    OPTIONAL("optional"), PROMPT("prompt"), RANGE("range"), SELECT("select"), SOURCE("source"),
    RSOURCE("rsource"), OSOURCE("osource"), ORSOURCE("orsource"), STRING("string"),
    TRANSITIONAL("transitional"), TRISTATE("tristate"), VISIBLE("visible"),
    OR("||"), AND("&&"), EQUAL("="), UNEQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"),
    GREATER_EQUAL(">="), NOT("!"), OPEN_PAREN("("), CLOSE_PAREN(")"), COLON_EQUAL(":="), PLUS_EQUAL("+=");

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.spelling != null && Character.isLetter(k.spelling.charAt(0))) KEYWORDS.put(k.spelling, k);
        }
    }

    private final String spelling;

    TokenKind() {
        this(null);
    }

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** How the token is written, for keywords and operators; null otherwise. */
    public String spelling() {
        return spelling;
    }

    /** The keyword spelled so, or null. Keywords are lower case: most symbol names skip the lookup. */
    static TokenKind keyword(String word) {
        char c = word.charAt(0);
        return c >= 'a' && c <= 'v' ? KEYWORDS.get(word) : null;
    }
}
