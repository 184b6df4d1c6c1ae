package dev.tailor.kconfig.cli;

import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code kconfig oldconfig}: update the configuration, asking on standard input about new symbols. */
@Command(name = "oldconfig", mixinStandardHelpOptions = true,
        description = {"Update the configuration file, asking on standard input for each new symbol, as "
                + "Linux's oldconfig does. An empty answer or the end of the input takes the shown default; "
                + "'?' shows the help. Works without a terminal."})
final class OldConfigCommand extends TreeFileCommand {
    @Override
    int run(Session session) throws IOException {
        session.load();
        session.readDotConfig();
        session.failOnReadWarnings();
        CliContext context = session.context();
        new OldConfigDialog(session.kconfig(), session.prefix(), context.in(), context.out(), context.err(),
                context.interactive()).run();
        session.failOnDependencyWarnings();
        session.writeDotConfig();
        return 0;
    }
}
