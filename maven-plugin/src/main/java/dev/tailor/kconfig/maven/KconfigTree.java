package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.SourceTree;
import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Where a Kconfig tree is read from and with what: its top file, the working directory (the top file's
 * directory, so that {@code source "modules/*}{@code /Config.uk"} is relative to it, as to Linux's source
 * tree), and the environment (the process's plus the goal's {@code environment} parameter).
 */
final class KconfigTree {
    final Path topFile;
    final Path workingDirectory;
    final Map<String, String> environment;
    private final SourceTree sourceTree;

    KconfigTree(File kconfigFile, Map<String, String> extraEnvironment) throws MojoFailureException {
        if (kconfigFile == null) throw new MojoFailureException("kconfig: no Kconfig file given (kconfigFile)");
        this.topFile = kconfigFile.toPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(topFile)) {
            throw new MojoFailureException("kconfig: the Kconfig file " + topFile + " does not exist "
                    + "(set kconfigFile, property kconfig.file)");
        }
        this.workingDirectory = topFile.getParent();
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        if (extraEnvironment != null) {
            extraEnvironment.forEach((k, v) -> env.put(k, v == null ? "" : v));
        }
        this.environment = env;
        this.sourceTree = new SourceTree(workingDirectory, env);
    }

    /** The top file's name, relative to the working directory. */
    String topName() {
        return topFile.getFileName().toString();
    }

    /** Parses the tree (call it on a {@link BigStack}); errors become failures naming file and line. */
    Kconfig load(Diagnostics diagnostics) throws MojoFailureException {
        // As the command line does: names and the environment as the JVM has them.
        Kconfig.LoadOptions options = new Kconfig.LoadOptions(environment, workingDirectory,
                new ProcessShellRunner(workingDirectory, environment), diagnostics);
        try {
            return Kconfig.load(topName(), options);
        } catch (KconfigException e) {
            throw failure(e);
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("kconfig: " + e.getMessage(), e);
        }
    }

    /** A file name as the engine reports it, as a path: found as the engine finds files ({@link SourceTree}). */
    Path resolve(String engineName) {
        return sourceTree.locate(engineName).normalize();
    }

    /** {@code file:line: reason}, the file as an absolute path so that IDEs and terminals link it. */
    String located(KconfigException e) {
        if (e.file() == null) return e.getMessage();
        String where = resolve(e.file()).toString();
        String reason = e.reason();
        return e.line() > 0 ? where + ":" + e.line() + ": " + reason : where + ": " + reason;
    }

    /** The build failure for an engine error, with every error that travelled with it. */
    MojoFailureException failure(KconfigException e) {
        StringBuilder message = new StringBuilder(located(e));
        for (Throwable more : e.getSuppressed()) {
            message.append('\n').append(more instanceof KconfigException k ? located(k) : more.getMessage());
        }
        return new MojoFailureException(message.toString(), e);
    }
}
