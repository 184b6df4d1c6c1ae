package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.FileErrors;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that works on the project's .config through the engine's API: it loads the tree, reads and writes
 * .config as the command line does (atomically, the previous file kept as {@code .config.old}), and turns
 * engine errors into build failures naming file and line.
 */
abstract class AbstractEngineMojo extends AbstractMojo {
    /** The top Kconfig file. Files it sources are relative to its folder (or to {@code $srctree}). */
    @Parameter(property = "kconfig.file", defaultValue = "${maven.multiModuleProjectDirectory}/Config.uk")
    File kconfigFile;

    /** The configuration file the goal reads and writes. */
    @Parameter(property = "kconfig.config", defaultValue = "${project.basedir}/.config")
    File config;

    /** Environment variables for the Kconfig files, on top of the process's. */
    @Parameter
    Map<String, String> environment;

    /** The goal's work on the loaded tree. */
    abstract void run(Kconfig kconfig, KconfigTree tree, LogDiagnostics diagnostics) throws Exception;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        KconfigTree tree = new KconfigTree(kconfigFile, environment == null ? Map.of() : new LinkedHashMap<>(environment));
        LogDiagnostics diagnostics = new LogDiagnostics(getLog());
        BigStack.call(() -> {
            try {
                run(tree.load(diagnostics), tree, diagnostics);
            } catch (KconfigException e) {
                throw tree.failure(e);
            } catch (IOException e) {
                throw new MojoFailureException("kconfig: " + FileErrors.describe(e), e);
            }
            return null;
        });
    }

    /** Reads .config with conf_read semantics, if it exists; returns whether it did. */
    boolean readConfig(Kconfig kconfig) throws IOException {
        if (!config.isFile()) return false;
        new ConfigReader(kconfig).read(config.toPath(), config.getPath());
        return true;
    }

    /** Writes .config and says so, as conf_write does. */
    void writeConfig(Kconfig kconfig) throws IOException {
        boolean written = new ConfigWriter(kconfig).writeDotConfig(config.toPath());
        getLog().info(written ? "configuration written to " + config : "No change to configuration in '" + config + "'");
    }
}
