package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigTool.Fill;
import org.apache.maven.plugins.annotations.Mojo;

/** A new configuration where every question is answered with mod where possible, as make allmodconfig. */
@Mojo(name = "allmodconfig", threadSafe = true)
public final class AllModConfigMojo extends AbstractFillMojo {
    @Override
    Fill fill() {
        return Fill.MOD;
    }
}
