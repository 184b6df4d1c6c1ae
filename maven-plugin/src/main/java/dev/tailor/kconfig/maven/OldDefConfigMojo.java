package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;

/** Update the configuration: read .config (if there is one) and give every new symbol its default, as make olddefconfig. */
@Mojo(name = "olddefconfig", threadSafe = true)
public final class OldDefConfigMojo extends AbstractConfigMojo {
    @Override
    void run(ConfigSession session) throws IOException {
        new ConfModes(session).olddefconfig();
    }
}
