package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.generate.Generator;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that renders the modules' templates for a configuration ({@code generate}, {@code matrix}): the
 * Kconfig tree, the template folders, the constants class and the encoding, the same parameters for both.
 */
abstract class AbstractRenderMojo extends AbstractMojo {
    /** The top Kconfig file. Files it sources are relative to its folder (or to {@code $srctree}). */
    @Parameter(property = "kconfig.file", defaultValue = "${maven.multiModuleProjectDirectory}/Config.uk")
    File kconfigFile;

    /** The modules: every {@code <module>/Makefile.uk} below it selects templates of its folder. */
    @Parameter(property = "kconfig.modules", defaultValue = "${maven.multiModuleProjectDirectory}/modules")
    File modulesDirectory;

    /** Shared templates: {@code macros.vm} here is the global macro library. */
    @Parameter(property = "kconfig.templates", defaultValue = "${maven.multiModuleProjectDirectory}/templates")
    File templatesDirectory;

    /**
     * A folder of templates that replace others file by file: {@code <module>/templates/main/...} replaces that
     * module template, {@code macros.vm} the shared macros, {@code kconfig/Constants.java.vm} the constants
     * class template.
     */
    @Parameter(property = "kconfig.templateOverrides")
    File templateOverrides;

    /**
     * The fully qualified name of the constants class (for example {@code dev.tailor.ukalloc.BuildConfig});
     * none is written when it is not set.
     */
    @Parameter(property = "kconfig.constantsClass")
    String constantsClass;

    /** Environment variables for the Kconfig files, on top of the process's. */
    @Parameter
    Map<String, String> environment;

    /** The encoding of templates and rendered sources. */
    @Parameter(property = "kconfig.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    Charset charset() {
        return Charset.forName(encoding == null || encoding.isEmpty() ? "UTF-8" : encoding);
    }

    /** A generator of these parameters, without outputs. */
    Generator.Builder generatorBuilder() {
        return Generator.builder()
                .templateRoot(path(modulesDirectory))
                .sharedTemplates(path(templatesDirectory))
                .templateOverrides(path(templateOverrides))
                .constantsClass(constantsClass)
                .encoding(charset());
    }

    static Path path(File f) {
        return f == null ? null : f.toPath();
    }
}
