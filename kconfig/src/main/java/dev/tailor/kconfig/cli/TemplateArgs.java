package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.generate.Generator;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say what to render: {@code kconfig generate}'s and {@code kconfig matrix}'s. */
final class TemplateArgs {
    @Option(names = "--templates", paramLabel = "DIR",
            description = "A template root: a folder of modules, each with its Makefile.uk and templates/ "
                    + "(repeatable; default: modules).")
    List<Path> templateRoots;

    @Option(names = "--macros", paramLabel = "DIR",
            description = "The shared templates: macros.vm there is the global macro library (default: templates).")
    Path shared;

    @Option(names = "--overrides", paramLabel = "DIR",
            description = "Templates that replace others file by file: MODULE/templates/..., macros.vm, "
                    + "kconfig/Constants.java.vm.")
    Path overrides;

    @Option(names = "--constants-class", paramLabel = "NAME",
            description = "The fully qualified name of a class of the configuration's values, e.g. "
                    + "dev.tailor.ukalloc.BuildConfig (default: none).")
    String constantsClass;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The encoding of templates and rendered sources (default: ${DEFAULT-VALUE}).")
    String encoding;

    /** Fails unless every folder named on the command line exists: a typo would otherwise render nothing. */
    void requireFolders(Path base) {
        List<Path> given = new ArrayList<>();
        if (templateRoots != null) given.addAll(templateRoots);
        if (shared != null) given.add(shared);
        if (overrides != null) given.add(overrides);
        for (Path dir : given) {
            if (!Files.isDirectory(base.resolve(dir))) throw new CliFailure("kconfig: " + base.resolve(dir) + ": No such folder");
        }
    }

    /** The encoding; a usage error if it is unknown. */
    Charset charset(CommandLine commandLine) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(commandLine, "Unknown encoding: '" + encoding + "'");
        }
    }

    /** A generator of these options (no outputs yet), relative paths against {@code base}. */
    Generator.Builder builder(Path base, CommandLine commandLine) {
        Generator.Builder b = Generator.builder()
                .sharedTemplates(base.resolve(shared != null ? shared : Path.of("templates")))
                .templateOverrides(overrides == null ? null : base.resolve(overrides))
                .constantsClass(constantsClass)
                .encoding(charset(commandLine));
        for (Path root : templateRoots != null ? templateRoots : List.of(Path.of("modules"))) {
            b.templateRoot(base.resolve(root));
        }
        return b;
    }
}
