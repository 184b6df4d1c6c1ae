package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.generate.ConfigInput;
import dev.tailor.kconfig.generate.GenerateException;
import dev.tailor.kconfig.generate.Generator;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kconfig generate}: renders the sources a configuration selects, as the Maven plugin's generate goal
 * does, with the same {@link Generator}: the same files from the same inputs.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {
            "Render the templates the configuration selects: every MODULE/Makefile.uk below a template root "
                    + "names templates its symbols enable (SRCS-$(CONFIG_X) += templates/main/...). They are "
                    + "rendered by Velocity with the configuration as $config and the macros of macros.vm, "
                    + "with the constants class if one is named, and the resolved .config as the resource "
                    + "META-INF/kconfig/config. What Maven's kconfig:generate writes, the same files.",
            "The configuration: --defconfig FILE, else the configuration file (--config, $KCONFIG_CONFIG, "
                    + ".config) if it exists, else the first file of $KCONFIG_DEFCONFIG_LIST that exists, else the "
                    + "Kconfig defaults. It is read, not written. "
                    + "KCONFIG_WERROR makes warnings in it errors.",
            "The output folders belong to the command: files of an earlier configuration are deleted, unchanged "
                    + "files are not touched. With a state file (--out's generate.state, or --state), nothing "
                    + "is rendered when no input changed since the last run."
        })
final class GenerateCommand extends TreeFileCommand {
    @Mixin
    TemplateArgs templates;

    @Option(names = "--defconfig", paramLabel = "FILE",
            description = "Build this defconfig: its values, every other symbol at its default.")
    String defconfig;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write: sources to DIR/main, test sources to DIR/test, the resolved .config "
                    + "to DIR/resources, the state to DIR/generate.state.")
    Path out;

    @Option(names = "--main-out", paramLabel = "DIR", description = "Where sources go, instead of --out's main.")
    Path mainOut;

    @Option(names = "--test-out", paramLabel = "DIR", description = "Where test sources go, instead of --out's test.")
    Path testOut;

    @Option(names = "--resources-out", paramLabel = "DIR",
            description = "Where the resolved .config goes (as META-INF/kconfig/config), instead of --out's resources.")
    Path resourcesOut;

    @Option(names = "--state", paramLabel = "FILE",
            description = "The digest of the inputs of the last run, instead of --out's generate.state.")
    Path state;

    @Option(names = "--compiled", paramLabel = "DIR",
            description = "A folder compiled from the outputs (classes), emptied when an output changes (repeatable).")
    List<Path> compiled;

    @Option(names = "--force", description = "Render even when no input changed.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        generator(Path.of(""));   // usage errors first, before anything is read
        return super.call();
    }

    @Override
    int run(ConfigSession session) throws IOException {
        Path base = context().workingDirectory();
        templates.requireFolders(base);
        Kconfig kconfig = session.load();
        try {
            ConfigInput input = configInput(session);
            session.read(input);
            session.failOnReadWarnings();
            session.failOnDependencyWarnings();
            Generator.Result result = generator(base).generate(kconfig, input);
            for (String w : result.warnings()) context().err().println(w);
            context().out().println(result.summary());
        } catch (GenerateException e) {
            throw new CliFailure(e.getMessage());
        }
        return 0;
    }

    /** --defconfig, else the configuration there is, as conf_read(NULL) finds it, else the defaults. */
    private ConfigInput configInput(ConfigSession session) throws GenerateException {
        if (defconfig != null) return ConfigInput.defconfig(session.findDefconfig(defconfig));
        ConfigSession.ExistingConfig existing = session.existingConfig();
        return existing != null ? ConfigInput.config(existing.path()) : ConfigInput.defaults();
    }

    /** The generator of the options, their relative paths against {@code base}. */
    private Generator generator(Path base) {
        Path main = output(base, mainOut, "main", "--main-out");
        Path test = output(base, testOut, "test", "--test-out");
        Path resources = output(base, resourcesOut, "resources", "--resources-out");
        Generator.Builder b = templates.builder(base, spec.commandLine())
                .outputs(main, test, resources)
                .force(force);
        if (state != null || out != null) b.stateFile(base.resolve(state != null ? state : out.resolve("generate.state")));
        if (compiled != null) compiled.forEach(dir -> b.compiledDirectory(base.resolve(dir)));
        return b.build();
    }

    private Path output(Path base, Path given, String underOut, String option) {
        if (given != null) return base.resolve(given);
        if (out == null) throw new ParameterException(spec.commandLine(), "Missing --out DIR (or " + option + " DIR)");
        return base.resolve(out).resolve(underOut);
    }
}
