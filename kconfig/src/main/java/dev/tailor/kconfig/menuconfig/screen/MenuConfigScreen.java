package dev.tailor.kconfig.menuconfig.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import dev.tailor.kconfig.FileErrors;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Tristate;
import dev.tailor.kconfig.menuconfig.Configurator;
import dev.tailor.kconfig.menuconfig.Entry;
import dev.tailor.kconfig.menuconfig.EntryText;
import dev.tailor.kconfig.menuconfig.FixAdvisor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * menuconfig on a Lanterna screen: the title bar with the {@code mainmenu} text, the path of open menus,
 * the current page in a box, a status line and the keys. The keys are Linux mconf's (arrows, Enter, Space,
 * y/m/n, ?, /, z, Esc) and nconf's function keys (F1 help, F4 show all, F5 back, F6 save, F7 load, F8
 * search, F9 quit); every decision is the {@link Configurator}'s. One key at a time through {@link #handle},
 * so that tests drive it on a virtual terminal without threads.
 */
public final class MenuConfigScreen {
    private final Screen screen;
    private final Configurator menu;
    private final Theme theme;
    /** Open dialogs, the last on top. */
    private final Deque<Dialog> dialogs = new ArrayDeque<>();
    private String status = "";
    private boolean statusIsError;
    private int top;
    private boolean done;

    /** @param screen a started screen */
    public MenuConfigScreen(Screen screen, Configurator menu, Theme theme) {
        this.screen = screen;
        this.menu = menu;
        this.theme = theme;
    }

    /**
     * Runs menuconfig full-screen on the text terminal behind the streams (the process's console; Lanterna
     * puts it in raw mode through {@code /dev/tty} and restores it afterwards).
     */
    public static void runOnTerminal(InputStream in, OutputStream out, Configurator menu, Theme theme)
            throws IOException {
        TerminalScreen screen = new DefaultTerminalFactory(out, in, StandardCharsets.UTF_8).setForceTextTerminal(true)
                .createScreen();
        screen.startScreen();
        try {
            new MenuConfigScreen(screen, menu, theme).run();
        } finally {
            screen.stopScreen();
        }
    }

    /** Shows the pages and handles keys until the user quits or the input ends. */
    public void run() throws IOException {
        while (!done) {
            draw();
            KeyStroke key = nextKey();
            if (key == null || key.getKeyType() == KeyType.EOF) return;
            handle(key);
        }
    }

