package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigTool.Fill;
import org.apache.maven.plugins.annotations.Mojo;

/** A new configuration where every question is answered with no, as make allnoconfig. */
@Mojo(name = "allnoconfig", threadSafe = true)
public final class AllNoConfigMojo extends AbstractFillMojo {
    @Override
    Fill fill() {
        return Fill.NO;
    }
}
