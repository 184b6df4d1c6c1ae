package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigTool.Fill;
import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.SessionOptions;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Parameter;

/** all*config and randconfig: a new configuration, optionally starting from a file of values. */
abstract class AbstractFillMojo extends AbstractConfigMojo {
    /** A file of values to start from (KCONFIG_ALLCONFIG): those symbols keep their values. */
    @Parameter(property = "kconfig.allconfig")
    File allconfig;

    /** What new symbols get. */
    abstract Fill fill();

    @Override
    void options(SessionOptions.Builder options) {
        if (allconfig != null) options.allConfig(allconfig.getAbsolutePath());
    }

    @Override
    void run(ConfigSession session) throws IOException {
        new ConfModes(session).allconfig(fill());
    }
}
