package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigTool.Fill;
import org.apache.maven.plugins.annotations.Mojo;

/** A new configuration with every symbol at its default, as make alldefconfig. */
@Mojo(name = "alldefconfig", threadSafe = true)
public final class AllDefConfigMojo extends AbstractFillMojo {
    @Override
    Fill fill() {
        return Fill.DEFAULT;
    }
}
