package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;

/** A window over the menu page that takes the keys while it is open. */
interface Dialog {
    /** Draws the dialog on a screen of {@code size}. */
    void draw(TextGraphics g, TerminalSize size, Theme theme);

    /** Handles a key; true when the dialog is done and closes. */
    boolean handle(KeyStroke key);

    /** Where the text cursor goes after the last draw, or null for none. */
    default TerminalPosition cursor() {
        return null;
    }

    /** The key's character, or 0 when it is not a plain character. */
    static char character(KeyStroke key) {
        return key.getKeyType() == com.googlecode.lanterna.input.KeyType.Character && !key.isCtrlDown()
                && !key.isAltDown() ? key.getCharacter() : 0;
    }
}
