package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** A new configuration from a defconfig, every other symbol at its default, as make xxx_defconfig. */
@Mojo(name = "defconfig", threadSafe = true)
public final class DefConfigMojo extends AbstractConfigMojo {
    /** The defconfig to read. */
    @Parameter(property = "kconfig.defconfig", required = true)
    File defconfig;

    @Override
    void run(ConfigSession session) throws IOException {
        new ConfModes(session).defconfig(defconfig.getAbsolutePath());
    }
}
