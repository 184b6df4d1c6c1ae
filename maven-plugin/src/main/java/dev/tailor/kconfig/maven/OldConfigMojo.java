package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Update .config, asking on the console about each new symbol, as make oldconfig. Needs an interactive
 * Maven with a terminal; in batch mode (-B, CI) use olddefconfig, which gives new symbols their defaults.
 */
@Mojo(name = "oldconfig", threadSafe = false)
public final class OldConfigMojo extends AbstractConfigMojo {
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    boolean interactiveMode = true;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!ConsoleDialog.available(interactiveMode)) {
            throw new MojoFailureException("kconfig:oldconfig asks its questions on the console, and there is none"
                    + (interactiveMode ? " (no terminal)" : " (Maven runs in batch mode, -B)")
                    + ": run it from a terminal without -B, or use kconfig:olddefconfig (defaults for new symbols) "
                    + "or kconfig:setconfig");
        }
        super.execute();
    }

    @Override
    void run(ConfigSession session) throws IOException {
        new ConfModes(session).oldconfig(ConsoleDialog.of(interactiveMode, session.prefix(), getLog()));
    }
}
