package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** A text to read (the help screen): scrolls with the arrows and the page keys, closes with Enter or Escape. */
final class TextDialog implements Dialog {
    private final String title;
    private final String text;
    private int top;
    private int lastPage = 1;
    private int lastLines;

    TextDialog(String title, String text) {
        this.title = title;
        this.text = text;
    }

    @Override
    public void draw(TextGraphics g, TerminalSize size, Theme theme) {
        int width = size.getColumns() - 4;
        int height = size.getRows() - 2;
        Draw.box(g, theme, 2, 1, width, height, title);
        List<String> lines = Draw.wrap(text, width - 4);
        lastLines = lines.size();
        lastPage = Math.max(1, height - 3);
        top = Math.clamp(top, 0, Math.max(0, lines.size() - lastPage));
        for (int i = 0; i < lastPage; i++) {
            Draw.text(g, 4, 2 + i, width - 4, top + i < lines.size() ? lines.get(top + i) : "");
        }
        String where = lines.size() > lastPage ? "  (" + Math.min(100, 100 * (top + lastPage) / lines.size()) + "%)" : "";
        Draw.text(g, 4, height - 1, width - 4, "Enter/Esc close  arrows/PgUp/PgDn scroll" + where);
    }

    @Override
    public boolean handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowUp -> top--;
            case ArrowDown -> top++;
            case PageUp -> top -= lastPage;
            case PageDown -> top += lastPage;
            case Home -> top = 0;
            case End -> top = lastLines;
            case Enter, Escape, F5 -> {
                return true;
            }
            default -> {
                char c = Dialog.character(key);
                return c == 'q' || c == 'Q' || c == '?' || c == 'h';
            }
        }
        return false;
    }
}
