package dev.tailor.kconfig.lex;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.preprocess.Expansion;
import dev.tailor.kconfig.preprocess.Preprocessor;

/**
 * Splits one Kconfig file into tokens the way Linux's lexer.l does, expanding {@code $(...)} references
 * in words and strings as it goes. Help texts and the values of variable assignments are read raw, on
 * the parser's request ({@link #readHelp}, {@link #readAssignValue}), since they follow other rules.
 */
public final class Lexer {
    /** Where lexer warnings go. */
    public interface Warnings {
        void warning(String file, int line, String message);
    }

    private final String file;
    private final String text;
    private final Preprocessor preprocessor;
    private final Warnings warnings;
    private int pos;
    private int line = 1;
    private TokenKind previous = TokenKind.EOL;
    /** Line of the first token of the current statement, which Linux's lexer warnings name. */
    private int statementLine = 1;
    private boolean eolAtEofSent;

    public Lexer(String file, String text, Preprocessor preprocessor, Warnings warnings) {
        this.file = file;
        this.text = text;
        this.preprocessor = preprocessor;
        this.warnings = warnings;
    }

    public String file() {
        return file;
    }

    /** The line the next character is on. */
    public int line() {
        return line;
    }

    /** The next token; at the end of the file one EOL, then EOF. */
    public Token next() {
        Token t = scan();
        previous = t.kind();
        return t;
    }

