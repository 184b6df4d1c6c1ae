package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The non-interactive modes of Linux's conf, one subcommand each. */
final class ConfigCommands {
    private ConfigCommands() {}

    /** all*config and randconfig: start from KCONFIG_ALLCONFIG, give every new symbol the mode's value. */
    abstract static class FillCommand extends TreeFileCommand {
        abstract Fill fill();

        /** The mode's name in all&lt;mode&gt;.config ("allno", ...). */
        private String allConfigName() {
            return switch (fill()) {
                case NO -> "allno";
                case MOD -> "allmod";
                case YES -> "allyes";
                case DEFAULT -> "alldef";
                case RANDOM -> "allrandom";
            };
        }

        /** Done before the tree is read: randconfig prints its seed first, as conf does. */
        void prepare(Session session) {}

        /** The settings of randconfig (null for the other modes), read after the tree. */
        ConfigTool.RandomSettings randomSettings(Session session) {
            return null;
        }

        @Override
        int run(Session session) throws IOException {
            prepare(session);
            Kconfig kconfig = session.load();
            readAllConfig(session);
            session.failOnReadWarnings();
            new ConfigTool(kconfig).fillNewSymbols(fill(), randomSettings(session));
            session.failOnDependencyWarnings();
            session.writeDotConfig();
            return 0;
        }

        /** KCONFIG_ALLCONFIG: a file of values, or "" / "1" for all&lt;mode&gt;.config, else all.config. */
        private void readAllConfig(Session session) throws IOException {
            String name = session.env("KCONFIG_ALLCONFIG");
            if (name == null) return;
            if (!name.isEmpty() && !name.equals("1")) {
                Path file = session.locate(name);
                if (file == null) throw new CliFailure("*** Can't read seed configuration \"" + name + "\"!");
                session.readValues(file, name);
                return;
            }
            String modeFile = allConfigName() + ".config";
            for (String candidate : new String[] {modeFile, "all.config"}) {
                Path file = session.locate(candidate);
                if (file != null) {
                    session.readValues(file, candidate);
                    return;
                }
            }
            throw new CliFailure("*** KCONFIG_ALLCONFIG set, but no \"" + modeFile + "\" or \"all.config\" file found");
        }
    }

    @Command(name = "alldefconfig", mixinStandardHelpOptions = true,
            description = "New configuration with every symbol at its default.")
    static final class AllDefConfig extends FillCommand {
        @Override
        Fill fill() {
            return Fill.DEFAULT;
        }
    }

    @Command(name = "allnoconfig", mixinStandardHelpOptions = true,
            description = "New configuration where every question is answered with no.")
    static final class AllNoConfig extends FillCommand {
        @Override
        Fill fill() {
            return Fill.NO;
        }
    }

    @Command(name = "allyesconfig", mixinStandardHelpOptions = true,
            description = "New configuration where every question is answered with yes.")
    static final class AllYesConfig extends FillCommand {
        @Override
        Fill fill() {
            return Fill.YES;
        }
    }

    @Command(name = "allmodconfig", mixinStandardHelpOptions = true,
            description = "New configuration where every question is answered with mod where possible.")
    static final class AllModConfig extends FillCommand {
        @Override
        Fill fill() {
            return Fill.MOD;
        }
    }

    @Command(name = "randconfig", mixinStandardHelpOptions = true,
            description = {"New configuration with random answers. Prints the seed as KCONFIG_SEED=0x...; "
                    + "set KCONFIG_SEED to repeat a run, KCONFIG_PROBABILITY to weigh the answers."})
    static final class RandConfig extends FillCommand {
        @Override
        Fill fill() {
            return Fill.RANDOM;
        }

        /** The seed when KCONFIG_SEED gives none: from the clock, as conf computes it. */
        private long fallbackSeed;

