package dev.tailor.kconfig.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/** all*config and randconfig: a new configuration, optionally starting from a file of values. */
abstract class AbstractFillMojo extends AbstractConfigMojo {
    /** A file of values to start from (KCONFIG_ALLCONFIG): those symbols keep their values. */
    @Parameter(property = "kconfig.allconfig")
    File allconfig;

    @Override
    void environment(Map<String, String> env) {
        if (allconfig != null) env.put("KCONFIG_ALLCONFIG", allconfig.getAbsolutePath());
    }
}