    private Token scan() {
        while (true) {
            if (pos >= text.length()) {
                if (!eolAtEofSent) {
                    eolAtEofSent = true;
                    if (previous != TokenKind.EOL) warnings.warning(file, line, "no new line at end of file");
                    return new Token(TokenKind.EOL, null, line);
                }
                return new Token(TokenKind.EOF, null, line);
            }
            char c = text.charAt(pos);
            int start = pos;
            int startLine = line;
            if (previous == TokenKind.EOL && c != ' ' && c != '\t' && c != '\n' && c != '#' && c != '\\') {
                statementLine = line;
            }
            switch (c) {
                case '#' -> {
                    while (pos < text.length() && text.charAt(pos) != '\n') pos++;
                }
                case ' ', '\t' -> pos++;
                case '\\' -> {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                        pos += 2;
                        line++;
                    } else {
                        unsupported(c);
                    }
                }
                case '\n' -> {
                    pos++;
                    line++;
                    return new Token(TokenKind.EOL, null, startLine);
                }
                case '"', '\'' -> {
                    pos++;
                    return new Token(TokenKind.WORD_QUOTE, ByteText.canonical(string(c)), startLine);
                }
                default -> {
                    if (isWordChar(c) || c == '$') {
                        Token w = word(start, startLine);
                        if (w != null) return w;
                    } else {
                        TokenKind op = operator(c);
                        if (op != null) return new Token(op, null, startLine);
                        unsupported(c);
                    }
                }
            }
        }
    }

    /**
     * Linux's lexer warns once per byte: a character of several bytes gives several warnings, each quoting
     * one byte (as its escape, which is printed as that byte).
     */
    private void unsupported(char c) {
        int chars = Character.isHighSurrogate(c) && pos + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(pos + 1)) ? 2 : 1;
        String character = text.substring(pos, pos + chars);
        for (byte b : ByteText.encode(character)) {
            warnings.warning(file, line, "ignoring unsupported character '" + ByteText.ofByte(b) + "'");
        }
        pos += chars;
    }

    static boolean isWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private Token word(int start, int startLine) {
        boolean dollar = false;
        while (pos < text.length() && (isWordChar(text.charAt(pos)) || text.charAt(pos) == '$')) {
            dollar |= text.charAt(pos) == '$';
            pos++;
        }
        if (!dollar) {
            String w = text.substring(start, pos);
            TokenKind kw = TokenKind.keyword(w);
            return kw != null ? new Token(kw, null, startLine) : new Token(TokenKind.WORD, w, startLine);
        }
        // A token with a reference may run on past what the pattern matched: expand from its start.
        int eol = text.indexOf('\n', start);
        if (eol < 0) eol = text.length();
        preprocessor.setLocation(file, startLine);
        Expansion e = preprocessor.expandToken(text.substring(start, eol));
        pos = start + e.consumed();
        return e.value().isEmpty() ? null : new Token(TokenKind.WORD, ByteText.canonical(e.value()), startLine);
    }

    private TokenKind operator(char c) {
        char n = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        TokenKind two = switch (c) {
            case '|' -> n == '|' ? TokenKind.OR : null;
            case '&' -> n == '&' ? TokenKind.AND : null;
            case '!' -> n == '=' ? TokenKind.UNEQUAL : null;
            case '<' -> n == '=' ? TokenKind.LESS_EQUAL : null;
            case '>' -> n == '=' ? TokenKind.GREATER_EQUAL : null;
            case ':' -> n == '=' ? TokenKind.COLON_EQUAL : null;
            case '+' -> n == '=' ? TokenKind.PLUS_EQUAL : null;
            default -> null;
        };
        if (two != null) {
            pos += 2;
            return two;
        }
        TokenKind one = switch (c) {
            case '=' -> TokenKind.EQUAL;
            case '<' -> TokenKind.LESS;
            case '>' -> TokenKind.GREATER;
            case '!' -> TokenKind.NOT;
            case '(' -> TokenKind.OPEN_PAREN;
            case ')' -> TokenKind.CLOSE_PAREN;
            default -> null;
        };
        if (one != null) pos++;
        return one;
    }

    /** The rest of a quoted string whose opening quote was consumed. */
    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '$') {
                int eol = text.indexOf('\n', pos);
                if (eol < 0) eol = text.length();
                preprocessor.setLocation(file, line);
                Expansion e = preprocessor.expandDollar(text.substring(pos + 1, eol));
                out.append(e.value());
                pos += 1 + e.consumed();
            } else if (c == '\\') {
                pos++;
                if (pos < text.length() && text.charAt(pos) != '\n') out.append(text.charAt(pos++));
            } else if (c == '"' || c == '\'') {
                pos++;
                if (c == quote) return out.toString();
                out.append(c);
            } else if (c == '\n') {
                warnings.warning(file, statementLine, "multi-line strings not supported");
                return out.toString();
            } else {
                int end = pos;
                while (end < text.length() && "$'\"\\\n".indexOf(text.charAt(end)) < 0) end++;
                out.append(text, pos, end);
                pos = end;
            }
        }
        return out.toString();
    }

    /**
     * Reads a help text that starts on the next line. Its indentation is set by its first line; it ends
     * at the first line indented less, or at a blank line followed by an unindented one.
     */
    public String readHelp() {
        StringBuilder out = new StringBuilder();
        int firstTs = 0;
        int lastTs = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n') {
                int q = pos;
                int ts = 0;
                while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                    ts = text.charAt(q) == '\t' ? (ts & ~7) + 8 : ts + 1;
                    q++;
                }
                if (q < text.length() && text.charAt(q) == '\n') {
                    boolean unindentedNext = q + 1 < text.length() && " \t\n".indexOf(text.charAt(q + 1)) < 0;
                    pos = q + 1;
                    line++;
                    if (unindentedNext) break;
                    out.append('\n');
                    continue;
                }
                lastTs = ts;
                pos = q;
                if (firstTs != 0) {
                    if (ts < firstTs) break;
                    out.repeat(' ', ts - firstTs);
                }
                if (q >= text.length()) break;
            } else {
                int eol = text.indexOf('\n', pos);
                if (eol < 0) eol = text.length();
                int end = eol;
                while (end > pos && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) end--;
                out.append(text, pos, end);
                pos = eol;
                if (firstTs == 0) firstTs = lastTs;
            }
        }
        previous = TokenKind.EOL;
        return out.toString();
    }

    /**
     * Reads the raw value of {@code NAME = value} after the operator, up to the end of the line, leaving
     * the newline; "" when the value is empty. It is not expanded here.
     */
    public String readAssignValue() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) pos++;
        int eol = text.indexOf('\n', pos);
        if (eol < 0) eol = text.length();
        String v = text.substring(pos, eol);
        pos = eol;
        return v;
    }
}