    /**
     * Waits for a key, redrawing when the terminal changes size meanwhile (a blocking read would leave the
     * old layout on the screen until the next key). Null when the thread is interrupted.
     */
    private KeyStroke nextKey() throws IOException {
        while (true) {
            KeyStroke key = screen.pollInput();
            if (key != null) return key;
            if (screen.doResizeIfNecessary() != null) draw();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Whether the user has quit. */
    public boolean isDone() {
        return done;
    }

    /** Handles one key: the top dialog's, else the page's. */
    public void handle(KeyStroke key) {
        Dialog dialog = dialogs.peekLast();
        if (dialog != null) {
            if (dialog.handle(key)) dialogs.remove(dialog);
            return;
        }
        status = "";
        statusIsError = false;
        switch (key.getKeyType()) {
            case ArrowUp -> menu.move(-1);
            case ArrowDown -> menu.move(1);
            case PageUp -> menu.move(-listHeight());
            case PageDown -> menu.move(listHeight());
            case Home -> menu.moveTo(0);
            case End -> menu.moveTo(Integer.MAX_VALUE);
            case Enter -> open();
            case Escape, ArrowLeft, Backspace, F5 -> {
                if (!menu.back()) quit();
            }
            case F1 -> help();
            case F4 -> toggleShowAll();
            case F6 -> save();
            case F7 -> load();
            case F8 -> search();
            case F9 -> quit();
            case Character -> character(Dialog.character(key));
            default -> { }
        }
    }

    private void character(char c) {
        switch (c) {
            case ' ' -> space();
            case 'y', 'Y' -> set(Tristate.YES);
            case 'm', 'M' -> set(Tristate.MOD);
            case 'n', 'N' -> set(Tristate.NO);
            case '?', 'h', 'H' -> help();
            case '/' -> search();
            case 'z', 'Z' -> toggleShowAll();
            case 's', 'S' -> save();
            case 'a', 'A' -> saveAs();
            case 'l', 'L' -> load();
            case 'f', 'F' -> fix();
            case 'q', 'Q' -> quit();
            default -> { }
        }
    }

    // ---- actions ----

    private void open() {
        Entry entry = menu.current();
        switch (menu.open()) {
            case SUBMENU -> top = 0;
            case CHOICE -> choose(entry.node());
            case VALUE -> dialogs.add(new InputDialog(EntryText.prompt(entry.node()),
                    "Value (" + menu.valueHint() + "):", valueText(entry), menu::setValue));
            case NOTHING -> { }
        }
    }

    private static String valueText(Entry entry) {
        return entry.symbol().stringValue();
    }

    private void space() {
        Entry entry = menu.current();
        if (entry == null) return;
        if (!entry.isToggle()) {
            open();
        } else if (!menu.toggle()) {
            refused(entry, "changed");
        }
    }

    private void set(Tristate value) {
        Entry entry = menu.current();
        if (entry == null || !entry.isToggle()) return;
        if (!menu.set(value)) refused(entry, "set to " + value.letter());
        else if (entry.symbol().tristateValue() != value) status = "the dependencies allow only m: set to m";
    }

    private void refused(Entry entry, String what) {
        error(entry.symbol().name() + " cannot be " + what + " here: ? shows why"
                + (menu.canProposeFixes() ? ", f proposes a fix" : ""));
    }

    private void choose(MenuNode choice) {
        List<MenuNode> members = menu.choiceMembers(choice);
        MenuNode selected = null;
        for (MenuNode m : members) if (m.symbol() == choice.selection()) selected = m;
        List<String> items = members.stream()
                .map(m -> (m.symbol() == choice.selection() ? "(X) " : "( ) ") + EntryText.prompt(m)).toList();
        dialogs.add(new ListDialog(EntryText.prompt(choice), items, members.indexOf(selected), i -> {
            if (!menu.choose(members.get(i))) error(EntryText.prompt(members.get(i)) + " cannot be selected now");
        }, i -> showHelp(members.get(i)), i -> {
            MenuNode m = members.get(i);
            return m.symbol().name() + (m.isVisible() ? "" : " (hidden)");
        }));
    }

    private void help() {
        Entry entry = menu.current();
        if (entry != null) showHelp(entry.node());
    }

    private void showHelp(MenuNode node) {
        String title = EntryText.prompt(node);
        dialogs.add(new TextDialog(title.isEmpty() ? "Help" : title, menu.help(node)));
    }

    private void search() {
        dialogs.add(new InputDialog("Search", "Symbol name or prompt (a regular expression):", "", query -> {
            List<Configurator.SearchHit> hits = menu.search(query);
            if (hits.isEmpty()) return Optional.of("Nothing matches \"" + query + "\"");
            dialogs.add(new ListDialog("Search results for \"" + query + "\"",
                    hits.stream().map(Configurator.SearchHit::label).toList(), 0,
                    i -> jump(hits.get(i).node()), i -> showHelp(hits.get(i).node()),
                    i -> "Location: " + hits.get(i).location()));
            return Optional.empty();
        }));
    }

    private void jump(MenuNode node) {
        boolean showedAll = menu.showsAll();
        if (!menu.jumpTo(node)) {
            error("no menu shows " + node.symbol().name() + ": it has no prompt");
        } else if (!showedAll && menu.showsAll()) {
            status = "hidden entries shown, to show this one (z hides them)";
        }
    }

    private void toggleShowAll() {
        menu.showAll(!menu.showsAll());
        status = menu.showsAll() ? "showing all entries, hidden ones too" : "showing visible entries only";
    }

    private void save() {
        try {
            status = menu.save();
        } catch (IOException e) {
            error(FileErrors.describe(e));
        }
    }

    private void saveAs() {
        dialogs.add(new InputDialog("Save as", "Save the configuration to the file:", menu.shown(menu.file()),
                name -> {
                    if (name.isBlank()) return Optional.of("Enter a file name");
                    try {
                        status = menu.saveAs(menu.resolve(name));
                        return Optional.empty();
                    } catch (IOException e) {
                        return Optional.of(FileErrors.describe(e));
                    }
                }));
    }

    private void load() {
        dialogs.add(new InputDialog("Load", "Load a configuration from the file:", menu.shown(menu.file()),
                name -> {
                    if (name.isBlank()) return Optional.of("Enter a file name");
                    try {
                        int warnings = menu.load(menu.resolve(name));
                        status = "configuration read from " + menu.shown(menu.file())
                                + (warnings == 0 ? "" : " (" + warnings + " warnings, printed on exit)");
                        return Optional.empty();
                    } catch (IOException e) {
                        return Optional.of(FileErrors.describe(e));
                    }
                }));
    }

    private void fix() {
        Entry entry = menu.current();
        if (!menu.canProposeFixes()) {
            error("no fix advisor (kconfig fix) in this build");
            return;
        }
        Optional<FixAdvisor.Fix> fix = menu.proposeFix();
        if (entry == null || fix.isEmpty()) {
            error("no fix known for this entry");
            return;
        }
        StringBuilder text = new StringBuilder(fix.get().summary()).append("\n\n");
        for (FixAdvisor.Assignment a : fix.get().assignments()) {
            text.append("  ").append(a.symbol().name()).append('=').append(a.value()).append('\n');
        }
        dialogs.add(new ConfirmDialog("Fix", text.toString(), List.of("Apply", "Cancel"), answer -> {
            if (answer != 0) return;
            List<FixAdvisor.Assignment> refused = menu.apply(fix.get());
            if (refused.isEmpty()) status = "fix applied";
            else error("refused: " + String.join(", ", refused.stream().map(a -> a.symbol().name() + "=" + a.value()).toList()));
        }));
    }

    private void quit() {
        if (!menu.isChanged()) {
            done = true;
            return;
        }
        dialogs.add(new ConfirmDialog("Quit", "Do you wish to save your new configuration to "
                + menu.shown(menu.file()) + "?\n(Esc to go on configuring)", List.of("Yes", "No", "Cancel"), answer -> {
                    if (answer == 0) {
                        save();
                        done = !statusIsError;
                    } else if (answer == 1) {
                        done = true;
                    }
                }));
    }

    private void error(String message) {
        status = message;
        statusIsError = true;
    }

    // ---- drawing ----

    private int listHeight() {
        return Math.max(1, screen.getTerminalSize().getRows() - 7);
    }

    /** Draws the page and the open dialogs, and shows them. */
    public void draw() throws IOException {
        screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        drawPage(g, size);
        TerminalPosition cursor = null;
        for (Dialog d : dialogs) {
            d.draw(g, size, theme);
            cursor = d.cursor();
        }
        screen.setCursorPosition(cursor);
        screen.refresh();
    }

    private void drawPage(TextGraphics g, TerminalSize size) {
        int width = size.getColumns();
        int height = size.getRows();
        theme.text().apply(g);
        g.fill(' ');
        theme.title().apply(g);
        Draw.text(g, 0, 0, width, " " + menu.shown(menu.file()) + " - " + menu.title());
        theme.text().apply(g);
        String path = " > " + String.join(" > ", menu.path());
        Draw.text(g, 0, 1, width, path.length() > width ? "..." + path.substring(path.length() - width + 3) : path);
        List<String> names = menu.path();
        String pageTitle = names.size() == 1 ? menu.title() : names.getLast();
        Draw.box(g, theme, 0, 2, width, Math.max(3, height - 5), pageTitle + (menu.showsAll() ? " (all entries)" : ""));

        List<Entry> entries = menu.entries();
        int cursor = menu.cursor();
        int rows = listHeight();
        top = Math.clamp(top, Math.max(0, cursor - rows + 1), Math.max(0, cursor));
        for (int i = 0; i < rows && top + i < entries.size(); i++) {
            Entry e = entries.get(top + i);
            (top + i == cursor ? theme.selected() : e.visible() ? theme.text() : theme.hidden()).apply(g);
            Draw.text(g, 1, 3 + i, width - 2, " " + EntryText.of(e));
        }
        theme.border().apply(g);
        if (top > 0) g.putString(width - 5, 2, "(-)");
        if (top + rows < entries.size()) g.putString(width - 5, 2 + rows + 1, "(+)");
        (statusIsError ? theme.error() : theme.text()).apply(g);
        Draw.text(g, 0, height - 3, width, " " + status);
        theme.text().apply(g);
        Draw.text(g, 0, height - 2, width, " Enter open  Space/y/m/n set  ? help  / search  z show all  Esc back");
        Draw.text(g, 0, height - 1, width, " s save  a save as  l load" + (menu.canProposeFixes() ? "  f fix" : "")
                + "  q quit");
    }
}
