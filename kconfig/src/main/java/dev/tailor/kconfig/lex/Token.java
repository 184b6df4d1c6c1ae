package dev.tailor.kconfig.lex;

/** A token with its text (for words and strings) and the line it starts on. */
public record Token(TokenKind kind, String text, int line) {

    /** How to show the token in an error message. */
    public String describe() {
        return switch (kind) {
            case EOL -> "end of line";
            case EOF -> "end of file";
            case WORD -> "'" + text + "'";
            case WORD_QUOTE -> "\"" + text + "\"";
            default -> "'" + kind.spelling() + "'";
        };
    }
}