        @Override
        void prepare(Session session) {
            Instant now = Instant.now();
            fallbackSeed = (int) ((now.getEpochSecond() + 1) * (now.getNano() / 1000 + 1));
            ConfigTool.RandomSettings settings = ConfigTool.RandomSettings.parse(session.env("KCONFIG_SEED"), null,
                    fallbackSeed);
            session.context().out().print("KCONFIG_SEED=0x" + Integer.toHexString(settings.seed()).toUpperCase() + "\n");
        }

        @Override
        ConfigTool.RandomSettings randomSettings(Session session) {
            return ConfigTool.RandomSettings.parse(session.env("KCONFIG_SEED"), session.env("KCONFIG_PROBABILITY"),
                    fallbackSeed);
        }
    }

    @Command(name = "defconfig", mixinStandardHelpOptions = true,
            description = "New configuration from the values in FILE, every other symbol at its default.")
    static final class DefConfig extends SessionCommand {
        @Parameters(index = "0", paramLabel = "FILE",
                description = "The defconfig file, relative to the working directory, else to $srctree.")
        String defconfigFile;

        @Parameters(index = "1", arity = "0..1", paramLabel = "KCONFIG_FILE", description = "The top Kconfig file.")
        String kconfigFile;

        @Override
        String kconfigFileArgument() {
            return kconfigFile;
        }

        @Override
        int run(Session session) throws IOException {
            Kconfig kconfig = session.load();
            Path file = session.locate(defconfigFile);
            if (file == null) {
                throw new CliFailure("***\n*** Can't find default configuration \"" + defconfigFile
                        + "\"!\n***");
            }
            session.read(file, defconfigFile);
            session.failOnReadWarnings();
            new ConfigTool(kconfig).fillNewSymbols(Fill.DEFAULT, null);
            session.failOnDependencyWarnings();
            session.writeDotConfig();
            return 0;
        }
    }

    @Command(name = "olddefconfig", mixinStandardHelpOptions = true,
            description = "Update the configuration file, giving new symbols their defaults.")
    static final class OldDefConfig extends TreeFileCommand {
        @Override
        int run(Session session) throws IOException {
            session.load();
            session.readDotConfig();
            session.failOnReadWarnings();
            session.failOnDependencyWarnings();
            session.writeDotConfig();
            return 0;
        }
    }

    @Command(name = "listnewconfig", mixinStandardHelpOptions = true,
            description = "List the symbols oldconfig would ask about, as CONFIG_X=value with their defaults.")
    static final class ListNewConfig extends TreeFileCommand {
        @Override
        int run(Session session) throws IOException {
            Kconfig kconfig = session.load();
            session.readDotConfig();
            session.failOnReadWarnings();
            PrintStream out = session.context().out();
            for (Symbol sym : new ConfigTool(kconfig).newSymbols()) {
                String line = listLine(session.prefix(), sym);
                if (line != null) out.print(line + "\n");
            }
            session.failOnDependencyWarnings();
            return 0;
        }

        /** A symbol as listnewconfig prints it: like .config, but n as {@code CONFIG_X=n}. */
        static String listLine(String prefix, Symbol sym) {
            if (sym.type() == SymbolType.UNKNOWN) return null;
            String value = sym.stringValue();
            if (sym.type() == SymbolType.STRING) value = ConfigWriter.quote(value);
            return prefix + sym.name() + "=" + value;
        }
    }

    @Command(name = "savedefconfig", mixinStandardHelpOptions = true,
            description = "Save the minimal configuration that gives the current one back.")
    static final class SaveDefConfig extends TreeFileCommand {
        @Option(names = "--out", paramLabel = "FILE", defaultValue = "defconfig",
                description = "Where to write it (default: ${DEFAULT-VALUE}).")
        String out;

        @Override
        int run(Session session) throws IOException {
            Kconfig kconfig = session.load();
            session.readDotConfig();
            session.failOnReadWarnings();
            session.failOnDependencyWarnings();
            new ConfigWriter(kconfig).writeMinimalConfig(session.resolve(out));
            return 0;
        }
    }
}
