package dev.tailor.kconfig;

/**
 * One property of a symbol or menu entry: a prompt, default, select, imply or range, with the condition
 * ({@code if ...} plus the dependencies inherited from enclosing menus) under which it applies.
 */
public final class Property {
    PropertyKind kind;
    final String text;
    Expr expr;
    Expr condition;
    Tristate conditionValue = Tristate.NO;
    final MenuNode node;
    final String file;
    final int line;

    Property(PropertyKind kind, String text, Expr expr, Expr condition, MenuNode node, String file, int line) {
        this.kind = kind;
        this.text = text;
        this.expr = expr;
        this.condition = condition;
        this.node = node;
        this.file = file;
        this.line = line;
    }

    public PropertyKind kind() {
        return kind;
    }

    /** The prompt text, for prompts, menus and comments. */
    public String text() {
        return text;
    }

    /** The value (default), target (select, imply) or bounds (range, an {@link Expr.Range}). */
    public Expr expr() {
        return expr;
    }

    /** The full condition, after parent dependencies were propagated; null means always. */
    public Expr condition() {
        return condition;
    }

    public MenuNode node() {
        return node;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The symbol of a single-symbol expression (a select target, a default naming one symbol), else null. */
    public Symbol targetSymbol() {
        return expr instanceof Expr.Sym s ? s.symbol() : null;
    }
}
