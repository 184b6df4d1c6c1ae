package dev.tailor.kconfig.session;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.SourceTree;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.generate.ConfigInput;
import dev.tailor.kconfig.preprocess.ParallelProbes;
import dev.tailor.kconfig.preprocess.ProbeJournal;
import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import dev.tailor.kconfig.preprocess.ShellCache;
import dev.tailor.kconfig.preprocess.ShellRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of a configuration tool against a Kconfig tree, the steps Linux keeps in confdata.c: finding and
 * reading the configuration (a .config, a defconfig, KCONFIG_ALLCONFIG, KCONFIG_DEFCONFIG_LIST), filling in
 * the symbols without a value, KCONFIG_WERROR, and writing .config, the minimal defconfig and the build's
 * files. {@link ConfModes} puts the steps together as conf's modes.
 *
 * <p>What the session says goes to its listener as it is said, as {@link Message}s, and is kept for the
 * {@link #result()}. Errors are {@link KconfigException}s (located at a file and line where there is one) and
 * {@link IOException}s. Closing it saves the shell cache, if one is used.
 */
public final class ConfigSession implements AutoCloseable {
    private final SessionOptions options;
    private final SourceTree tree;
    private final MessageLog log;
    private final String kconfigFile;
    private final List<Path> written = new ArrayList<>();
    private ShellCache shellCache;
    private Kconfig kconfig;
    private int readWarnings;
    private String valuesReadFrom;

    /**
     * @throws KconfigException if no top Kconfig file is given and there is none by default
     */
    public ConfigSession(SessionOptions options, Consumer<Message> listener) {
        this.options = options;
        this.tree = new SourceTree(options.workingDirectory(), options.environment());
        this.log = new MessageLog(listener);
        this.kconfigFile = options.kconfigFile() != null ? options.kconfigFile() : defaultKconfigFile();
    }

    public SessionOptions options() {
        return options;
    }

    /** The loaded tree; null before {@link #load()}. */
    public Kconfig kconfig() {
        return kconfig;
    }

    /** The prefix of symbol names in configuration files ({@code $CONFIG_}, default "CONFIG_"). */
    public String prefix() {
        return Kconfig.configPrefix(options.environment());
    }

    /** The name of the file the values were read from, as given; null when none was read. */
    public String valuesReadFrom() {
        return valuesReadFrom;
    }

    /** What the session wrote and said so far. */
    public Result result() {
        return new Result(written, log.messages());
    }

    /** A name as given on a command line or in the environment, relative to the working directory. */
    public Path resolve(String name) {
        return options.workingDirectory().resolve(name);
    }

    /** Finds a file to read as {@link SourceTree#find} does (as Linux's zconf_fopen); null if there is none. */
    public Path locate(String name) {
        return tree.find(name);
    }

    private String defaultKconfigFile() {
        for (Path dir : tree.srctree() == null ? List.of(tree.workingDirectory())
                : List.of(tree.workingDirectory(), tree.srctree())) {
            for (String name : List.of("Kconfig", "Config.uk")) {
                if (Files.isRegularFile(dir.resolve(name))) return name;
            }
        }
        throw new KconfigException("kconfig: no KCONFIG_FILE given, and there is no ./Kconfig or ./Config.uk");
    }

    /** Parses the tree. Throws {@link KconfigException} on any error in it. */
    public Kconfig load() {
        Map<String, String> environment = options.environment();
        ShellRunner runner = new ProcessShellRunner(options.workingDirectory(), environment);
        ProbeJournal journal = null;
        ParallelProbes probes = null;
        if (options.shellCache() != null) {
            shellCache = new ShellCache(resolve(options.shellCache()), environment.get("srctree"), runner);
            runner = shellCache;
        } else if (options.probeJobs() > 1) {
            // Real probes: start the ones this tree ran last time all at once.
            journal = ProbeJournal.of(ProbeJournal.defaultDirectory(environment.get("XDG_CACHE_HOME"),
                    environment.get("HOME")), resolve(kconfigFile));
            probes = new ParallelProbes(runner, journal.commands(), options.probeJobs());
            runner = probes;
        }
        try {
            kconfig = Kconfig.load(kconfigFile,
                    new Kconfig.LoadOptions(environment, options.workingDirectory(), runner, log));
            if (journal != null) journal.save(probes.requested());
        } finally {
            if (probes != null) probes.close();
        }
        return kconfig;
    }

    /**
     * Parses the tree afresh, reporting to other diagnostics (the matrix loads it once per configuration): the
     * session's environment and working directory, the real shell, no probe journal.
     */
    public Kconfig loadAgain(Diagnostics other) {
        return Kconfig.load(kconfigFile, new Kconfig.LoadOptions(options.environment(), options.workingDirectory(),
                new ProcessShellRunner(options.workingDirectory(), options.environment()), other));
    }

    /** A symbol of the loaded tree by name, also with the CONFIG_ prefix; an error if there is none. */
    public Symbol symbol(String name) {
        Symbol sym = kconfig.findSymbol(name, prefix());
        if (sym == null) throw new KconfigException("kconfig: unknown symbol " + name);
        return sym;
    }

    /** The file conf_read(NULL) reads: the configuration file, else the first of KCONFIG_DEFCONFIG_LIST there is. */
    public record ExistingConfig(String name, Path path, boolean fromDefconfigList) {}

    /** The configuration there is (found as {@link #locate} finds files), or null when there is none. */
    public ExistingConfig existingConfig() {
        Path file = locate(options.configFile());
        if (file != null) return new ExistingConfig(options.configFile(), file, false);
        for (String name : options.defconfigList()) {
            Path listed = locate(name);
            if (listed != null) return new ExistingConfig(name, listed, true);
        }
        return null;
    }

    /**
     * Reads the existing configuration as Linux's conf_read(NULL), saying so when it is one of
     * KCONFIG_DEFCONFIG_LIST; none is fine.
     *
     * @return whether a file was read
     */
    public boolean readExisting() throws IOException {
        ExistingConfig existing = existingConfig();
        if (existing == null) return false;
        if (existing.fromDefconfigList()) note("using defaults found in " + existing.name());
        read(existing.path(), existing.name());
        return true;
    }

    /** A defconfig file found as {@link #locate} finds it; an error naming it when there is none. */
    public Path findDefconfig(String name) {
        Path file = locate(name);
        if (file == null) throw new KconfigException("***\n*** Can't find default configuration \"" + name + "\"!\n***");
        return file;
    }

    /** Reads a defconfig (conf_read of the file): its values, the other symbols at their defaults. */
    public void readDefconfig(String name) throws IOException {
        read(findDefconfig(name), name);
    }

    /** Reads a configuration file with conf_read semantics (values replaced, then computed). */
    private void read(Path file, String name) throws IOException {
        readWarnings += new ConfigReader(kconfig).read(file, name);
        valuesReadFrom = name;
    }

    /**
     * KCONFIG_ALLCONFIG for all*config and randconfig: the values of a file (conf_read_simple), or for ""
     * those of all&lt;mode&gt;.config, else all.config. Nothing when it is not set.
     */
    public void readAllConfig(Fill mode) throws IOException {
        String name = options.allConfig();
        if (name == null) return;
        if (!name.isEmpty()) {
            Path file = locate(name);
            if (file == null) throw new KconfigException("*** Can't read seed configuration \"" + name + "\"!");
            readValues(file, name);
            return;
        }
        String modeFile = allConfigName(mode) + ".config";
        for (String candidate : List.of(modeFile, "all.config")) {
            Path file = locate(candidate);
            if (file != null) {
                readValues(file, candidate);
                return;
            }
        }
        throw new KconfigException("*** KCONFIG_ALLCONFIG set, but no \"" + modeFile + "\" or \"all.config\" file found");
    }

    private void readValues(Path file, String name) throws IOException {
        readWarnings += new ConfigReader(kconfig).readValues(file, name);
        valuesReadFrom = name;
    }

    /** The mode's name in all&lt;mode&gt;.config ("allno", ...). */
    private static String allConfigName(Fill mode) {
        return switch (mode) {
            case NO -> "allno";
            case MOD -> "allmod";
            case YES -> "allyes";
            case DEFAULT -> "alldef";
            case RANDOM -> "allrandom";
        };
    }

    /** Resolves a generation's configuration: the file's values, every other symbol at its default. */
    public void read(ConfigInput input) throws IOException {
        readWarnings += input.resolve(kconfig);
    }

    /** Gives every new symbol the mode's value; {@code seed} is randconfig's (ignored by the other modes). */
    public void fill(Fill mode, int seed) {
        ConfigTool.RandomSettings random = mode == Fill.RANDOM
                ? ConfigTool.RandomSettings.of(seed, options.probability()) : null;
        new ConfigTool(kconfig).fillNewSymbols(mode, random);
    }

    /** With KCONFIG_WERROR, warnings while reading configuration files are fatal (Linux's conf_errors). */
    public void failOnReadWarnings() {
        if (readWarnings > 0 && options.werror()) {
            throw new KconfigException("kconfig: warnings while reading the configuration are errors (KCONFIG_WERROR)");
        }
    }

    /** With KCONFIG_WERROR, unmet direct dependencies are fatal (Linux's sym_dep_errors). */
    public void failOnDependencyWarnings() {
        if (!options.werror()) return;
        for (Symbol sym : kconfig.symbols()) sym.stringValue();   // every value computed: every warning seen
        if (log.dependencyWarnings() > 0) {
            throw new KconfigException("kconfig: unmet direct dependencies are errors (KCONFIG_WERROR)");
        }
    }

    /**
     * Writes the configuration file atomically (the old one kept as .config.old, its permissions kept) and
     * says so, as conf_write does.
     *
     * @return whether it was written (false: it had these contents already)
     */
    public boolean writeConfig() throws IOException {
        boolean changed = writeConfigQuietly();
        note(writeNote(options.configFile(), changed));
        return changed;
    }

    /** Writes the configuration file as {@link #writeConfig()}, saying nothing (as syncconfig does). */
    public boolean writeConfigQuietly() throws IOException {
        Path file = resolve(options.configFile());
        boolean changed = new ConfigWriter(kconfig).writeDotConfig(file);
        if (changed) written.add(file);
        return changed;
    }

    /** What conf says after writing the configuration file {@code name}. */
    public static String writeNote(String name, boolean changed) {
        return changed ? "configuration written to " + name : "No change to configuration in '" + name + "'";
    }

    /** Writes the minimal configuration that gives the current one back (savedefconfig) to {@code name}. */
    public void writeMinimalConfig(String name) throws IOException {
        Path file = resolve(name);
        if (new ConfigWriter(kconfig).writeMinimalConfig(file)) written.add(file);
    }

    /** Writes the files a build includes (conf_write_autoconf): auto.conf.cmd, autoconf.h, rustc_cfg, auto.conf. */
    public void writeAutoConf(AutoConfWriter.Outputs outputs) throws IOException {
        new AutoConfWriter(kconfig).write(outputs);
        Path autoConf = outputs.autoConf();
        written.addAll(List.of(autoConf.resolveSibling(autoConf.getFileName() + ".cmd"), outputs.autoHeader(),
                outputs.rustcCfg(), autoConf));
    }

    /** Says {@code text} as conf_message does. */
    public void note(String text) {
        log.add(Message.of(Message.Kind.NOTE, text));
    }

    /** A line of the mode's output. */
    void output(String text) {
        log.add(Message.of(Message.Kind.OUTPUT, text));
    }

    /** Saves the shell cache if commands were recorded. */
    @Override
    public void close() throws IOException {
        if (shellCache != null) shellCache.save();
    }
}
