package dev.tailor.kconfig.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** Update the configuration: read .config (if there is one) and give every new symbol its default, as make olddefconfig. */
@Mojo(name = "olddefconfig", threadSafe = true)
public final class OldDefConfigMojo extends AbstractConfigMojo {
    @Override
    String command() {
        return "olddefconfig";
    }
}
