package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.SourceTree;
import dev.tailor.kconfig.session.SessionOptions;
import java.io.File;
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

    /** The options of a configuration session on this tree: its environment, working directory and top file. */
    SessionOptions.Builder sessionOptions() {
        return SessionOptions.builder(environment, workingDirectory).kconfigFile(topName());
    }

    /** A file name as the engine reports it, as a path: found as the engine finds files ({@link SourceTree}). */
    Path resolve(String engineName) {
        return sourceTree.locate(engineName).normalize();
    }
}
