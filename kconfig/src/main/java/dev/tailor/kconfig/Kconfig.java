package dev.tailor.kconfig;

import dev.tailor.kconfig.preprocess.ShellRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A loaded Kconfig tree: its symbols, its menu tree and the current configuration. Load one with
 * {@link #load}, read a .config with {@link ConfigReader}, change values through {@link Symbol#setValue}
 * or {@link #selectChoice}, and write with {@link ConfigWriter}.
 *
 * <p>Not thread-safe: values are computed lazily and cached, as in Linux's C implementation.
 */
public final class Kconfig {
    final Symbol yes;
    final Symbol mod;
    final Symbol no;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Map<String, Symbol> constants = new HashMap<>();
    private final List<Symbol> choices = new ArrayList<>();
    final MenuNode root = new MenuNode(MenuKind.ROOT, null, null, "<root>", 0);
    Symbol modulesSym;
    Tristate modulesValue = Tristate.NO;
    final Diagnostics diagnostics;
    final Map<String, String> environment;
    private final Map<String, String> environmentUsed = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    /** Where the parser found the files, for {@link #path}. */
    SourceTree sourceTree;
    /** Whether the configuration differs from the file it was read from (Linux's conf_get_changed). */
    boolean changed = true;

    Kconfig(Map<String, String> environment, Diagnostics diagnostics) {
        this.environment = environment;
        this.diagnostics = diagnostics;
        yes = new Symbol(this, "y", Tristate.YES);
        mod = new Symbol(this, "m", Tristate.MOD);
        no = new Symbol(this, "n", Tristate.NO);
    }

    /** What to load a tree with. */
    public record LoadOptions(Map<String, String> environment, Path workingDirectory, ShellRunner shell,
            Diagnostics diagnostics) {
        public LoadOptions {
            environment = Map.copyOf(environment);
            if (workingDirectory == null) workingDirectory = Path.of("").toAbsolutePath();
            if (diagnostics == null) diagnostics = Diagnostics.printingTo(System.out, System.err);
        }

        /** The process environment, working directory and real shell, warnings to stderr. */
        public static LoadOptions defaults() {
            return new LoadOptions(System.getenv(), null, null, null);
        }
    }

    /**
     * Parses a Kconfig tree. The file name is resolved against the working directory, then against
     * {@code $srctree}, like every {@code source}d file.
     *
     * @throws KconfigException on a syntax error, a missing file, a dependency loop or a failing
     *     {@code $(error-if ...)}; the message names the file and line
     */
    public static Kconfig load(String kconfigFile, LoadOptions options) {
        Kconfig kconfig = new Kconfig(options.environment(), options.diagnostics());
        new KconfigParser(kconfig, options).parse(kconfigFile);
        kconfig.invalidateAll();
        return kconfig;
    }

    // ---- symbol table (Linux sym_lookup / sym_find) ----

    Symbol constant(Tristate t) {
        return switch (t) {
            case YES -> yes;
            case MOD -> mod;
            case NO -> no;
        };
    }

    /** Finds or creates a symbol; {@code constant} looks up quoted constants, a separate namespace. */
    Symbol lookup(String name, boolean constant) {
        if (name == null) {
            Symbol choice = new Symbol(this, null, false);
            choices.add(choice);
            return choice;
        }
        if (name.length() == 1) {
            switch (name.charAt(0)) {
                case 'y': return yes;
                case 'm': return mod;
                case 'n': return no;
                default: break;
            }
        }
        Map<String, Symbol> table = constant ? constants : symbols;
        return table.computeIfAbsent(name, n -> new Symbol(this, n, constant));
    }

    /** The non-constant symbol with that name, or null (y, m and n give the constants). */
    public Symbol symbol(String name) {
        if (name.length() == 1) {
            switch (name.charAt(0)) {
                case 'y': return yes;
                case 'm': return mod;
                case 'n': return no;
                default: break;
            }
        }
        return symbols.get(name);
    }

    /**
     * The named, non-constant symbol {@code name} means, which may also be given with {@code prefix} in front
     * (as configuration files write it); null if the tree has none.
     */
    public Symbol findSymbol(String name, String prefix) {
        if (name.isEmpty()) return null;
        Symbol sym = symbol(name);
        if ((sym == null || sym.isConstant()) && !prefix.isEmpty() && name.startsWith(prefix)
                && name.length() > prefix.length()) {
            sym = symbol(name.substring(prefix.length()));
        }
        return sym == null || sym.isConstant() ? null : sym;
    }

    /** Every named, non-constant symbol, defined or only referenced, in order of first appearance. */
    public Collection<Symbol> symbols() {
        return Collections.unmodifiableCollection(symbols.values());
    }

    /** The root of the menu tree; its prompt is the {@code mainmenu} text. */
    public MenuNode root() {
        return root;
    }

    /** The text of {@code mainmenu} ("Main menu" when the tree has none). */
    public String mainMenuTitle() {
        return root.prompt.text;
    }

    /** The symbol with the {@code modules} attribute; the constant n when there is none. */
    public Symbol modulesSymbol() {
        return modulesSym;
    }

    /** The files the tree was read from, in the order they were first sourced. */
    public List<String> files() {
        return Collections.unmodifiableList(files);
    }

    /** Where a file of {@link #files()} is on disk: found as the parser found it. */
    public Path path(String fileName) {
        return sourceTree.locate(fileName).toAbsolutePath().normalize();
    }

    void addFile(String name) {
        if (!files.contains(name)) files.add(name);
    }

    /** The prefix of symbol names in configuration files: {@code $CONFIG_}, default "CONFIG_". */
    public String configPrefix() {
        return configPrefix(environment);
    }

    /** The prefix {@code environment} gives, for callers that have no tree loaded yet. */
    public static String configPrefix(Map<String, String> environment) {
        String p = environment.get("CONFIG_");
        return p != null ? p : "CONFIG_";
    }

    /** The environment variables the tree read, with the values it saw. */
    public Map<String, String> environmentUsed() {
        return Collections.unmodifiableMap(environmentUsed);
    }

    void recordEnvironment(Map<String, String> used) {
        environmentUsed.putAll(used);
    }

    /** Visits every menu node depth first, the root excluded. */
    public void forEachNode(Consumer<MenuNode> visitor) {
        root.forEachDescendant(visitor);
    }

    /** Whether the configuration differs from what was last read or written. */
    public boolean isChanged() {
        return changed;
    }

    /** Forgets every computed value (Linux's sym_clear_all_valid). */
    public void invalidateAll() {
        for (Symbol s : symbols.values()) s.invalidate();
        for (Symbol s : choices) s.invalidate();
        changed = true;
        modulesSym.calcValue();
    }

    /**
     * Drops every user value and every computed one (before a configuration file is read), so that a
     * tree read again behaves as a freshly loaded one: Linux's choice logic reads the visibility left by
     * earlier computations, so leftovers from another configuration would change the output.
     */
    void clearUserValues() {
        for (Symbol s : symbols.values()) {
            s.clearValues();
        }
        for (Symbol s : choices) {
            s.clearChoiceValue();
            // A new input starts from the declared priorities, as in a fresh process.
            for (MenuNode m : s.nodes()) {
                m.choiceMembers.clear();
                m.choiceMembers.addAll(m.declaredMembers);
            }
        }
    }

    /** Selects a member of its choice block, as a user picking it in a menu would. */
    public void selectChoice(Symbol member) {
        if (!member.isChoiceMember()) {
            throw new KconfigException("symbol " + member.name() + " is not a member of a choice");
        }
        member.calcValue();
        ChoiceValues.select(member.choice(), member);
    }
}
