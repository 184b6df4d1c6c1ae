package dev.tailor.kconfig.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** A new configuration with every symbol at its default, as make alldefconfig. */
@Mojo(name = "alldefconfig", threadSafe = true)
public final class AllDefConfigMojo extends AbstractFillMojo {
    @Override
    String command() {
        return "alldefconfig";
    }
}
