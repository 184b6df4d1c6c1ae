package dev.tailor.kconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry of the menu tree: a symbol's definition, a choice, a menu, a comment or an if-block (if-blocks
 * and promptless entries are flattened away after parsing, as in Linux). A symbol defined in several
 * places has one node per definition.
 */
public final class MenuNode {
    final MenuKind kind;
    MenuNode parent;
    MenuNode next;
    /** First child. */
    MenuNode list;
    final Symbol sym;
    Property prompt;
    Expr dep;
    Expr visibility;
    String help;
    final String file;
    final int line;
    /** For a choice: its members in priority order (user input moves a member to the front). */
    final List<Symbol> choiceMembers;
    /** For a choice: its members in the order they were declared, the priority before any input. */
    final List<Symbol> declaredMembers;
    /** The name of a named choice (an extension Linux 6.18 rejects); null otherwise. */
    String choiceName;
    /** Whether the choice may have no member selected (the {@code optional} extension). */
    boolean optional;

    MenuNode(MenuKind kind, Symbol sym, MenuNode parent, String file, int line) {
        this.kind = kind;
        this.sym = sym;
        this.parent = parent;
        this.file = file;
        this.line = line;
        this.choiceMembers = kind == MenuKind.CHOICE ? new ArrayList<>() : null;
        this.declaredMembers = kind == MenuKind.CHOICE ? new ArrayList<>() : null;
    }

    public MenuKind kind() {
        return kind;
    }

    /** The symbol of a config, menuconfig or choice node; null for menus, comments and ifs. */
    public Symbol symbol() {
        return sym;
    }

    /** The prompt property, or null when the entry has none. */
    public Property prompt() {
        return prompt;
    }

    /** The prompt text, or null. */
    public String promptText() {
        return prompt == null ? null : prompt.text;
    }

    public MenuNode parent() {
        return parent;
    }

    /** The child nodes, in order. */
    public List<MenuNode> children() {
        List<MenuNode> out = new ArrayList<>();
        for (MenuNode m = list; m != null; m = m.next) out.add(m);
        return Collections.unmodifiableList(out);
    }

    /** The dependencies of the entry, including those inherited from enclosing menus and ifs. */
    public Expr dependencies() {
        return dep;
    }

    /** The {@code visible if} condition of a menu, or null. */
    public Expr visibleIf() {
        return visibility;
    }

    /** The help text, or null. */
    public String help() {
        return help;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** For a choice node, its members in the order of the block; otherwise an empty list. */
    public List<Symbol> choiceMembers() {
        List<Symbol> out = new ArrayList<>();
        forEachDescendant(m -> {
            if (m.sym != null && !out.contains(m.sym)) out.add(m.sym);
        });
        return kind == MenuKind.CHOICE ? Collections.unmodifiableList(out) : List.of();
    }

    /** The member a choice has selected now, or null (none visible, or an optional choice left empty). */
    public Symbol selection() {
        if (kind != MenuKind.CHOICE) return null;
        return ChoiceValues.calculate(this);
    }

    public String choiceName() {
        return choiceName;
    }

    public boolean isOptional() {
        return optional;
    }

    /**
     * Whether the entry would be shown (Linux's menu_is_visible): it has a prompt whose condition is not n,
     * or it is a symbol that is not n with a visible entry below it. In that second case the symbol is
     * marked as having a user value, as Linux does, so that oldconfig and listnewconfig pass over it and
     * reach the entries below.
     */
    public boolean isVisible() {
        if (prompt == null) return false;
        if (visibility != null && visibility.eval() == Tristate.NO) return false;
        Tristate v;
        if (sym != null) {
            sym.calcValue();
            v = prompt.conditionValue;
        } else {
            v = prompt.conditionValue = Expr.eval(prompt.condition);
        }
        if (v != Tristate.NO) return true;
        if (sym == null || sym.tristateValue() == Tristate.NO) return false;
        for (MenuNode child = list; child != null; child = child.next) {
            if (child.isVisible()) {
                sym.markUserValue();
                return true;
            }
        }
        return false;
    }

    /** Depth-first successor within the subtree of {@code root} (Linux's menu_next), or null at the end. */
    MenuNode nextInTree(MenuNode root) {
        if (list != null) return list;
        MenuNode m = this;
        while (m != root && m.next == null) m = m.parent;
        return m == root ? null : m.next;
    }

    /** Visits every node below this one, depth first, not this node itself. */
    public void forEachDescendant(java.util.function.Consumer<MenuNode> visitor) {
        for (MenuNode m = list == null ? null : list; m != null; m = m.nextInTree(this)) visitor.accept(m);
    }

    @Override
    public String toString() {
        return kind + (sym != null ? " " + sym : "") + (prompt != null ? " \"" + prompt.text + "\"" : "")
                + " at " + file + ":" + line;
    }
}
