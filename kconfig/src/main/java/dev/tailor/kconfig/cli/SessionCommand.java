package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.KconfigException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand that loads the Kconfig tree and works on it. Every failure ends here as one message on
 * standard error and exit status 1, never a stack trace.
 */
abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    KconfigCli top;

    /** The KCONFIG_FILE positional argument, or null for the default. */
    abstract String kconfigFileArgument();

    /** The command's work, with the session open; returns the exit status. */
    abstract int run(Session session) throws IOException;

    /** The diagnostics for this command; {@code check} collects instead of printing. */
    CliDiagnostics newDiagnostics() {
        return new CliDiagnostics(top.context().out(), top.context().err(), false);
    }

    @Override
    public Integer call() {
        CliContext context = top.context();
        CliDiagnostics diagnostics = newDiagnostics();
        try {
            try (Session session = new Session(context, top, kconfigFileArgument(), diagnostics)) {
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
