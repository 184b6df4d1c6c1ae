package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;

/**
 * One line of a menu page: a menu node, how deep it is indented below the page, and what kind of line it is.
 *
 * @param node the menu node the line shows
 * @param depth the indentation, in steps of two columns (entries that depend on the one above are nested)
 * @param kind what the line is and what Enter does on it
 * @param visible whether the entry is visible; false only for the entries "show all" adds
 */
public record Entry(MenuNode node, int depth, Kind kind, boolean visible) {

    /** What a line is (the tags of Linux's mconf: menu, toggle, string, plain). */
    public enum Kind {
        /** A {@code menu}: Enter opens it. */
        MENU,
        /** A bool or tristate {@code menuconfig} symbol: it has a value and Enter opens its submenu. */
        MENUCONFIG,
        /** A bool or tristate symbol. */
        TOGGLE,
        /** An int, hex or string symbol: Enter edits the value. */
        VALUE,
        /** A choice: Enter opens its list of members. */
        CHOICE,
        /** A {@code comment}. */
        COMMENT,
        /** The first line of a {@code menuconfig} symbol's own page: the symbol itself. */
        HEADER
    }

    /** The symbol of the line, or null for menus and comments. */
    public Symbol symbol() {
        return node.symbol();
    }

    /** Whether the line has a bool or tristate value that Space, y, m and n change. */
    public boolean isToggle() {
        return (kind == Kind.TOGGLE || kind == Kind.MENUCONFIG || kind == Kind.HEADER)
                && node.symbol().type().isBoolOrTristate();
    }
}
