package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.AtomicFiles;
import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.sample.Sample;
import dev.tailor.kconfig.sample.SampleOptions;
import dev.tailor.kconfig.sample.SampleReport;
import dev.tailor.kconfig.sample.Sampling;
import dev.tailor.kconfig.sample.Strategy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
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
final class SampleCommand extends SessionCommand {
    @Option(names = "--strategy", paramLabel = "STRATEGY", defaultValue = "twise",
            description = "twise, random, allyes, allno, alldef, one-enabled or one-disabled (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--t", paramLabel = "T", defaultValue = "2",
            description = "Interaction strength of twise and of the coverage figure: 2 or 3 (default: ${DEFAULT-VALUE}).")
    int t;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of everything random; the same seed gives the same sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "At most N configurations (random: exactly N if the tree has them, default 10; twise: "
                    + "stop adding configurations at N, leaving coverage below 100 %).")
    int count;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Check, write and list only share I (from 1) of N of the sample: configurations "
                    + "I, I+N, I+2N, ... The sample and its coverage are the same in every shard.")
    String shard;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the defconfigs (created if needed); without it nothing is written.")
    String out;

    @Option(names = "--json", description = "Print the report as JSON: {\"samples\": [...], \"coverage\": "
            + "{\"t\", \"valid\", \"covered\", \"percent\"}, \"seconds\"}, samples usable as a CI matrix.")
    boolean json;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop deciding which feature values are possible, placing t-wise interactions and "
                    + "counting coverage after this long, and report what was reached (for very large trees).")
    Double timeLimit;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KCONFIG_FILE", description = "The top Kconfig file.")
    String kconfigFile;

    @Spec
    CommandSpec spec;

    private SampleOptions options;

    @Override
    String kconfigFileArgument() {
        return kconfigFile;
    }

    @Override
    public Integer call() {
        options = parseOptions();   // usage errors first, before anything is read
        return super.call();
    }

    private SampleOptions parseOptions() {
        Strategy s = Strategy.byName(strategy);
        if (s == null) {
            throw new ParameterException(spec.commandLine(), "Unknown strategy '" + strategy + "' (expected one of "
                    + Strategy.names() + ")");
        }
        if (t != 2 && t != 3) throw new ParameterException(spec.commandLine(), "--t must be 2 or 3, not " + t);
        if (count < 0) throw new ParameterException(spec.commandLine(), "--count must not be negative");
        int index = 1;
        int shards = 1;
        if (shard != null) {
            String[] parts = shard.split("/", -1);
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")
                    || Integer.parseInt(parts[1]) < 1 || Integer.parseInt(parts[0]) < 1
                    || Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
                throw new ParameterException(spec.commandLine(), "--shard must be I/N with 1 <= I <= N, not '" + shard + "'");
            }
            index = Integer.parseInt(parts[0]);
            shards = Integer.parseInt(parts[1]);
        }
        if (timeLimit != null && !(timeLimit > 0)) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be a positive number of seconds");
        }
        Duration limit = timeLimit == null ? null : Duration.ofMillis(Math.round(timeLimit * 1000));
        return new SampleOptions(s, t, seed, count, index, shards, limit);
    }

    @Override
    int run(Session session) throws IOException {
        Kconfig kconfig = session.load();
        // A sample may let a select override unmet dependencies on purpose; the reports would only be noise.
        session.diagnostics().showDependencyWarnings(false);
        SampleReport report = Sampling.run(kconfig, options);
        if (out != null) {
            Path dir = session.resolve(out);
            for (Sample s : report.samples()) {
                AtomicFiles.write(dir.resolve(s.fileName()), ByteText.encode(s.defconfig()));
            }
        }
        PrintStream stdout = session.context().out();
        if (json) {
            stdout.print(report.toJson(out == null ? "" : out, options.shards()));
        } else {
            printSummary(stdout, report);
        }
        if (!report.hasMismatches()) return 0;
        PrintStream err = session.context().err();
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
