package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.cli.CliContext;
import dev.tailor.kconfig.cli.KconfigCli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A config target of make ({@code olddefconfig}, {@code savedefconfig}, ...) on the project's .config: runs
 * that command of the kconfig command line, in-process, on the project's Kconfig tree, so that it behaves
 * exactly as {@code kconfig COMMAND} (and Linux's {@code conf}): the same output, the .config written
 * atomically with the previous one kept as {@code .config.old}, the same environment variables
 * (KCONFIG_ALLCONFIG, KCONFIG_WERROR, ...). Its output goes to the Maven log; an error fails the build with
 * the command's message, {@code file:line: reason}.
 */
abstract class AbstractConfigMojo extends AbstractMojo {
    /** The top Kconfig file. Files it sources are relative to its folder (or to {@code $srctree}). */
    @Parameter(property = "kconfig.file", defaultValue = "${maven.multiModuleProjectDirectory}/Config.uk")
    File kconfigFile;

    /** The configuration file the goal reads and writes. */
    @Parameter(property = "kconfig.config", defaultValue = "${project.basedir}/.config")
    File config;

    /** Environment variables for the Kconfig files and the command, on top of the process's. */
    @Parameter
    Map<String, String> environment;

    /** The command's name on the kconfig command line. */
    abstract String command();

    /** The command's arguments (before the Kconfig file). */
    List<String> arguments() throws MojoFailureException {
        return List.of();
    }

    /** Environment variables the goal's own parameters set. */
    void environment(Map<String, String> env) {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Map<String, String> extra = new LinkedHashMap<>();
        if (environment != null) extra.putAll(environment);
        environment(extra);
        KconfigTree tree = new KconfigTree(kconfigFile, extra);
        List<String> args = new ArrayList<>();
        args.add("--config");
        args.add(config.getAbsolutePath());
        args.add(command());
        args.addAll(arguments());
        args.add(tree.topName());

        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, ByteText.CHARSET);
        PrintStream err = new PrintStream(errBytes, true, ByteText.CHARSET);
        CliContext context = new CliContext(tree.environment, tree.workingDirectory, InputStream.nullInputStream(),
                out, err, false);
        getLog().debug("kconfig " + String.join(" ", args) + " (in " + tree.workingDirectory + ")");
        int status = BigStack.call(() -> KconfigCli.run(context, args.toArray(String[]::new)));
        String stdout = ByteText.decode(outBytes.toByteArray());
        String stderr = absolute(tree, ByteText.decode(errBytes.toByteArray()).strip());
        output(stdout);
        if (status != 0) {
            throw new MojoFailureException(stderr.isEmpty() ? "kconfig " + command() + " failed (status " + status + ")"
                    : stderr);
        }
        for (String line : stderr.split("\n")) {
            if (!line.isBlank()) getLog().warn(line);
        }
    }

    private static final Pattern LOCATED = Pattern.compile("(?m)^([^\\s:]+):(?=\\d+:)");

    /** The messages with each {@code file:line:} that names a file of the tree as an absolute path (as generate does). */
    static String absolute(KconfigTree tree, String messages) {
        return LOCATED.matcher(messages).replaceAll(m -> {
            Path file = tree.resolve(m.group(1));
            return Matcher.quoteReplacement((Files.isRegularFile(file) ? file.toString() : m.group(1)) + ":");
        });
    }

    /**
     * Shows what the command printed; by default each non-empty line at info level, conf's {@code #}-framed
     * messages ("configuration written to ...") without their frame.
     */
    void output(String stdout) {
        for (String line : stdout.split("\n")) {
            if (line.isBlank() || line.equals("#")) continue;
            getLog().info(line.startsWith("# ") ? line.substring(2) : line);
        }
    }
}
