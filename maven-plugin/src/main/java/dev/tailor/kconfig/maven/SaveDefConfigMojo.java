package dev.tailor.kconfig.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Saves the minimal configuration that gives the current .config back, as make savedefconfig. */
@Mojo(name = "savedefconfig", threadSafe = true)
public final class SaveDefConfigMojo extends AbstractConfigMojo {
    /** Where to write it. */
    @Parameter(property = "kconfig.out", defaultValue = "${project.basedir}/defconfig")
    File out;

    @Override
    String command() {
        return "savedefconfig";
    }

    @Override
    List<String> arguments() {
        return List.of("--out", out.getAbsolutePath());
    }

    @Override
    void output(String stdout) {
        super.output(stdout);
        getLog().info("kconfig: minimal configuration written to " + out.getAbsolutePath());
    }
}
