package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuKind;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import java.util.ArrayList;
import java.util.List;

/** Where an entry lives in the pages: the line that shows it, the pages that lead there, its location. */
final class Jump {
    private Jump() {}

    /** The line that shows the node: itself, or its choice for a choice member; null when it has no prompt. */
    static MenuNode target(MenuNode node) {
        if (node.prompt() == null) return null;
        MenuNode page = enclosingPage(node);
        return page.kind() == MenuKind.CHOICE ? target(page) : node;
    }

    /** The pages from the main menu to the one that shows {@code line}. */
    static List<MenuNode> pagesTo(MenuNode line) {
        List<MenuNode> out = new ArrayList<>();
        for (MenuNode p = enclosingPage(line); p != null; p = p.parent()) {
            if (PageBuilder.isPage(p)) out.addFirst(p);
        }
        return out;
    }

    /** The nearest ancestor that is a page of its own, or a choice. */
    private static MenuNode enclosingPage(MenuNode node) {
        MenuNode p = node.parent();
        while (p.kind() != MenuKind.CHOICE && !PageBuilder.isPage(p)) p = p.parent();
        return p;
    }

    /** The menus that lead to a node, as their prompts ("Main menu" first). */
    static List<String> location(Kconfig kconfig, MenuNode node) {
        List<String> out = new ArrayList<>();
        for (MenuNode p = node.parent(); p != null; p = p.parent()) {
            if (p == kconfig.root()) out.addFirst("Main menu");
            else if (p.prompt() != null) out.addFirst(EntryText.prompt(p));
        }
        return out;
    }

    /** A search result line: the symbol's name and value, then the prompt. */
    static String label(MenuNode node) {
        Symbol sym = node.symbol();
        StringBuilder out = new StringBuilder();
        if (sym != null && sym.name() != null) {
            out.append(sym.name()).append(" [=").append(sym.stringValue()).append("]");
        } else {
            out.append(switch (node.kind()) {
                case MENU -> "menu";
                case CHOICE -> "choice";
                case COMMENT -> "comment";
                default -> "entry";
            });
        }
        if (node.prompt() != null) out.append("  ").append(EntryText.prompt(node));
        if (node.prompt() == null) out.append("  (no prompt)");
        else if (!node.isVisible()) out.append("  (hidden)");
        return out.toString();
    }
}
