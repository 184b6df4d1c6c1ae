package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;

/** List the symbols that the configuration does not set yet (those oldconfig would ask about), as CONFIG_X=default, as make listnewconfig. */
@Mojo(name = "listnewconfig", threadSafe = true)
public final class ListNewConfigMojo extends AbstractConfigMojo {
    @Override
    void run(ConfigSession session) throws IOException {
        new ConfModes(session).listnewconfig();
    }
}
