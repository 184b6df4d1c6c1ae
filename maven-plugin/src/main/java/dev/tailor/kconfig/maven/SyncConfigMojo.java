package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.Result;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Bring the build's view of .config up to date, as make syncconfig (kconfig syncconfig): update .config
 * (new symbols asked on the console when there is one, else given their defaults), then write auto.conf,
 * autoconf.h, rustc_cfg, auto.conf.cmd and an empty file per changed symbol beside auto.conf.
 */
@Mojo(name = "syncconfig", threadSafe = true)
public final class SyncConfigMojo extends AbstractConfigMojo {
    /** The make-syntax configuration (Linux's KCONFIG_AUTOCONFIG). */
    @Parameter(property = "kconfig.autoConf", defaultValue = "${project.build.directory}/kconfig/include/config/auto.conf")
    File autoConf;

    /** The C header (Linux's KCONFIG_AUTOHEADER). */
    @Parameter(property = "kconfig.autoHeader",
            defaultValue = "${project.build.directory}/kconfig/include/generated/autoconf.h")
    File autoHeader;

    /** The rustc flags (Linux's KCONFIG_RUSTCCFG). */
    @Parameter(property = "kconfig.rustcCfg", defaultValue = "${project.build.directory}/kconfig/include/generated/rustc_cfg")
    File rustcCfg;

    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    boolean interactiveMode;

    @Override
    void run(ConfigSession session) throws IOException, MojoFailureException {
        if (!config.isFile()) {
            throw new MojoFailureException("kconfig: the configuration file " + config + " does not exist: "
                    + "make one first (kconfig:defconfig, kconfig:olddefconfig, ...)");
        }
        Result result = new ConfModes(session).syncconfig(
                new AutoConfWriter.Outputs(autoConf.getPath(), autoConf.toPath(), autoHeader.toPath(), rustcCfg.toPath()),
                ConsoleDialog.of(interactiveMode, session.prefix(), getLog()));
        // syncconfig writes .config quietly; the goal says what became of it.
        String name = session.options().configFile();
        getLog().info(ConfigSession.writeNote(name, result.written().contains(session.resolve(name))));
        getLog().info("kconfig: wrote " + autoConf + ", " + autoHeader + ", " + rustcCfg);
    }
}
