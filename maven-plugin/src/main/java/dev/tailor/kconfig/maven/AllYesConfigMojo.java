package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigTool.Fill;
import org.apache.maven.plugins.annotations.Mojo;

/** A new configuration where every question is answered with yes, as make allyesconfig. */
@Mojo(name = "allyesconfig", threadSafe = true)
public final class AllYesConfigMojo extends AbstractFillMojo {
    @Override
    Fill fill() {
        return Fill.YES;
    }
}
