package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A list to pick one line from (a choice's members, search results): arrows and page keys move, Enter or
 * Space picks, {@code ?} shows the help of the marked line, Escape closes. A note under the list describes
 * the marked line.
 */
final class ListDialog implements Dialog {
    private final String title;
    private final List<String> items;
    private final IntConsumer pick;
    private final IntConsumer help;
    private final java.util.function.IntFunction<String> note;
    private int selected;
    private int top;
    private int page = 1;

    /**
     * @param pick called with the index picked
     * @param help called with the index marked when {@code ?} is pressed
     * @param note the line under the list for the marked index
     */
    ListDialog(String title, List<String> items, int initial, IntConsumer pick, IntConsumer help,
            java.util.function.IntFunction<String> note) {
        this.title = title;
        this.items = items;
        this.selected = Math.clamp(initial, 0, Math.max(0, items.size() - 1));
        this.pick = pick;
        this.help = help;
        this.note = note;
    }

    @Override
    public void draw(TextGraphics g, TerminalSize size, Theme theme) {
        int width = size.getColumns() - 4;
        int height = Math.min(size.getRows() - 2, items.size() + 5);
        int row = Math.max(0, (size.getRows() - height) / 2);
        Draw.box(g, theme, 2, row, width, height, title);
        page = Math.max(1, height - 4);
        top = Math.clamp(top, Math.max(0, selected - page + 1), selected);
        for (int i = 0; i < page; i++) {
            int index = top + i;
            (index == selected ? theme.selected() : theme.text()).apply(g);
            Draw.text(g, 4, row + 1 + i, width - 4, index < items.size() ? items.get(index) : "");
        }
        theme.text().apply(g);
        Draw.text(g, 4, row + height - 3, width - 4, items.isEmpty() ? "" : note.apply(selected));
        Draw.text(g, 4, row + height - 2, width - 4, "Enter select  ? help  Esc close"
                + (items.size() > page ? "  (" + (selected + 1) + "/" + items.size() + ")" : ""));
    }

    @Override
    public boolean handle(KeyStroke key) {
        int last = items.size() - 1;
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.max(0, Math.min(last, selected + 1));
            case PageUp -> selected = Math.max(0, selected - page);
            case PageDown -> selected = Math.max(0, Math.min(last, selected + page));
            case Home -> selected = 0;
            case End -> selected = Math.max(0, last);
            case Enter -> {
                if (!items.isEmpty()) pick.accept(selected);
                return true;
            }
            case Escape, F5 -> {
                return true;
            }
            default -> {
                char c = Dialog.character(key);
                if (c == ' ' && !items.isEmpty()) {
                    pick.accept(selected);
                    return true;
                }
                if ((c == '?' || c == 'h') && !items.isEmpty()) help.accept(selected);
            }
        }
        return false;
    }
}
