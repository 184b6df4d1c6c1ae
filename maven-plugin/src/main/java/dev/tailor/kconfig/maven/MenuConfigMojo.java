package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.menuconfig.Configurator;
import dev.tailor.kconfig.menuconfig.SolverFixAdvisor;
import dev.tailor.kconfig.menuconfig.screen.MenuConfigScreen;
import dev.tailor.kconfig.menuconfig.screen.Theme;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Edit .config in a full-screen menu on the console, as make menuconfig (the kconfig menuconfig command).
 * Needs an interactive Maven with a terminal; the build's log is held back while the screen is up.
 */
@Mojo(name = "menuconfig", threadSafe = false)
public final class MenuConfigMojo extends AbstractConfigMojo {
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    boolean interactiveMode = true;

    /** The log while the goal runs: held back while the screen is up. */
    private HeldLog held;

    @Override
    public Log getLog() {
        return held != null ? held : super.getLog();
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!ConsoleDialog.available(interactiveMode)) {
            throw new MojoFailureException("kconfig:menuconfig needs the console, and there is none"
                    + (interactiveMode ? " (no terminal)" : " (Maven runs in batch mode, -B)")
                    + ": run it from a terminal without -B, or use kconfig:setconfig or kconfig:olddefconfig");
        }
        held = new HeldLog(super.getLog());
        try {
            super.execute();
        } finally {
            held.release();
            held = null;
        }
    }

    @Override
    void run(ConfigSession session) throws IOException {
        session.load();
        session.readExisting();
        session.failOnReadWarnings();
        Configurator menu = new Configurator(session.kconfig(), config.toPath(),
                config.getAbsoluteFile().getParentFile().toPath(), new SolverFixAdvisor());
        held.hold();
        try {
            MenuConfigScreen.runOnTerminal(System.in, new FileOutputStream(FileDescriptor.out), menu,
                    Theme.forEnvironment(session.options().environment()));
        } finally {
            held.release();
        }
        for (String saved : menu.saves()) session.note(saved);
        if (menu.isChanged()) getLog().warn("Your configuration changes were NOT saved.");
    }
}
