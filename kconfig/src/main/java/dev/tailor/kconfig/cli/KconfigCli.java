package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.FileErrors;
import dev.tailor.kconfig.KconfigException;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code kconfig} command line: Linux's {@code conf} modes (defconfig, olddefconfig, allyesconfig, ...)
 * as subcommands, plus {@code setconfig}, {@code info} and {@code check}.
 *
 * <p>{@link #main} runs it on the real process; {@link #run(CliContext, String...)} and
 * {@link #commandLine(CliContext)} run it on any environment, working directory and streams.
 */
@Command(name = "kconfig",
        mixinStandardHelpOptions = true,
        versionProvider = KconfigCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Configures a Kconfig tree the way Linux 6.18's scripts/kconfig/conf does,",
            "writing the same .config byte for byte.",
            "",
            "Global options may also follow the command. KCONFIG_FILE, the last argument",
            "of every command, is the top Kconfig file. Its default is ./Kconfig if that",
            "exists, else ./Config.uk (else the same names under $srctree).",
            ""
        },
        subcommands = {
            ConfigCommands.AllDefConfig.class,
            ConfigCommands.AllNoConfig.class,
            ConfigCommands.AllYesConfig.class,
            ConfigCommands.AllModConfig.class,
            ConfigCommands.RandConfig.class,
            ConfigCommands.DefConfig.class,
            ConfigCommands.OldDefConfig.class,
            OldConfigCommand.class,
            SyncConfigCommand.class,
            ConfigCommands.ListNewConfig.class,
            ConfigCommands.SaveDefConfig.class,
            SetConfigCommand.class,
            InfoCommand.class,
            CheckCommand.class,
            MenuConfigCommand.class,
            GenerateCommand.class,
            JsonCommand.class,
            SampleCommand.class,
            FixCommand.class,
            MatrixCommand.class
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  srctree              Where files not found in the working directory are",
            "                       looked up (--srctree sets it).",
            "  KCONFIG_CONFIG       The configuration file (default .config; --config",
            "                       overrides it).",
            "  KCONFIG_SHELL_CACHE  A JSON file of recorded $(shell,...) outputs: those",
            "                       recorded are replayed, others run, recorded and saved",
            "                       (--shell-cache overrides it).",
            "  KCONFIG_PROBE_JOBS   Without a shell cache: how many probes run at once",
            "                       (default: one per processor, at least 2; 1 runs them one",
            "                       by one). The probes a tree ran last time are remembered",
            "                       under $XDG_CACHE_HOME/tailor (else ~/.cache/tailor) and",
            "                       started early; their outputs are fresh.",
            "  KCONFIG_ALLCONFIG    all*config, randconfig: a file of values to start from;",
            "                       \"\" or \"1\" mean all<mode>.config, else all.config.",
            "  KCONFIG_SEED         randconfig: the seed (printed when chosen at random).",
            "  KCONFIG_PROBABILITY  randconfig: chances of y and m, as in Linux.",
            "  KCONFIG_DEFCONFIG_LIST  Files to start from when the configuration file",
            "                       does not exist.",
            "  KCONFIG_WERROR       Warnings in configuration files and unmet dependencies",
            "                       become errors.",
            "  CONFIG_              The prefix of names in configuration files (CONFIG_).",
            "  The whole environment is visible to the Kconfig files: $(VAR), $(shell,...).",
            "",
            "Exit status:",
            "  0  success (check: no errors, and no warnings with --strict)",
            "  1  an error in the Kconfig files or a configuration file, a refused value,",
            "     an I/O failure; check: errors, or warnings with --strict",
            "  2  a usage error: unknown command or option, missing argument (the usage",
            "     is printed)"
        })
public final class KconfigCli implements Runnable {
    @Option(names = "--srctree", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The source tree: sets $srctree for the Kconfig files.")
    String srctree;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration file to read and write (default $KCONFIG_CONFIG, else .config).")
    String config;

    @Option(names = "--shell-cache", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Replay recorded $(shell,...) outputs from FILE, record new ones and save it "
                    + "(default $KCONFIG_SHELL_CACHE).")
    String shellCache;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    KconfigCli(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required command");
    }

    /** A picocli command line bound to {@code context}: its output and usage messages go to its streams. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new KconfigCli(context));
        // Usage and help are written like everything else (they may quote arguments).
        cl.setOut(new PrintWriter(new OutputStreamWriter(context.out(), ByteText.CHARSET), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(context.err(), ByteText.CHARSET), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> reportFailure(context, e));
        return cl;
    }

    /** Runs the command line on {@code context} and returns the exit status. */
    public static int run(CliContext context, String... args) {
        try {
            return commandLine(context).execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * Runs on the real process: its environment, working directory and standard streams. Output is written
     * as {@link ByteText}: the bytes the Kconfig files had. The work runs on a thread with a large stack,
     * since deep Kconfig trees recurse deeply.
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                ByteText.CHARSET);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, ByteText.CHARSET);
        Console console = System.console();
        boolean interactive = console != null && console.isTerminal();
        CliContext context = new CliContext(System.getenv(), Path.of("").toAbsolutePath(), System.in, out, err,
                interactive);
        int[] status = {1};
        Thread worker = new Thread(null, () -> status[0] = run(context, args), "kconfig", 1L << 30);
        worker.start();
        worker.join();
        out.flush();
        err.flush();
        System.exit(status[0]);
    }

    /** Prints a failure as one line (no stack trace) and returns exit status 1. */
    static int reportFailure(CliContext context, Throwable e) {
        PrintStream err = context.err();
        switch (e) {
            case CliFailure f -> {
                if (f.getMessage() != null) err.println(f.getMessage());
            }
            case KconfigException k -> err.println(k.getMessage());
            case IOException io -> err.println("kconfig: " + FileErrors.describe(io));
            case UncheckedIOException u -> err.println("kconfig: " + FileErrors.describe(u.getCause()));
            case StackOverflowError so -> err.println("kconfig: internal error: stack overflow");
            default -> err.println("kconfig: internal error: " + e);
        }
        return 1;
    }

    /** The version line of --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KconfigCli.class.getPackage().getImplementationVersion();
            return new String[] {"kconfig (Tailor) " + (v != null ? v : "0.1.0-SNAPSHOT")
                    + ", compatible with Linux 6.18 scripts/kconfig"};
        }
    }
}
