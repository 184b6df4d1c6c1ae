package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.AtomicFiles;
import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.sample.Sample;
import dev.tailor.kconfig.sample.SampleOptions;
import dev.tailor.kconfig.sample.SampleReport;
import dev.tailor.kconfig.sample.Sampling;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kconfig sample}: draws valid configurations from the tree's constraints (t-wise covering, random,
 * the engine's all*config, one feature on or off), writes each as a minimal defconfig, and reports their
 * t-wise coverage, optionally as JSON for a CI matrix.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {
            "Draw a sample of valid configurations and write each as a minimal defconfig (as savedefconfig "
                    + "writes it) into DIR: sample-0001_defconfig, ... Every configuration is checked against "
                    + "the engine: read as a defconfig it must give every value the solver predicted; a "
                    + "difference is reported as a bug and the exit status is 1.",
            "Strategies: twise (a t-wise covering array: every valid combination of t feature values is in "
                    + "some configuration), random (distinct random valid configurations, --count of them, "
                    + "default 10), allyes, allno, alldef (the engine's all*config), one-enabled and "
                    + "one-disabled (per feature: it on and as few others as possible, or it off and as many "
                    + "others as possible). Features are the bool and tristate symbols with a prompt."
        })
final class SampleCommand extends TreeFileCommand {
    @Mixin
    SampleArgs sampleArgs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the defconfigs (created if needed); without it nothing is written.")
    String out;

    @Option(names = "--json", description = "Print the report as JSON: {\"samples\": [...], \"coverage\": "
            + "{\"t\", \"valid\", \"covered\", \"percent\"}, \"seconds\"}, samples usable as a CI matrix.")
    boolean json;

    @Spec
    CommandSpec spec;

    private SampleOptions options;

    @Override
    public Integer call() {
        options = sampleArgs.parse(spec.commandLine());   // usage errors first, before anything is read
        return super.call();
    }

    @Override
    int run(ConfigSession session) throws IOException {
        Kconfig kconfig = session.load();
        // A sample may let a select override unmet dependencies on purpose; the reports would only be noise.
        messages.showDependencyWarnings(false);
        SampleReport report = Sampling.run(kconfig, options);
        if (out != null) {
            Path dir = session.resolve(out);
            for (Sample s : report.samples()) {
                AtomicFiles.write(dir.resolve(s.fileName()), ByteText.encode(s.defconfig()));
            }
        }
        PrintStream stdout = context().out();
        if (json) {
            stdout.print(report.toJson(out == null ? "" : out, options.shards()));
        } else {
            printSummary(stdout, report);
        }
        if (!report.hasMismatches()) return 0;
        PrintStream err = context().err();
        for (Sample s : report.samples()) {
            s.mismatches().forEach(m -> err.println("kconfig: " + s.name() + ": " + m + " (a bug in the translation)"));
        }
        return 1;
    }

    private void printSummary(PrintStream stdout, SampleReport report) {
        for (Sample s : report.samples()) {
            long lines = s.defconfig().lines().count();
            stdout.print(s.fileName() + ": " + lines + (lines == 1 ? " value" : " values") + " differ from the defaults\n");
        }
        var c = report.coverage();
        stdout.print(String.format(Locale.ROOT, "%d configurations (%s, seed %d%s): %d of %d valid %d-wise "
                + "interactions of %d features covered (%.2f %%)%s, %.2f s%n", report.total(),
                options.strategy().cliName(), options.seed(),
                options.shards() > 1 ? ", shard " + options.shard() + "/" + options.shards() : "",
                c.covered(), c.valid(), c.t(), report.features(), c.percent(),
                c.undecided() > 0 ? " (" + c.undecided() + " undecided: time limit)" : "", report.seconds()));
        for (String note : report.notes()) stdout.print("note: " + note + "\n");
    }
}
