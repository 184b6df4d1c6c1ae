package dev.tailor.kconfig.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** A new configuration from a defconfig, every other symbol at its default, as make xxx_defconfig. */
@Mojo(name = "defconfig", threadSafe = true)
public final class DefConfigMojo extends AbstractConfigMojo {
    /** The defconfig to read. */
    @Parameter(property = "kconfig.defconfig", required = true)
    File defconfig;

    @Override
    String command() {
        return "defconfig";
    }

    @Override
    List<String> arguments() {
        return List.of(defconfig.getAbsolutePath());
    }
}
