package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.AutoConfWriter;
import dev.tailor.kconfig.Kconfig;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Bring the build's view of .config up to date, as make syncconfig (kconfig syncconfig): update .config
 * (new symbols asked on the console when there is one, else given their defaults), then write auto.conf,
 * autoconf.h, rustc_cfg, auto.conf.cmd and an empty file per changed symbol beside auto.conf.
 */
@Mojo(name = "syncconfig", threadSafe = true)
public final class SyncConfigMojo extends AbstractEngineMojo {
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
    void run(Kconfig kconfig, KconfigTree tree, LogDiagnostics diagnostics) throws Exception {
        if (!readConfig(kconfig)) {
            throw new MojoFailureException("kconfig: the configuration file " + config + " does not exist: "
                    + "make one first (kconfig:defconfig, kconfig:olddefconfig, ...)");
        }
        if (ConsoleDialog.available(interactiveMode)) ConsoleDialog.ask(kconfig, kconfig.configPrefix());
        else ConsoleDialog.answerDefaults(kconfig, kconfig.configPrefix(), getLog());
        writeConfig(kconfig);
        new AutoConfWriter(kconfig).write(new AutoConfWriter.Outputs(autoConf.getPath(), autoConf.toPath(),
                autoHeader.toPath(), rustcCfg.toPath()));
        getLog().info("kconfig: wrote " + autoConf + ", " + autoHeader + ", " + rustcCfg);
    }
}
