package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.SessionOptions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand that works on a configuration session: the environment of its context, with the global
 * options (--srctree, --config, --shell-cache) and its KCONFIG_FILE on top. Every failure ends here as one
 * message on standard error and exit status 1, never a stack trace.
 */
abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    KconfigCli top;

    /** How this command shows the session's messages. */
    CliMessages messages;

    /** The KCONFIG_FILE positional argument, or null for the default. */
    abstract String kconfigFileArgument();

    /** The command's work, with the session open; returns the exit status. */
    abstract int run(ConfigSession session) throws IOException;

    CliContext context() {
        return top.context();
    }

    /** How this command shows messages; {@code check} collects instead of printing. */
    CliMessages newMessages() {
        return new CliMessages(context().out(), context().err(), false);
    }

    private SessionOptions options() {
        Map<String, String> environment = new LinkedHashMap<>(context().environment());
        if (top.srctree != null) environment.put("srctree", top.srctree);
        SessionOptions.Builder options = SessionOptions.builder(environment, context().workingDirectory())
                .kconfigFile(kconfigFileArgument());
        if (top.config != null) options.configFile(top.config);
        if (top.shellCache != null) options.shellCache(top.shellCache);
        return options.build();
    }

    @Override
    public Integer call() {
        CliContext context = context();
        messages = newMessages();
        try {
            try (ConfigSession session = new ConfigSession(options(), messages)) {
                return run(session);
            }
        } catch (KconfigException e) {
            context.err().println(e.getMessage());
            for (Throwable more : e.getSuppressed()) context.err().println(more.getMessage());
            return 1;
        } catch (Throwable e) {
            return KconfigCli.reportFailure(context, e);
        } finally {
            context.out().flush();
        }
    }
}
