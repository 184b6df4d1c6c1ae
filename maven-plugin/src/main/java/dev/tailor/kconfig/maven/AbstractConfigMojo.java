package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.session.SessionOptions;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A config target of make ({@code olddefconfig}, {@code savedefconfig}, ...) on the project's .config: a
 * configuration session of the engine on the project's Kconfig tree, as {@code kconfig COMMAND} (and
 * Linux's {@code conf}) runs it: the .config written atomically with the previous one kept as
 * {@code .config.old}, the same environment variables (KCONFIG_ALLCONFIG, KCONFIG_WERROR, ...). Its messages
 * go to the Maven log ({@link SessionLog}); an error fails the build with the reason, {@code file:line: reason}.
 */
abstract class AbstractConfigMojo extends AbstractMojo {
    /** The top Kconfig file. Files it sources are relative to its folder (or to {@code $srctree}). */
    @Parameter(property = "kconfig.file", defaultValue = "${maven.multiModuleProjectDirectory}/Config.uk")
    File kconfigFile;

    /** The configuration file the goal reads and writes. */
    @Parameter(property = "kconfig.config", defaultValue = "${project.basedir}/.config")
    File config;

    /** Environment variables for the Kconfig files and the session, on top of the process's. */
    @Parameter
    Map<String, String> environment;

    /** Where the session's messages go while the goal runs. */
    SessionLog sessionLog;

    /** Sets the options the goal's own parameters give. */
    void options(SessionOptions.Builder options) {}

    /** The goal's work in the session. */
    abstract void run(ConfigSession session) throws IOException, MojoFailureException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        KconfigTree tree = new KconfigTree(kconfigFile, environment);
        sessionLog = new SessionLog(getLog(), tree);
        SessionOptions.Builder options = tree.sessionOptions().configFile(config.getAbsolutePath());
        options(options);
        sessionLog.run(options.build(), session -> {
            run(session);
            return null;
        });
    }
}
