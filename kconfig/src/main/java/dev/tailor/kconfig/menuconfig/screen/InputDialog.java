package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line of text to type (a value, a search, a file name). Enter hands the text over; when it is refused,
 * the reason is shown and the dialog stays, so the user can correct it. Escape cancels.
 */
final class InputDialog implements Dialog {
    private final String title;
    private final String prompt;
    private final Function<String, Optional<String>> accept;
    private final StringBuilder text;
    private int caret;
    private String error = "";
    private TerminalPosition cursor;

    /**
     * @param accept takes the text; empty when it is accepted (the dialog closes), else why not
     */
    InputDialog(String title, String prompt, String initial, Function<String, Optional<String>> accept) {
        this.title = title;
        this.prompt = prompt;
        this.accept = accept;
        this.text = new StringBuilder(initial);
        this.caret = initial.length();
    }

    @Override
    public void draw(TextGraphics g, TerminalSize size, Theme theme) {
        int width = Math.min(size.getColumns() - 4, 72);
        int column = (size.getColumns() - width) / 2;
        int row = Math.max(0, (size.getRows() - 8) / 2);
        Draw.box(g, theme, column, row, width, 8, title);
        int inner = width - 4;
        Draw.text(g, column + 2, row + 1, inner, prompt);
        int offset = Math.max(0, caret - inner + 1);
        theme.selected().apply(g);
        Draw.text(g, column + 2, row + 3, inner, text.substring(Math.min(offset, text.length())));
        theme.error().apply(g);
        Draw.text(g, column + 2, row + 5, inner, error);
        theme.text().apply(g);
        Draw.text(g, column + 2, row + 6, inner, "Enter accept  Esc cancel");
        cursor = new TerminalPosition(column + 2 + caret - offset, row + 3);
    }

    @Override
    public TerminalPosition cursor() {
        return cursor;
    }

    @Override
    public boolean handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter -> {
                Optional<String> refused = accept.apply(text.toString());
                refused.ifPresent(reason -> error = reason);
                return refused.isEmpty();
            }
            case Escape, F5 -> {
                return true;
            }
            case Backspace -> {
                if (caret > 0) text.deleteCharAt(--caret);
            }
            case Delete -> {
                if (caret < text.length()) text.deleteCharAt(caret);
            }
            case ArrowLeft -> caret = Math.max(0, caret - 1);
            case ArrowRight -> caret = Math.min(text.length(), caret + 1);
            case Home -> caret = 0;
            case End -> caret = text.length();
            default -> {
                char c = Dialog.character(key);
                if (c >= ' ') text.insert(caret++, c);
            }
        }
        return false;
    }
}
