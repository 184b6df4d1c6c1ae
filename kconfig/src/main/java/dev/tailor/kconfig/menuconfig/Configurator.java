package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.Tristate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What menuconfig does, without a screen: a stack of open menu pages with a cursor on each, the lines of
 * the current page, value changes through the engine's API, the help text, the search, "show all", and
 * saving and loading the configuration file. Whether there are unsaved changes is the engine's own record
 * ({@link Kconfig#isChanged()}, Linux's conf_get_changed). The screens are a thin layer over this class.
 */
public final class Configurator {
    /** What opening the entry under the cursor leads to. */
    public enum Opened { SUBMENU, CHOICE, VALUE, NOTHING }

    /** One search result: the entry, a line describing it, and the menus that lead to it. */
    public record SearchHit(MenuNode node, String label, String location) {}

    private final Kconfig kconfig;
    private final Path baseDirectory;
    private final FixAdvisor fixAdvisor;
    private final HelpText helpText;
    private final List<Page> pages = new ArrayList<>();
    private final List<String> saves = new ArrayList<>();
    private Path file;
    private boolean showAll;

    /** One open page and where its cursor is: on a node, or at an index when that node is gone. */
    private static final class Page {
        final MenuNode node;
        MenuNode selected;
        int index;

        Page(MenuNode node) {
            this.node = node;
        }
    }

    /**
     * @param kconfig the tree, with the configuration already read into it
     * @param file the configuration file that save writes and that load replaces
     * @param baseDirectory what the file names typed for "save as" and "load" are relative to
     * @param fixAdvisor proposes fixes for entries the dependencies hold, or null when there is none
     */
    public Configurator(Kconfig kconfig, Path file, Path baseDirectory, FixAdvisor fixAdvisor) {
        this.kconfig = kconfig;
        this.file = file.toAbsolutePath().normalize();
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.fixAdvisor = fixAdvisor;
        this.helpText = new HelpText(kconfig);
        pages.add(new Page(kconfig.root()));
    }

    // ---- the page and the cursor ----

    /** The {@code mainmenu} text. */
    public String title() {
        return kconfig.mainMenuTitle();
    }

    /** The prompts of the open pages, from the main menu to the current one. */
    public List<String> path() {
        return pages.stream().map(p -> p.node == kconfig.root() ? "Main menu" : EntryText.prompt(p.node)).toList();
    }

    /** The lines of the current page. */
    public List<Entry> entries() {
        return PageBuilder.build(top().node, showAll);
    }

    /** The index of the cursor's line, or -1 on an empty page. */
    public int cursor() {
        return locate(entries());
    }

    /** The line under the cursor, or null on an empty page. */
    public Entry current() {
        List<Entry> entries = entries();
        int i = locate(entries);
        return i < 0 ? null : entries.get(i);
    }

    /** Moves the cursor by {@code delta} lines, stopping at the first and the last. */
    public void move(int delta) {
        List<Entry> entries = entries();
        int i = locate(entries);
        if (i >= 0) place(entries, i + delta);
    }

    /** Puts the cursor on a line (clamped to the page). */
    public void moveTo(int index) {
        List<Entry> entries = entries();
        if (!entries.isEmpty()) place(entries, index);
    }

    private void place(List<Entry> entries, int index) {
        Page page = top();
        page.index = Math.clamp(index, 0, entries.size() - 1);
        page.selected = entries.get(page.index).node();
    }

    /** Finds the cursor's node on the page; when it has gone, the line now at its index takes its place. */
    private int locate(List<Entry> entries) {
        Page page = top();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).node() == page.selected) return page.index = i;
        }
        if (entries.isEmpty()) return -1;
        place(entries, page.index);
        return page.index;
    }

    private Page top() {
        return pages.getLast();
    }

    /** Opens the entry under the cursor: a menu becomes the current page; a choice or a value needs a dialog. */
    public Opened open() {
        Entry entry = current();
        if (entry == null) return Opened.NOTHING;
        return switch (entry.kind()) {
            case MENU, MENUCONFIG -> {
                pages.add(new Page(entry.node()));
                yield Opened.SUBMENU;
            }
            case CHOICE -> Opened.CHOICE;
            case VALUE -> Opened.VALUE;
            default -> Opened.NOTHING;
        };
    }

    /** Goes back to the enclosing page; false on the main menu. */
    public boolean back() {
        if (pages.size() == 1) return false;
        pages.removeLast();
        return true;
    }

    /** Whether entries the dependencies hide are shown too. */
    public boolean showsAll() {
        return showAll;
    }

    public void showAll(boolean on) {
        showAll = on;
    }

    // ---- values ----

    /**
     * Space on a bool or tristate line: the next of n, m, y the dependencies allow (Linux's
     * sym_toggle_tristate_value). False when nothing else is allowed.
     */
    public boolean toggle() {
        Entry entry = current();
        if (entry == null || !entry.isToggle()) return false;
        Symbol sym = entry.symbol();
        Tristate old = sym.tristateValue();
        Tristate next = old;
        do {
            next = next == Tristate.YES ? Tristate.NO : Tristate.values()[next.ordinal() + 1];
            if (sym.setTristateValue(next)) return next != old;
        } while (next != old);
        return false;
    }

    /**
     * y, m or n on a bool or tristate line; false when the dependencies do not allow that value. As in
     * Linux's mconf, y on a tristate the dependencies keep at m or below sets m.
     */
    public boolean set(Tristate value) {
        Entry entry = current();
        if (entry == null || !entry.isToggle()) return false;
        Symbol sym = entry.symbol();
        return sym.setTristateValue(value) || value == Tristate.YES && sym.setTristateValue(Tristate.MOD);
    }

    /**
     * Sets the int, hex or string value under the cursor from what the user typed.
     *
     * @return empty when it was set, else why not, for the user
     */
    public Optional<String> setValue(String text) {
        Entry entry = current();
        if (entry == null || entry.kind() != Entry.Kind.VALUE) return Optional.of("not a value entry");
        return ValueCheck.set(entry.symbol(), text);
    }

    /** What the value under the cursor may be, for the prompt of its dialog ("integer, 8 to 4096"). */
    public String valueHint() {
        Entry entry = current();
        return entry == null || entry.kind() != Entry.Kind.VALUE ? "" : ValueCheck.hint(entry.symbol());
    }

    /** The members of a choice the user can pick now (with "show all", every member with a prompt). */
    public List<MenuNode> choiceMembers(MenuNode choice) {
        List<MenuNode> out = new ArrayList<>();
        for (MenuNode child : choice.children()) {
            if (child.symbol() != null && (child.isVisible() || showAll && child.prompt() != null)) out.add(child);
        }
        return out;
    }

    /** Makes a member the selected one of its choice; false when it is not visible. */
    public boolean choose(MenuNode member) {
        Symbol sym = member.symbol();
        if (sym == null || !sym.isChoiceMember() || !member.isVisible()) return false;
        kconfig.selectChoice(sym);
        return true;
    }

    // ---- help, search, fix ----

    /**
     * The help screen of a node (the {@code kconfig info} report for a symbol). User values are said to come
     * from the file only while nothing was changed since it was read or written.
     */
    public String help(MenuNode node) {
        return helpText.of(node, isChanged() ? null : shown(file));
    }

    /** The entries whose symbol name or prompt matches {@code query}, best first (see {@link SymbolSearch}). */
    public List<SearchHit> search(String query) {
        List<SearchHit> out = new ArrayList<>();
        for (MenuNode node : new SymbolSearch(kconfig).find(query)) {
            out.add(new SearchHit(node, Jump.label(node), String.join(" > ", Jump.location(kconfig, node))));
        }
        return out;
    }

    /**
     * Opens the pages that lead to a node and puts the cursor on it (on its choice, for a member). An entry
     * the dependencies hide turns "show all" on.
     *
     * @return false when the node has no prompt, so no page shows it
     */
    public boolean jumpTo(MenuNode node) {
        MenuNode target = Jump.target(node);
        if (target == null) return false;
        pages.clear();
        for (MenuNode page : Jump.pagesTo(target)) pages.add(new Page(page));
        top().selected = target;
        if (!showAll && entries().stream().noneMatch(e -> e.node() == target)) showAll = true;
        return entries().stream().anyMatch(e -> e.node() == target);
    }

    /** Whether a fix advisor ({@code kconfig fix}) is there. */
    public boolean canProposeFixes() {
        return fixAdvisor != null;
    }

    /**
     * What the fix advisor proposes for the bool or tristate line under the cursor: the changes that turn it
     * on when it is n, off when it is not. Empty without an advisor, or when it knows no fix.
     */
    public Optional<FixAdvisor.Fix> proposeFix() {
        Entry entry = current();
        if (fixAdvisor == null || entry == null || entry.symbol() == null || entry.symbol().isChoice()
                || !entry.symbol().type().isBoolOrTristate()) {
            return Optional.empty();
        }
        Symbol sym = entry.symbol();
        return fixAdvisor.propose(kconfig, sym, sym.tristateValue() == Tristate.NO ? "y" : "n");
    }

    /**
     * Applies a fix as the user would, setting each value; one that its dependencies refuse yet is tried
     * again after the others, as long as that sets more. Returns the assignments still refused (empty: all set).
     */
    public List<FixAdvisor.Assignment> apply(FixAdvisor.Fix fix) {
        List<FixAdvisor.Assignment> pending = new ArrayList<>(fix.assignments());
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = pending.removeIf(this::assign);
        }
        return pending;
    }

    /** Sets one value of a fix; whether the symbol has it now. */
    private boolean assign(FixAdvisor.Assignment a) {
        Symbol sym = a.symbol();
        if (sym.stringValue().equals(a.value())) return true;
        if (sym.isChoiceMember() && a.value().equals("y")) {
            if (sym.visibility() == Tristate.NO) return false;
            kconfig.selectChoice(sym);
            return true;
        }
        return sym.setValue(a.value()) && sym.stringValue().equals(a.value());
    }

    // ---- the configuration file ----

    /** The configuration file, as given or as last saved to or loaded from. */
    public Path file() {
        return file;
    }

    /** Whether the values differ from the file's. */
    public boolean isChanged() {
        return kconfig.isChanged();
    }

    /** A name typed by the user, relative to the base directory. */
    public Path resolve(String name) {
        return baseDirectory.resolve(name).normalize();
    }

    /** Writes the configuration file atomically (the previous one kept as .old); returns what happened. */
    public String save() throws IOException {
        return saveAs(file);
    }

    /** Writes the configuration to another file, which becomes the one save writes. */
    public String saveAs(Path target) throws IOException {
        Path to = target.toAbsolutePath().normalize();
        boolean written = new ConfigWriter(kconfig).writeDotConfig(to);
        file = to;
        String message = written ? "configuration written to " + shown(to)
                : "No change to configuration in '" + shown(to) + "'";
        saves.add(message);
        return message;
    }

    /** Replaces the values with a file's, which becomes the one save writes; returns the number of warnings. */
    public int load(Path source) throws IOException {
        Path from = source.toAbsolutePath().normalize();
        int warnings = new ConfigReader(kconfig).read(from, shown(from));
        file = from;
        return warnings;
    }

    /** What each save said, in order (the command line prints them when the screen closes). */
    public List<String> saves() {
        return List.copyOf(saves);
    }

    /** A path as the user sees it: relative to the base directory when it is below it. */
    public String shown(Path path) {
        return path.startsWith(baseDirectory) ? baseDirectory.relativize(path).toString() : path.toString();
    }
}
