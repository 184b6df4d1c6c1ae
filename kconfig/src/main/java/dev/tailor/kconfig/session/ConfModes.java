package dev.tailor.kconfig.session;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The modes of Linux's conf over a {@link ConfigSession}, each the whole run: load the tree, read the
 * configuration, fill it in or ask about it, check KCONFIG_WERROR, write. Each returns what the session wrote
 * and said; a failure is an exception, after which nothing more is written.
 */
public final class ConfModes {
    private final ConfigSession session;

    public ConfModes(ConfigSession session) {
        this.session = session;
    }

    /** Updates the configuration, new symbols at their defaults. */
    public Result olddefconfig() throws IOException {
        return oldconfig(kconfig -> {});
    }

    /**
     * Updates the configuration, asking about new symbols: {@code dialog} asks the user and sets their
     * values (oldconfig's questions); the symbols it leaves get their defaults.
     */
    public Result oldconfig(Consumer<Kconfig> dialog) throws IOException {
        Kconfig kconfig = readExisting();
        dialog.accept(kconfig);
        session.failOnDependencyWarnings();
        session.writeConfig();
        return session.result();
    }

    /** A new configuration from the values of the defconfig {@code name}, every other symbol at its default. */
    public Result defconfig(String name) throws IOException {
        session.load();
        session.readDefconfig(name);
        session.failOnReadWarnings();
        session.fill(Fill.DEFAULT, 0);
        return write();
    }

    /**
     * all*config and randconfig: a new configuration from KCONFIG_ALLCONFIG's values, every other symbol given
     * the mode's value. randconfig says its seed first, as conf does.
     */
    public Result allconfig(Fill mode) throws IOException {
        int seed = 0;
        if (mode == Fill.RANDOM) {
            seed = session.options().seed() != null ? session.options().seed() : clockSeed();
            session.output("KCONFIG_SEED=0x" + Integer.toHexString(seed).toUpperCase());
        }
        session.load();
        session.readAllConfig(mode);
        session.failOnReadWarnings();
        session.fill(mode, seed);
        return write();
    }

    /** The seed conf computes from the clock when KCONFIG_SEED gives none. */
    private static int clockSeed() {
        Instant now = Instant.now();
        return (int) ((now.getEpochSecond() + 1) * (now.getNano() / 1000 + 1));
    }

    /** Says each symbol oldconfig would ask about, as {@code CONFIG_X=default} ({@link Message.Kind#OUTPUT}). */
    public Result listnewconfig() throws IOException {
        Kconfig kconfig = readExisting();
        for (Symbol sym : new ConfigTool(kconfig).newSymbols()) {
            if (sym.type() == SymbolType.UNKNOWN) continue;
            String value = sym.stringValue();
            if (sym.type() == SymbolType.STRING) value = ConfigWriter.quote(value);
            // Unlike .config, n as CONFIG_X=n.
            session.output(session.prefix() + sym.name() + "=" + value);
        }
        session.failOnDependencyWarnings();
        return session.result();
    }

    /** Writes the minimal configuration that gives the current one back to the file {@code name}. */
    public Result savedefconfig(String name) throws IOException {
        readExisting();
        session.failOnDependencyWarnings();
        session.writeMinimalConfig(name);
        return session.result();
    }

    /** Sets symbols in order as a user would in a menu; nothing is written if one is refused. */
    public Result setconfig(List<Assignments.Assignment> assignments) throws IOException {
        Kconfig kconfig = readExisting();
        for (Assignments.Assignment a : assignments) {
            Assignments.assign(kconfig, session.prefix(), a.symbol(), a.value());
        }
        return write();
    }

    /**
     * Brings the build's view of the configuration up to date (conf --syncconfig): the configuration file must
     * exist; it is updated as oldconfig does ({@code dialog} asks about new symbols), quietly, unless
     * KCONFIG_NOSILENTUPDATE forbids it, then the files the build includes are written.
     */
    public Result syncconfig(AutoConfWriter.Outputs outputs, Consumer<Kconfig> dialog) throws IOException {
        session.load();
        String name = session.options().configFile();
        if (session.locate(name) == null) {
            throw new KconfigException("***\n*** Configuration file \"" + name + "\" not found!\n***\n"
                    + "*** Please run some configurator (e.g. \"make oldconfig\" or\n"
                    + "*** \"make menuconfig\" or \"make xconfig\").\n***");
        }
        session.readExisting();
        session.failOnReadWarnings();
        boolean mayWrite = !session.options().noSilentUpdate();
        if (!mayWrite && session.kconfig().isChanged()) {
            throw new KconfigException("\n*** The configuration requires explicit update.\n");
        }
        dialog.accept(session.kconfig());
        session.failOnDependencyWarnings();
        // Quietly, as Linux: syncconfig runs inside every build.
        if (mayWrite) session.writeConfigQuietly();
        session.writeAutoConf(outputs);
        return session.result();
    }

    /** Loads the tree and reads the configuration there is, as the modes that update one start. */
    private Kconfig readExisting() throws IOException {
        Kconfig kconfig = session.load();
        session.readExisting();
        session.failOnReadWarnings();
        return kconfig;
    }

    private Result write() throws IOException {
        session.failOnDependencyWarnings();
        session.writeConfig();
        return session.result();
    }
}
