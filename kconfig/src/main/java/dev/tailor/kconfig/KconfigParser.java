package dev.tailor.kconfig;

import dev.tailor.kconfig.lex.Lexer;
import dev.tailor.kconfig.lex.Token;
import dev.tailor.kconfig.lex.TokenKind;
import dev.tailor.kconfig.preprocess.Flavor;
import dev.tailor.kconfig.preprocess.Preprocessor;
import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Kconfig tree into a {@link Kconfig}: the grammar of Linux's parser.y (plus rsource, osource,
 * orsource, glob patterns in source, named and optional choices), building menu nodes and properties
 * as menu.c does. Errors are collected with their locations; the first one is thrown at the end, after
 * all were reported.
 */
final class KconfigParser {
    private final Kconfig kconfig;
    private final Preprocessor preprocessor;
    private final SourceFiles sourceFiles;
    private final List<KconfigException> errors = new ArrayList<>();
    private final Map<MenuNode, MenuNode> lastChild = new HashMap<>();
    private final Map<String, MenuNode> namedChoices = new HashMap<>();
    /** Files being read, outermost first, with the line each sourced the next. */
    private final List<String[]> includeStack = new ArrayList<>();

    private Lexer lexer;
    private Token peeked;
    private TokenKind previousKind = TokenKind.EOL;
    /** Location of the statement being parsed (Linux's cur_filename/cur_lineno). */
    private String file;
    private int line;

    private MenuNode currentMenu;
    private MenuNode currentEntry;
    private MenuNode currentChoice;

    KconfigParser(Kconfig kconfig, Kconfig.LoadOptions options) {
        this.kconfig = kconfig;
        var shell = options.shell() != null ? options.shell()
                : new ProcessShellRunner(options.workingDirectory(), options.environment());
        Map<String, String> env = options.environment();
        this.preprocessor = new Preprocessor(env::get, shell,
                new dev.tailor.kconfig.preprocess.Diagnostics() {
                    @Override
                    public void info(String text) {
                        kconfig.diagnostics.info(text);
                    }

                    @Override
                    public void warning(String message) {
                        kconfig.diagnostics.message(message);
                    }

                    @Override
                    public void warning(String file, int line, String text) {
                        kconfig.diagnostics.message(file, line, text);
                    }
                });
        kconfig.sourceTree = new SourceTree(options.workingDirectory(), options.environment());
        this.sourceFiles = new SourceFiles(kconfig.sourceTree);
    }

    void parse(String topFile) {
        currentMenu = currentEntry = kconfig.root;
        String content = sourceFiles.read(topFile, null, 0);
        kconfig.addFile(topFile);
        withFile(topFile, content, true);
        kconfig.recordEnvironment(preprocessor.environmentUsed());
        failIfErrors();
        if (kconfig.modulesSym == null) kconfig.modulesSym = kconfig.no;
        if (kconfig.root.prompt == null) {
            currentEntry = kconfig.root;
            addPrompt(PropertyKind.MENU, "Main menu", null);
        }
        new MenuFinalizer(kconfig).finalizeTree();
        new DependencyChecker(kconfig, this::recordError).checkAll();
        checkTransitionalAndChoices();
        failIfErrors();
    }

    /** Throws the first error, with the others attached as suppressed exceptions. */
    private void failIfErrors() {
        if (errors.isEmpty()) return;
        KconfigException first = errors.getFirst();
        for (KconfigException e : errors.subList(1, errors.size())) first.addSuppressed(e);
        throw first;
    }

    private void recordError(KconfigException e) {
        errors.add(e);
    }

    private void error(String message) {
        errors.add(new KconfigException(file, line, message));
    }

    // ---- tokens ----

    private Token peek() {
        if (peeked == null) {
            Token t;
            do {
                t = lexer.next();
            } while (t.kind() == TokenKind.EOL && previousKind == TokenKind.EOL);
            if (previousKind == TokenKind.EOL) {
                file = lexer.file();
                line = t.line();
            }
            previousKind = t.kind();
            peeked = t;
        }
        return peeked;
    }

    private Token take() {
        Token t = peek();
        peeked = null;
        return t;
    }

