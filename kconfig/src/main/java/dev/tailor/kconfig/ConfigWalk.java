package dev.tailor.kconfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The walk Linux's conf_write makes over the menu tree, shared by every printer of a configuration (the
 * .config, the constants class of generation, the JSON values), so that they all see the same symbols in
 * the same order: each symbol that .config writes, once, at its first definition, with the visible menus
 * and comments around it.
 */
public final class ConfigWalk {
    /** What a printer does at each step of the walk. */
    public interface Visitor {
        /**
         * A symbol .config writes, with its value computed. A symbol of unknown type comes too (.config
         * writes no line for it, but it ends a menu's trailing blank line).
         */
        void symbol(Symbol sym);

        /** A visible menu or comment entry, whose prompt .config prints as a heading. */
        default void heading(MenuNode node) {}

        /** The end of a visible menu. */
        default void endOfMenu(MenuNode menu) {}
    }

    private ConfigWalk() {}

    /** Walks the tree in .config order. */
    public static void walk(Kconfig kconfig, Visitor visitor) {
        // As conf_write: a configuration that is unchanged since it was read is computed afresh.
        if (!kconfig.changed) kconfig.invalidateAll();
        clearWritten(kconfig);
        MenuNode root = kconfig.root;
        MenuNode menu = root.list;
        while (menu != null) {
            Symbol sym = menu.sym;
            if (sym == null) {
                if (menu.isVisible()) visitor.heading(menu);
            } else if (!sym.isChoice() && !sym.isMarkedWritten() && sym.isWritten()) {
                sym.markWritten();
                visitor.symbol(sym);
            }
            if (menu.list != null) {
                menu = menu.list;
                continue;
            }
            while (menu != null) {
                if (menu.sym == null && menu != root && menu.prompt != null && menu.prompt.kind == PropertyKind.MENU
                        && menu.isVisible()) {
                    visitor.endOfMenu(menu);
                }
                if (menu.next != null) {
                    menu = menu.next;
                    break;
                }
                menu = menu.parent;
            }
        }
        clearWritten(kconfig);
    }

    /** The symbols .config writes a line for, in its order. */
    public static List<Symbol> writtenSymbols(Kconfig kconfig) {
        List<Symbol> out = new ArrayList<>();
        walk(kconfig, sym -> {
            if (sym.type() != SymbolType.UNKNOWN) out.add(sym);
        });
        return out;
    }

    private static void clearWritten(Kconfig kconfig) {
        for (Symbol s : kconfig.symbols()) s.clearWritten();
    }
}
