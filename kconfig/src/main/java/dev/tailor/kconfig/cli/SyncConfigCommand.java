package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.ConfigWriter;
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
    int run(Session session) throws IOException {
        session.load();
        if (session.locate(session.configName()) == null) {
            throw new CliFailure("***\n*** Configuration file \"" + session.configName() + "\" not found!\n***\n"
                    + "*** Please run some configurator (e.g. \"make oldconfig\" or\n"
                    + "*** \"make menuconfig\" or \"make xconfig\").\n***");
        }
        session.readDotConfig();
        session.failOnReadWarnings();
        String noSilentUpdate = session.env("KCONFIG_NOSILENTUPDATE");
        boolean mayWrite = noSilentUpdate == null || noSilentUpdate.isEmpty();
        if (!mayWrite && session.kconfig().isChanged()) {
            throw new CliFailure("\n*** The configuration requires explicit update.\n");
        }
        CliContext context = session.context();
        new OldConfigDialog(session.kconfig(), session.prefix(), context.in(), context.out(), context.err(),
                context.interactive()).run();
        session.failOnDependencyWarnings();
        // Quietly, as Linux: syncconfig runs inside every build.
        if (mayWrite) new ConfigWriter(session.kconfig()).writeDotConfig(session.resolve(session.configName()));
        new AutoConfWriter(session.kconfig()).write(
                AutoConfWriter.Outputs.of(session.environment(), context.workingDirectory()));
        return 0;
    }
}