    private boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    private Token expect(TokenKind kind) {
        Token t = peek();
        if (t.kind() != kind) throw new SyntaxError("syntax error: expected "
                + (kind == TokenKind.WORD ? "a symbol" : kind == TokenKind.WORD_QUOTE ? "a quoted string"
                : kind == TokenKind.EOL ? "end of line" : "'" + kind.spelling() + "'")
                + ", found " + t.describe());
        return take();
    }

    /** Thrown inside a statement; the statement loop records it and skips to the end of the line. */
    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private void skipToEndOfLine() {
        while (!at(TokenKind.EOL) && !at(TokenKind.EOF)) take();
        if (at(TokenKind.EOL)) take();
    }

    // ---- files ----

    private void withFile(String name, String content, boolean top) {
        Lexer saved = lexer;
        Token savedPeek = peeked;
        TokenKind savedPrevious = previousKind;
        lexer = new Lexer(name, content, preprocessor, kconfig.diagnostics::warning);
        peeked = null;
        previousKind = TokenKind.EOL;
        includeStack.add(new String[] {name, String.valueOf(line)});
        try {
            if (top && at(TokenKind.MAINMENU)) {
                try {
                    take();
                    String title = expect(TokenKind.WORD_QUOTE).text();
                    expect(TokenKind.EOL);
                    addPrompt(PropertyKind.MENU, title, null);
                } catch (SyntaxError e) {
                    error(e.getMessage());
                    skipToEndOfLine();
                }
            }
            statements(null, false);
            if (!at(TokenKind.EOF)) error("unexpected " + peek().describe());
        } finally {
            includeStack.removeLast();
            lexer = saved;
            peeked = savedPeek;
            previousKind = savedPrevious;
        }
    }

    private void source(TokenKind kind) {
        take();
        String pattern = expect(TokenKind.WORD_QUOTE).text();
        expect(TokenKind.EOL);
        String stmtFile = file;
        int stmtLine = line;
        boolean relative = kind == TokenKind.RSOURCE || kind == TokenKind.ORSOURCE;
        boolean optional = kind == TokenKind.OSOURCE || kind == TokenKind.ORSOURCE;
        List<String> names = sourceFiles.resolve(pattern, relative ? stmtFile : null, optional, stmtFile, stmtLine);
        for (String name : names) {
            checkRecursion(name, stmtLine);
            String content = sourceFiles.read(name, stmtFile, stmtLine);
            kconfig.addFile(name);
            withFile(name, content, false);
            file = stmtFile;
            line = stmtLine;
        }
    }

    /** Fails when {@code name} is being read already, printing the whole chain of source statements as Linux does. */
    private void checkRecursion(String name, int stmtLine) {
        includeStack.getLast()[1] = String.valueOf(stmtLine);
        for (String[] f : includeStack) {
            if (!f[0].equals(name)) continue;
            StringBuilder sb = new StringBuilder("Recursive inclusion detected.\nInclusion path:\n  current file : ")
                    .append(name);
            for (int i = includeStack.size() - 1; i >= 0; i--) {
                String[] g = includeStack.get(i);
                sb.append("\n  included from: ").append(g[0]).append(':').append(g[1]);
            }
            throw KconfigException.report(file, stmtLine, sb.toString(), sb.toString());
        }
    }

    // ---- statements ----

    /**
     * Parses statements up to the end token of the enclosing block ({@code null} at file level) and
     * consumes that end token.
     */
    private void statements(TokenKind end, boolean inChoice) {
        while (true) {
            Token t = peek();
            try {
                switch (t.kind()) {
                    case EOF -> {
                        return;
                    }
                    case ENDMENU, ENDCHOICE, ENDIF -> {
                        if (end != null) return;
                        reportUnmatchedEnd(t.kind());
                        skipToEndOfLine();
                    }
                    case CONFIG, MENUCONFIG -> config(t.kind() == TokenKind.MENUCONFIG);
                    case COMMENT -> comment();
                    case IF -> ifBlock(inChoice);
                    case CHOICE -> notInChoice(inChoice, t, this::choice);
                    case MENU -> notInChoice(inChoice, t, this::menu);
                    case SOURCE, RSOURCE, OSOURCE, ORSOURCE -> notInChoice(inChoice, t, () -> source(t.kind()));
                    case WORD -> notInChoice(inChoice, t, this::assignmentOrUnknown);
                    default -> throw new SyntaxError("invalid statement");
                }
            } catch (SyntaxError e) {
                error(e.getMessage());
                skipToEndOfLine();
            }
        }
    }

