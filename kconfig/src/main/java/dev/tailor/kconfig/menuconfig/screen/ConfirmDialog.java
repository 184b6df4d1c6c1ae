package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A question with buttons: the arrows or Tab move between them, Enter presses the one marked, and the first
 * letter of a button presses it. Escape closes without an answer.
 */
final class ConfirmDialog implements Dialog {
    private final String title;
    private final String message;
    private final List<String> buttons;
    private final IntConsumer answer;
    private int focus;

    /** @param answer called with the index of the button pressed */
    ConfirmDialog(String title, String message, List<String> buttons, IntConsumer answer) {
        this.title = title;
        this.message = message;
        this.buttons = buttons;
        this.answer = answer;
    }

    @Override
    public void draw(TextGraphics g, TerminalSize size, Theme theme) {
        int width = Math.min(size.getColumns() - 4, 72);
        List<String> lines = Draw.wrap(message, width - 4);
        int height = Math.min(size.getRows() - 2, lines.size() + 4);
        int column = (size.getColumns() - width) / 2;
        int row = Math.max(0, (size.getRows() - height) / 2);
        Draw.box(g, theme, column, row, width, height, title);
        for (int i = 0; i < height - 4; i++) Draw.text(g, column + 2, row + 1 + i, width - 4, lines.get(i));
        int x = column + 2;
        for (int i = 0; i < buttons.size(); i++) {
            String label = "<" + buttons.get(i) + ">";
            (i == focus ? theme.selected() : theme.text()).apply(g);
            g.putString(x, row + height - 2, label);
            x += label.length() + 2;
        }
        theme.text().apply(g);
    }

    @Override
    public boolean handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowLeft, ReverseTab -> focus = (focus + buttons.size() - 1) % buttons.size();
            case ArrowRight, Tab -> focus = (focus + 1) % buttons.size();
            case Enter -> {
                answer.accept(focus);
                return true;
            }
            case Escape, F5 -> {
                return true;
            }
            default -> {
                char c = Character.toLowerCase(Dialog.character(key));
                for (int i = 0; i < buttons.size(); i++) {
                    if (c != 0 && Character.toLowerCase(buttons.get(i).charAt(0)) == c) {
                        answer.accept(i);
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
