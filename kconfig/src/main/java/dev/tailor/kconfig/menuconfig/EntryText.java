package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;

/**
 * A page line as Linux's mconf writes it: {@code [*]} / {@code [ ]} for bool, {@code <*>} / {@code <M>} /
 * {@code < >} for tristate ({@code {M}} when a select holds it at m, {@code -*-} when it cannot be changed),
 * {@code (value)} for int, hex and string, {@code --->} after a menu ({@code ----} when it is empty),
 * {@code *** text ***} for a comment, the selected member after a choice, and {@code (NEW)} after a symbol
 * the configuration file did not set. Texts are returned as JVM strings, ready to display.
 */
public final class EntryText {
    private EntryText() {}

    /** The whole line, indented. */
    public static String of(Entry entry) {
        MenuNode node = entry.node();
        String indent = " ".repeat(2 * entry.depth() + 1);
        String prompt = prompt(node);
        return switch (entry.kind()) {
            case MENU -> "   " + indent + prompt + (isEmpty(node) ? "  ----" : "  --->");
            case COMMENT -> "   " + indent + "*** " + prompt + " ***";
            case HEADER -> "---" + indent + prompt;
            case CHOICE -> {
                Symbol selected = node.selection();
                MenuNode shown = selected == null ? null : visibleNodeOf(node, selected);
                yield "   " + indent + prompt + (shown == null ? "" : " (" + prompt(shown) + ")  --->");
            }
            case VALUE -> {
                String value = entry.symbol().stringValue();
                int pad = Math.max(1, 2 * entry.depth() + 4 - (value.length() + 2));
                yield "(" + value + ")" + " ".repeat(pad) + prompt + newMark(entry.symbol());
            }
            case TOGGLE, MENUCONFIG -> marker(entry.symbol()) + indent + prompt + newMark(entry.symbol())
                    + (entry.kind() == Entry.Kind.MENUCONFIG ? (isEmpty(node) ? "  ----" : "  --->") : "");
        };
    }

    /** The three-character value box of a bool or tristate symbol. */
    static String marker(Symbol sym) {
        Tristate value = sym.tristateValue();
        // Without modules a tristate is shown as the bool it then is, as sym_get_type makes it in Linux.
        if (sym.effectiveType() == SymbolType.BOOL) {
            char c = value == Tristate.NO ? ' ' : '*';
            return sym.isChangeable() ? "[" + c + "]" : "-" + c + "-";
        }
        char c = switch (value) {
            case YES -> '*';
            case MOD -> 'M';
            case NO -> ' ';
        };
        if (!sym.isChangeable()) return "-" + c + "-";
        Expr selects = sym.reverseDependencies();
        boolean heldAtMod = selects != null && selects.eval() == Tristate.MOD;
        return heldAtMod ? "{" + c + "}" : "<" + c + ">";
    }

    /** The prompt of a node as a JVM string ("" when it has none). */
    public static String prompt(MenuNode node) {
        String text = node.promptText();
        return text == null ? "" : text;
    }

    private static String newMark(Symbol sym) {
        return sym.hasUserValue() || !sym.isChangeable() ? "" : " (NEW)";
    }

    /** Whether no entry below the node is visible (Linux's menu_is_empty). */
    static boolean isEmpty(MenuNode node) {
        for (MenuNode child : node.children()) {
            if (child.isVisible()) return false;
        }
        return true;
    }

    private static MenuNode visibleNodeOf(MenuNode choice, Symbol member) {
        for (MenuNode child : choice.children()) {
            if (child.symbol() == member && child.isVisible()) return child;
        }
        return null;
    }
}
