package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.MenuKind;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.PropertyKind;
import dev.tailor.kconfig.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one menu page, chosen as Linux's mconf chooses them (build_conf): visible entries only
 * (with "show all", every entry that has a prompt); a menu, a choice and a bool or tristate
 * {@code menuconfig} are one line each and open a page of their own; entries that depend on the symbol
 * above them are nested below it; a {@code menuconfig}'s own page starts with the symbol itself.
 */
final class PageBuilder {
    private final MenuNode page;
    private final boolean showAll;
    private final List<Entry> entries = new ArrayList<>();

    private PageBuilder(MenuNode page, boolean showAll) {
        this.page = page;
        this.showAll = showAll;
    }

    /** The lines of {@code page}: the root, a menu or a {@code menuconfig} symbol. */
    static List<Entry> build(MenuNode page, boolean showAll) {
        PageBuilder builder = new PageBuilder(page, showAll);
        builder.visit(page, 0);
        return List.copyOf(builder.entries);
    }

    /** Whether the node opens a page of its own rather than showing its entries nested below it. */
    static boolean isPage(MenuNode node) {
        if (node.kind() == MenuKind.ROOT) return true;
        if (node.prompt() == null) return false;
        if (node.symbol() == null) return node.prompt().kind() == PropertyKind.MENU;
        return node.kind() == MenuKind.MENUCONFIG && node.symbol().type().isBoolOrTristate();
    }

    private void visit(MenuNode menu, int depth) {
        // isVisible also computes the symbol's value, as menu_is_visible does in Linux.
        boolean visible = menu.isVisible();
        if (showAll ? menu.prompt() == null : !visible) return;
        Symbol sym = menu.symbol();
        int childDepth = depth + 1;
        if (sym == null) {
            if (menu.prompt() != null && menu != page) {
                if (menu.prompt().kind() == PropertyKind.MENU) {
                    entries.add(new Entry(menu, depth, Entry.Kind.MENU, visible));
                    return;
                }
                entries.add(new Entry(menu, depth, Entry.Kind.COMMENT, visible));
            } else {
                childDepth = depth;
            }
        } else if (sym.isChoice()) {
            entries.add(new Entry(menu, depth, Entry.Kind.CHOICE, visible));
            return;
        } else if (menu == page) {
            entries.add(new Entry(menu, depth, Entry.Kind.HEADER, visible));
        } else if (!sym.type().isBoolOrTristate()) {
            entries.add(new Entry(menu, depth, Entry.Kind.VALUE, visible));
        } else if (isPage(menu)) {
            entries.add(new Entry(menu, depth, Entry.Kind.MENUCONFIG, visible));
            return;
        } else {
            entries.add(new Entry(menu, depth, Entry.Kind.TOGGLE, visible));
        }
        for (MenuNode child : menu.children()) visit(child, childDepth);
    }
}
