package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import java.util.function.Consumer;
import picocli.CommandLine.Command;

/** {@code kconfig oldconfig}: update the configuration, asking on standard input about new symbols. */
@Command(name = "oldconfig", mixinStandardHelpOptions = true,
        description = {"Update the configuration file, asking on standard input for each new symbol, as "
                + "Linux's oldconfig does. An empty answer or the end of the input takes the shown default; "
                + "'?' shows the help. Works without a terminal."})
final class OldConfigCommand extends TreeFileCommand {
    @Override
    int run(ConfigSession session) throws IOException {
        new ConfModes(session).oldconfig(dialog(session, context()));
        return 0;
    }

    /** oldconfig's questions on the context's standard streams. */
    static Consumer<Kconfig> dialog(ConfigSession session, CliContext c) {
        return kconfig -> new OldConfigDialog(kconfig, session.prefix(), c.in(), c.out(), c.err(), c.interactive()).run();
    }
}
