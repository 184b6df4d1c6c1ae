package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.preprocess.ParallelProbes;
import dev.tailor.kconfig.preprocess.ProbeJournal;
import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import dev.tailor.kconfig.preprocess.ShellCache;
import dev.tailor.kconfig.preprocess.ShellRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a command against a Kconfig tree: the environment it sees, where its files are, the loaded
 * tree, and the steps Linux's conf shares between modes (reading .config, writing it, KCONFIG_WERROR).
 * Closing it saves the shell cache, if one is used.
 */
final class Session implements AutoCloseable {
    private final CliContext context;
    private final Map<String, String> environment;
    private final String configName;
    private final String kconfigFile;
    private final String shellCacheFile;
    private final CliDiagnostics diagnostics;
    private final String prefix;
    private ShellCache shellCache;
    private Kconfig kconfig;
    private int readWarnings;
    /** Where the user values came from, for {@code info}; null when nothing was read. */
    private String valuesReadFrom;

    Session(CliContext context, KconfigCli options, String kconfigFileArgument, CliDiagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.environment = new LinkedHashMap<>(context.environment());
        if (options.srctree != null) environment.put("srctree", options.srctree);
        String config = options.config != null ? options.config : environment.get("KCONFIG_CONFIG");
        this.configName = config == null || config.isEmpty() ? ".config" : config;
        String cache = options.shellCache != null ? options.shellCache : environment.get("KCONFIG_SHELL_CACHE");
        this.shellCacheFile = cache == null || cache.isEmpty() ? null : cache;
        this.prefix = Kconfig.configPrefix(environment);
        this.kconfigFile = kconfigFileArgument != null ? kconfigFileArgument : defaultKconfigFile();
    }

    CliContext context() {
        return context;
    }

    Map<String, String> environment() {
        return environment;
    }

    String env(String name) {
        return environment.get(name);
    }

    CliDiagnostics diagnostics() {
        return diagnostics;
    }

    Kconfig kconfig() {
        return kconfig;
    }

    /** The prefix of symbol names in configuration files ({@code $CONFIG_}, default "CONFIG_"). */
    String prefix() {
        return prefix;
    }

    /** The .config name as given (KCONFIG_CONFIG, --config or ".config"). */
    String configName() {
        return configName;
    }

    String valuesReadFrom() {
        return valuesReadFrom;
    }

    void valuesReadFrom(String description) {
        valuesReadFrom = description;
    }

    /** A path as given on the command line or in the environment, relative to the working directory. */
    Path resolve(String name) {
        return context.workingDirectory().resolve(name);
    }

    /**
     * Finds a file to read as Linux's zconf_fopen does: relative to the working directory, then (for a
     * relative name) relative to {@code $srctree}. Null if neither exists. A FIFO or a device is found,
     * so that reading it fails with a message (Linux's would block) rather than being taken for no file.
     */
    Path locate(String name) {
        Path direct = resolve(name);
        if (isFile(direct)) return direct;
        String srctree = environment.get("srctree");
        if (srctree == null || srctree.isEmpty() || Path.of(name).isAbsolute()) return null;
        Path inTree = resolve(srctree).resolve(name);
        return isFile(inTree) ? inTree : null;
    }

    private static boolean isFile(Path p) {
        return Files.exists(p) && !Files.isDirectory(p);
    }

    private String defaultKconfigFile() {
        for (String name : List.of("Kconfig", "Config.uk")) {
            if (Files.isRegularFile(resolve(name))) return name;
        }
        String srctree = environment.get("srctree");
        if (srctree != null && !srctree.isEmpty()) {
            for (String name : List.of("Kconfig", "Config.uk")) {
                if (Files.isRegularFile(resolve(srctree).resolve(name))) return name;
            }
        }
        throw new CliFailure("kconfig: no KCONFIG_FILE given, and there is no ./Kconfig or ./Config.uk");
    }

