package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The non-interactive modes of Linux's conf, one subcommand each, over {@link ConfModes}. */
final class ConfigCommands {
    private ConfigCommands() {}

    /** all*config and randconfig: start from KCONFIG_ALLCONFIG, give every new symbol the mode's value. */
    abstract static class FillCommand extends TreeFileCommand {
        abstract Fill fill();

        @Override
        int run(ConfigSession session) throws IOException {
            new ConfModes(session).allconfig(fill());
            return 0;
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
        int run(ConfigSession session) throws IOException {
            new ConfModes(session).defconfig(defconfigFile);
            return 0;
        }
    }

    @Command(name = "olddefconfig", mixinStandardHelpOptions = true,
            description = "Update the configuration file, giving new symbols their defaults.")
    static final class OldDefConfig extends TreeFileCommand {
        @Override
        int run(ConfigSession session) throws IOException {
            new ConfModes(session).olddefconfig();
            return 0;
        }
    }

    @Command(name = "listnewconfig", mixinStandardHelpOptions = true,
            description = "List the symbols oldconfig would ask about, as CONFIG_X=value with their defaults.")
    static final class ListNewConfig extends TreeFileCommand {
        @Override
        int run(ConfigSession session) throws IOException {
            new ConfModes(session).listnewconfig();
            return 0;
        }
    }

    @Command(name = "savedefconfig", mixinStandardHelpOptions = true,
            description = "Save the minimal configuration that gives the current one back.")
    static final class SaveDefConfig extends TreeFileCommand {
        @Option(names = "--out", paramLabel = "FILE", defaultValue = "defconfig",
                description = "Where to write it (default: ${DEFAULT-VALUE}).")
        String out;

        @Override
        int run(ConfigSession session) throws IOException {
            new ConfModes(session).savedefconfig(out);
            return 0;
        }
    }
}