    /**
     * Reports an end token at the top level of a file: if a block of another file is open, the token was
     * meant for it, which Linux reports as being in a different file, pointing at the block too.
     */
    private void reportUnmatchedEnd(TokenKind end) {
        MenuNode open = null;
        for (MenuNode m = currentMenu; m != null && m != kconfig.root; m = m.parent) {
            if (m.kind == MenuKind.MENU || m.kind == MenuKind.CHOICE || m.kind == MenuKind.IF) {
                open = m;
                break;
            }
        }
        String token = end.spelling();
        if (open == null) {
            error("unexpected '" + token + "'");
            return;
        }
        String what = switch (open.kind) {
            case MENU -> "menu";
            case CHOICE -> "choice";
            default -> "if";
        };
        if (!token.equals("end" + what)) {
            error("unexpected '" + token + "' within " + what + " block");
            return;
        }
        error("'" + token + "' in different file than '" + what + "'");
        errors.add(new KconfigException(open.file, open.line, "location of the '" + what + "'"));
    }

    private void notInChoice(boolean inChoice, Token t, Runnable statement) {
        if (inChoice) throw new SyntaxError("invalid statement in a choice block: " + t.describe());
        statement.run();
    }

    private void assignmentOrUnknown() {
        Token name = take();
        Flavor flavor = switch (peek().kind()) {
            case EQUAL -> Flavor.RECURSIVE;
            case COLON_EQUAL -> Flavor.SIMPLE;
            case PLUS_EQUAL -> Flavor.APPEND;
            default -> throw new SyntaxError("unknown statement \"" + name.text() + "\"");
        };
        peeked = null;
        String value = lexer.readAssignValue();
        expect(TokenKind.EOL);
        preprocessor.setLocation(file, line);
        preprocessor.define(name.text(), flavor, value);
    }

    /** Closes a block: the end token must match it and be in the file that opened it. */
    private void endBlock(MenuNode block, TokenKind expected, String what) {
        Token t = peek();
        if (t.kind() == TokenKind.EOF) {
            errors.add(new KconfigException(block.file, block.line, "missing end statement for this entry"));
            endMenu();
            return;
        }
        take();
        if (t.kind() != expected) {
            error("unexpected '" + t.kind().spelling() + "' within " + what + " block");
            skipToEndOfLine();
            return;
        }
        expect(TokenKind.EOL);
        if (!block.file.equals(file)) {
            error("'" + t.kind().spelling() + "' in different file than '" + what + "'");
            return;
        }
        endMenu();
    }

    private void config(boolean menuconfig) {
        take();
        Symbol sym = nonConstSymbol();
        expect(TokenKind.EOL);
        addEntry(sym, menuconfig ? MenuKind.MENUCONFIG : MenuKind.CONFIG);
        options(this::configOption);
        if (menuconfig) {
            if (currentEntry.prompt != null) currentEntry.prompt.kind = PropertyKind.MENU;
            else error("menuconfig statement without prompt");
        }
        if (currentChoice != null) {
            if (currentEntry.prompt == null) {
                errors.add(new KconfigException(currentEntry.file, currentEntry.line,
                        "error: choice member must have a prompt"));
            }
            if (sym.type() != SymbolType.BOOL) {
                errors.add(new KconfigException(currentEntry.file, currentEntry.line,
                        "error: choice member must be bool"));
            }
            if (!sym.isChoiceMember()) {
                sym.joinChoice(currentChoice);
                currentChoice.choiceMembers.add(sym);
                currentChoice.declaredMembers.add(sym);
            }
        }
    }

