package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import picocli.CommandLine.Command;

/**
 * {@code kconfig syncconfig}: Linux's {@code conf --syncconfig}, the step make runs before a build. Updates
 * the configuration as oldconfig does (asking about new symbols), then writes the build's view of it.
 */
@Command(name = "syncconfig", mixinStandardHelpOptions = true,
        description = {
            "Update the configuration file as oldconfig does (asking on standard input for each new symbol), "
                    + "then write the files a build includes: include/config/auto.conf (make), "
                    + "include/generated/autoconf.h (C), include/generated/rustc_cfg (rustc), "
                    + "include/config/auto.conf.cmd (auto.conf's dependencies) and an empty "
                    + "include/config/SYMBOL for each symbol whose value changed since the last auto.conf.",
            "KCONFIG_AUTOCONFIG, KCONFIG_AUTOHEADER and KCONFIG_RUSTCCFG name the first three files. With "
                    + "KCONFIG_NOSILENTUPDATE set, a configuration that needs updating is an error and the "
                    + "configuration file is left alone."
        })
final class SyncConfigCommand extends TreeFileCommand {
    @Override
    int run(ConfigSession session) throws IOException {
        new ConfModes(session).syncconfig(
                AutoConfWriter.Outputs.of(session.options().environment(), context().workingDirectory()),
                OldConfigCommand.dialog(session, context()));
        return 0;
    }
}
