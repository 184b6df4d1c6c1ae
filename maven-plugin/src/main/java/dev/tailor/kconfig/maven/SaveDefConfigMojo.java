package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Saves the minimal configuration that gives the current .config back, as make savedefconfig. */
@Mojo(name = "savedefconfig", threadSafe = true)
public final class SaveDefConfigMojo extends AbstractConfigMojo {
    /** Where to write it. */
    @Parameter(property = "kconfig.out", defaultValue = "${project.basedir}/defconfig")
    File out;

    @Override
    void run(ConfigSession session) throws IOException {
        new ConfModes(session).savedefconfig(out.getAbsolutePath());
        getLog().info("kconfig: minimal configuration written to " + out.getAbsolutePath());
    }
}