    /** Parses one option line of a config entry; false if the line is not one. */
    private boolean configOption() {
        Token t = peek();
        switch (t.kind()) {
            case BOOL, TRISTATE, INT, HEX, STRING -> {
                take();
                setType(typeOf(t.kind()));
                if (at(TokenKind.WORD_QUOTE)) addPrompt(PropertyKind.PROMPT, take().text(), ifExpr());
                expect(TokenKind.EOL);
            }
            case PROMPT -> {
                take();
                String text = expect(TokenKind.WORD_QUOTE).text();
                addPrompt(PropertyKind.PROMPT, text, ifExpr());
                expect(TokenKind.EOL);
            }
            case TRANSITIONAL -> {
                take();
                expect(TokenKind.EOL);
                currentEntry.sym.markTransitional();
            }
            case DEFAULT, DEF_BOOL, DEF_TRISTATE -> {
                take();
                Expr value = expr();
                addProperty(PropertyKind.DEFAULT, null, value, ifExpr());
                if (t.kind() != TokenKind.DEFAULT) {
                    setType(t.kind() == TokenKind.DEF_BOOL ? SymbolType.BOOL : SymbolType.TRISTATE);
                }
                expect(TokenKind.EOL);
            }
            case SELECT, IMPLY -> {
                take();
                Symbol target = nonConstSymbol();
                addProperty(t.kind() == TokenKind.SELECT ? PropertyKind.SELECT : PropertyKind.IMPLY, null,
                        new Expr.Sym(target), ifExpr());
                expect(TokenKind.EOL);
            }
            case RANGE -> {
                take();
                Symbol low = symbol();
                Symbol high = symbol();
                addProperty(PropertyKind.RANGE, null, new Expr.Range(low, high), ifExpr());
                expect(TokenKind.EOL);
            }
            case MODULES -> {
                take();
                expect(TokenKind.EOL);
                if (kconfig.modulesSym != null) {
                    error("symbol '" + currentEntry.sym.name() + "' redefines option 'modules' already "
                            + "defined by symbol '" + kconfig.modulesSym.name() + "'");
                }
                kconfig.modulesSym = currentEntry.sym;
            }
            case DEPENDS -> depends();
            case HELP -> help();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static SymbolType typeOf(TokenKind k) {
        return switch (k) {
            case BOOL -> SymbolType.BOOL;
            case TRISTATE -> SymbolType.TRISTATE;
            case INT -> SymbolType.INT;
            case HEX -> SymbolType.HEX;
            default -> SymbolType.STRING;
        };
    }

    /**
     * Parses the option lines of an entry, one {@code option} call per line, until it returns false (the
     * line is not an option of this entry). A bad line is recorded and skipped.
     */
    private void options(java.util.function.BooleanSupplier option) {
        while (true) {
            try {
                if (!option.getAsBoolean()) return;
            } catch (SyntaxError e) {
                error(e.getMessage());
                skipToEndOfLine();
            }
        }
    }

    private boolean depends() {
        take();
        expect(TokenKind.ON);
        Expr dep = expr();
        expect(TokenKind.EOL);
        currentEntry.dep = Expr.and(currentEntry.dep, dep);
        return true;
    }

    private boolean visible() {
        take();
        Expr cond = ifExpr();
        expect(TokenKind.EOL);
        currentEntry.visibility = Expr.and(currentEntry.visibility, cond);
        return true;
    }

    private void help() {
        take();
        if (!at(TokenKind.EOL)) throw new SyntaxError("syntax error: expected end of line after 'help'");
        peeked = null;
        String text = lexer.readHelp();
        previousKind = TokenKind.EOL;
        String owner = currentEntry.sym != null && currentEntry.sym.name() != null ? currentEntry.sym.name() : "<choice>";
        if (currentEntry.help != null) error("'" + owner + "' defined with more than one help text");
        if (text.isBlank()) error("'" + owner + "' defined with blank help text");
        currentEntry.help = text;
    }

    private void choice() {
        take();
        String name = at(TokenKind.WORD) ? take().text() : null;
        expect(TokenKind.EOL);
        if (name != null && namedChoices.containsKey(name)) {
            MenuNode first = namedChoices.get(name);
            throw new SyntaxError("choice '" + name + "' is already defined at " + first.file + ":" + first.line
                    + " (merging named choices is not supported)");
        }
        addEntry(kconfig.lookup(null, false), MenuKind.CHOICE);
        MenuNode choice = currentEntry;
        choice.choiceName = name;
        if (name != null) namedChoices.put(name, choice);
        setType(SymbolType.BOOL);
        options(this::choiceOption);
        if (choice.prompt == null) {
            errors.add(new KconfigException(choice.file, choice.line, "error: choice must have a prompt"));
        }
        addMenu();
        MenuNode outerChoice = currentChoice;
        currentChoice = choice;
        statements(TokenKind.ENDCHOICE, true);
        currentChoice = outerChoice;
        endBlock(choice, TokenKind.ENDCHOICE, "choice");
    }

    /** Parses one option line of a choice; false if the line is not one. */
    private boolean choiceOption() {
        Token t = peek();
        switch (t.kind()) {
            case PROMPT -> {
                take();
                String text = expect(TokenKind.WORD_QUOTE).text();
                addPrompt(PropertyKind.PROMPT, text, ifExpr());
                expect(TokenKind.EOL);
            }
            case DEFAULT -> {
                take();
                Symbol def = nonConstSymbol();
                addProperty(PropertyKind.DEFAULT, null, new Expr.Sym(def), ifExpr());
                expect(TokenKind.EOL);
            }
            case OPTIONAL -> {
                take();
                expect(TokenKind.EOL);
                currentEntry.optional = true;
            }
            case DEPENDS -> depends();
            case HELP -> help();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void comment() {
        take();
        String text = expect(TokenKind.WORD_QUOTE).text();
        expect(TokenKind.EOL);
        addEntry(null, MenuKind.COMMENT);
        addPrompt(PropertyKind.COMMENT, text, null);
        options(() -> at(TokenKind.DEPENDS) && depends());
    }

    private void ifBlock(boolean inChoice) {
        take();
        Expr cond = expr();
        expect(TokenKind.EOL);
        addEntry(null, MenuKind.IF);
        currentEntry.dep = Expr.and(currentEntry.dep, cond);
        MenuNode block = addMenu();
        statements(TokenKind.ENDIF, inChoice);
        endBlock(block, TokenKind.ENDIF, "if");
    }

    private void menu() {
        take();
        String title = expect(TokenKind.WORD_QUOTE).text();
        expect(TokenKind.EOL);
        addEntry(null, MenuKind.MENU);
        addPrompt(PropertyKind.MENU, title, null);
        options(() -> at(TokenKind.DEPENDS) ? depends() : at(TokenKind.VISIBLE) && visible());
        MenuNode block = addMenu();
        statements(TokenKind.ENDMENU, false);
        endBlock(block, TokenKind.ENDMENU, "menu");
    }

    // ---- expressions ----

    private Expr ifExpr() {
        if (!at(TokenKind.IF)) return null;
        take();
        return expr();
    }

    private Expr expr() {
        Expr left = andExpr();
        while (at(TokenKind.OR)) {
            take();
            left = new Expr.Or(left, andExpr());
        }
        return left;
    }

    private Expr andExpr() {
        Expr left = unary();
        while (at(TokenKind.AND)) {
            take();
            left = new Expr.And(left, unary());
        }
        return left;
    }

    private Expr unary() {
        Token t = peek();
        switch (t.kind()) {
            case NOT -> {
                take();
                return new Expr.Not(unary());
            }
            case OPEN_PAREN -> {
                take();
                Expr inner = expr();
                expect(TokenKind.CLOSE_PAREN);
                return inner;
            }
            default -> {
                Symbol left = symbol();
                Expr.CompareOp op = switch (peek().kind()) {
                    case EQUAL -> Expr.CompareOp.EQUAL;
                    case UNEQUAL -> Expr.CompareOp.UNEQUAL;
                    case LESS -> Expr.CompareOp.LESS;
                    case LESS_EQUAL -> Expr.CompareOp.LESS_EQUAL;
                    case GREATER -> Expr.CompareOp.GREATER;
                    case GREATER_EQUAL -> Expr.CompareOp.GREATER_EQUAL;
                    default -> null;
                };
                if (op == null) return new Expr.Sym(left);
                take();
                return new Expr.Compare(op, left, symbol());
            }
        }
    }

    private Symbol nonConstSymbol() {
        return kconfig.lookup(expect(TokenKind.WORD).text(), false);
    }

    private Symbol symbol() {
        Token t = peek();
        if (t.kind() == TokenKind.WORD_QUOTE) return kconfig.lookup(take().text(), true);
        if (t.kind() == TokenKind.WORD) return kconfig.lookup(take().text(), false);
        throw new SyntaxError("syntax error: expected a symbol, found " + t.describe());
    }

    // ---- building the menu tree (Linux menu.c) ----

    private void addEntry(Symbol sym, MenuKind kind) {
        MenuNode node = new MenuNode(kind, sym, currentMenu, file, line);
        MenuNode tail = lastChild.get(currentMenu);
        if (tail == null) currentMenu.list = node;
        else tail.next = node;
        lastChild.put(currentMenu, node);
        currentEntry = node;
        if (sym != null) sym.addNode(node);
    }

    private MenuNode addMenu() {
        currentMenu = currentEntry;
        return currentMenu;
    }

    private void endMenu() {
        currentMenu = currentMenu.parent;
    }

    private void setType(SymbolType type) {
        Symbol sym = currentEntry.sym;
        if (sym.type() == type) return;
        if (sym.type() == SymbolType.UNKNOWN) {
            sym.setType(type);
            return;
        }
        kconfig.diagnostics.warning(currentEntry.file, currentEntry.line, "ignoring type redefinition of '"
                + (sym.name() != null ? sym.name() : "<choice>") + "' from '" + sym.type().displayName() + "' to '"
                + type.displayName() + "'");
    }

    private Property addProperty(PropertyKind kind, String text, Expr expr, Expr condition) {
        Property prop = new Property(kind, text, expr, condition, currentEntry, file, line);
        if (currentEntry.sym != null) currentEntry.sym.addProperty(prop);
        return prop;
    }

    private void addPrompt(PropertyKind kind, String text, Expr condition) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        if (start > 0) kconfig.diagnostics.warning(file, line, "leading whitespace ignored");
        Property prop = addProperty(kind, text.substring(start), null, condition);
        if (currentEntry.prompt != null) kconfig.diagnostics.warning(file, line, "prompt redefined");
        if (kind == PropertyKind.PROMPT) {
            // A prompt is visible only where every enclosing menu's "visible if" holds.
            for (MenuNode m = currentEntry.parent; m != null; m = m.parent) {
                if (m.visibility != null) prop.condition = Expr.and(prop.condition, m.visibility);
            }
        }
        currentEntry.prompt = prop;
    }

    // ---- checks after finalizing (Linux conf_parse) ----

    private void checkTransitionalAndChoices() {
        kconfig.forEachNode(menu -> {
            Symbol sym = menu.sym;
            if (sym != null && sym.isTransitional()) checkTransitional(menu);
            if (sym != null && sym.isChoice()) {
                menu.forEachDescendant(child -> {
                    if (child.sym != null) checkChoiceMember(child);
                });
            }
        });
    }

    private void checkTransitional(MenuNode menu) {
        if (menu.dep != null || menu.visibility != null) {
            errors.add(new KconfigException(menu.file, menu.line, "error: transitional symbols can only have help sections"));
            return;
        }
        if (!menu.sym.properties().isEmpty()) {
            Property p = menu.sym.properties().getFirst();
            errors.add(new KconfigException(p.file, p.line, "error: transitional symbols can only have help sections"));
        }
    }

    private void checkChoiceMember(MenuNode menu) {
        for (Property p : menu.sym.properties()) {
            if (p.kind == PropertyKind.DEFAULT) {
                errors.add(new KconfigException(p.file, p.line, "error: defaults for choice values not supported"));
            }
            if (p.node != menu && p.kind == PropertyKind.PROMPT && p.node.parent != menu.parent) {
                errors.add(new KconfigException(p.file, p.line,
                        "error: choice value has a prompt outside its choice group"));
            }
        }
    }
}
