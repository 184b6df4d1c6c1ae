package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.menuconfig.Configurator;
import dev.tailor.kconfig.menuconfig.SolverFixAdvisor;
import dev.tailor.kconfig.menuconfig.screen.MenuConfigScreen;
import dev.tailor.kconfig.menuconfig.screen.Theme;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code kconfig menuconfig}: the configuration in a full-screen menu, as Linux's {@code make menuconfig}. */
@Command(name = "menuconfig", mixinStandardHelpOptions = true,
        description = {"Edit the configuration file in a full-screen menu on the terminal, as Linux's menuconfig: "
                + "arrows and Enter move and open, Space/y/m/n set, '?' explains an entry, '/' searches, 'z' shows "
                + "hidden entries, 's' saves (atomically, keeping .config.old), 'a' saves as, 'l' loads, 'q' quits "
                + "(asking to save changes). MENUCONFIG_COLOR=mono or NO_COLOR: no colours."})
final class MenuConfigCommand extends TreeFileCommand {
    /** Standard error of the engine's diagnostics, held back while the screen is up. */
    private HeldOutput heldErr;

    @Override
    CliMessages newMessages() {
        heldErr = new HeldOutput(context().err());
        return new CliMessages(context().out(), new PrintStream(heldErr, true, ByteText.CHARSET), false);
    }

    @Override
    int run(ConfigSession session) throws IOException {
        CliContext context = context();
        if (!context.interactive()) {
            throw new CliFailure("kconfig: menuconfig needs a terminal on standard input and output; "
                    + "without one, use oldconfig, setconfig or olddefconfig");
        }
        session.load();
        session.readExisting();
        session.failOnReadWarnings();
        Configurator menu = new Configurator(session.kconfig(), session.resolve(session.options().configFile()),
                context.workingDirectory(), new SolverFixAdvisor());
        heldErr.hold();
        try {
            MenuConfigScreen.runOnTerminal(context.in(), context.out(), menu, Theme.forEnvironment(session.options().environment()));
        } finally {
            heldErr.release();
        }
        for (String saved : menu.saves()) session.note(saved);
        if (menu.isChanged()) context.out().print("Your configuration changes were NOT saved.\n");
        return 0;
    }
}
