package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;

/** Drawing helpers shared by the screens: clipped text and boxes. */
final class Draw {
    private Draw() {}

    /** {@code text} at a place, cut or padded with spaces to exactly {@code width} columns. */
    static void text(TextGraphics g, int column, int row, int width, String text) {
        if (width <= 0) return;
        String clipped = text.length() > width ? text.substring(0, width) : text;
        g.putString(column, row, clipped + " ".repeat(width - clipped.length()));
    }

    /** A box with a title in its top line, its inside cleared. */
    static void box(TextGraphics g, Theme theme, int column, int row, int width, int height, String title) {
        theme.text().apply(g);
        g.fillRectangle(new TerminalPosition(column, row), new TerminalSize(width, height), ' ');
        theme.border().apply(g);
        char h = theme.unicode() ? '─' : '-';
        char v = theme.unicode() ? '│' : '|';
        String horizontal = String.valueOf(h).repeat(Math.max(0, width - 2));
        g.putString(column, row, corner(theme, 0) + horizontal + corner(theme, 1));
        g.putString(column, row + height - 1, corner(theme, 2) + horizontal + corner(theme, 3));
        for (int r = row + 1; r < row + height - 1; r++) {
            g.setCharacter(column, r, v);
            g.setCharacter(column + width - 1, r, v);
        }
        if (title != null && !title.isEmpty()) {
            String t = " " + (title.length() > width - 6 ? title.substring(0, Math.max(0, width - 6)) : title) + " ";
            g.putString(column + Math.max(1, (width - t.length()) / 2), row, t);
        }
        theme.text().apply(g);
    }

    private static String corner(Theme theme, int which) {
        return theme.unicode() ? String.valueOf("┌┐└┘".charAt(which)) : "+";
    }

    /**
     * Lines of {@code text} of at most {@code width} columns: a long line is broken after its last space that
     * fits (in the middle of a word only when there is none), and continues indented as it began, plus two.
     */
    static java.util.List<String> wrap(String text, int columns) {
        int width = Math.max(1, columns);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String rest = line.replace("\t", "        ");
            String indent = " ".repeat(Math.min(width / 2, rest.length() - rest.stripLeading().length() + 2));
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= indent.length()) cut = width;
                out.add(rest.substring(0, cut));
                rest = indent + rest.substring(cut).stripLeading();
            }
            out.add(rest);
        }
        while (!out.isEmpty() && out.getLast().isEmpty()) out.removeLast();
        return out;
    }
}