    /** Parses the tree. Throws {@link dev.tailor.kconfig.KconfigException} on any error in it. */
    Kconfig load() {
        ShellRunner runner = new ProcessShellRunner(context.workingDirectory(), environment);
        ProbeJournal journal = null;
        ParallelProbes probes = null;
        if (shellCacheFile != null) {
            shellCache = new ShellCache(resolve(shellCacheFile), environment.get("srctree"), runner);
            runner = shellCache;
        } else if (probeJobs() > 1) {
            // Real probes: start the ones this tree ran last time all at once.
            journal = ProbeJournal.of(ProbeJournal.defaultDirectory(environment.get("XDG_CACHE_HOME"),
                    environment.get("HOME")), resolve(kconfigFile));
            probes = new ParallelProbes(runner, journal.commands(), probeJobs());
            runner = probes;
        }
        try {
            kconfig = Kconfig.load(kconfigFile,
                    new Kconfig.LoadOptions(environment, context.workingDirectory(), runner, diagnostics));
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
    Kconfig loadAgain(Diagnostics other) {
        return Kconfig.load(kconfigFile, new Kconfig.LoadOptions(environment, context.workingDirectory(),
                new ProcessShellRunner(context.workingDirectory(), environment), other));
    }

    /** How many probes may run at once: KCONFIG_PROBE_JOBS, else one per processor (at least two). */
    private int probeJobs() {
        String jobs = environment.get("KCONFIG_PROBE_JOBS");
        if (jobs != null && jobs.matches("[0-9]+")) return Integer.parseInt(jobs);
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Linux's conf_message: {@code #}-framed progress lines on standard output. */
    void message(String text) {
        context.out().print("#\n# " + text + "\n#\n");
    }

    /**
     * Reads the existing configuration as Linux's conf_read(NULL): the .config (found like any input file),
     * else the first existing file of KCONFIG_DEFCONFIG_LIST; neither is fine.
     *
     * @return whether a file was read
     */
    boolean readDotConfig() throws IOException {
        Path file = locate(configName);
        if (file != null) {
            read(file, configName);
            valuesReadFrom = configName;
            return true;
        }
        String name = defconfigListEntry();
        if (name == null) return false;
        message("using defaults found in " + name);
        read(locate(name), name);
        valuesReadFrom = name;
        return true;
    }

    /** The first file of KCONFIG_DEFCONFIG_LIST that exists (as {@link #locate} finds it), or null. */
    String defconfigListEntry() {
        String list = environment.get("KCONFIG_DEFCONFIG_LIST");
        if (list == null) return null;
        for (String name : list.strip().split("\\s+")) {
            if (!name.isEmpty() && locate(name) != null) return name;
        }
        return null;
    }

    /** Reads a configuration file with conf_read semantics (values replaced, then computed). */
    void read(Path file, String displayName) throws IOException {
        readWarnings += new ConfigReader(kconfig).read(file, displayName);
    }

    /** Reads a file of user values only (conf_read_simple), as KCONFIG_ALLCONFIG does. */
    void readValues(Path file, String displayName) throws IOException {
        readWarnings += new ConfigReader(kconfig).readValues(file, displayName);
        valuesReadFrom = displayName;
    }

    /** Counts the warnings of a configuration file read without the session (generation reads its own). */
    void countReadWarnings(int warnings) {
        readWarnings += warnings;
    }

    /** With KCONFIG_WERROR set, warnings while reading configuration files are fatal (Linux's conf_errors). */
    void failOnReadWarnings() {
        if (readWarnings > 0 && environment.containsKey("KCONFIG_WERROR")) {
            throw new CliFailure("kconfig: warnings while reading the configuration are errors (KCONFIG_WERROR)");
        }
    }

    /** With KCONFIG_WERROR set, unmet direct dependencies are fatal (Linux's sym_dep_errors). */
    void failOnDependencyWarnings() {
        if (!environment.containsKey("KCONFIG_WERROR")) return;
        for (Symbol sym : kconfig.symbols()) sym.stringValue();   // every value computed: every warning seen
        if (diagnostics.dependencyWarningCount() > 0) {
            throw new CliFailure("kconfig: unmet direct dependencies are errors (KCONFIG_WERROR)");
        }
    }

    /** Writes .config atomically (the old one kept as .config.old) and says so, as conf_write does. */
    void writeDotConfig() throws IOException {
        boolean written = new ConfigWriter(kconfig).writeDotConfig(resolve(configName));
        message(written ? "configuration written to " + configName
                : "No change to configuration in '" + configName + "'");
    }

    /** Saves the shell cache if commands were recorded. */
    @Override
    public void close() throws IOException {
        if (shellCache != null) shellCache.save();
    }
}
