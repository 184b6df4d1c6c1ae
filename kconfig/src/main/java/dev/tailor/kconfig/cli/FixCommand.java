package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.sat.ConflictSolver;
import dev.tailor.kconfig.session.Assignments.Assignment;
import dev.tailor.kconfig.session.ConfigSession;
import dev.tailor.kconfig.sat.Correction;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kconfig fix SYMBOL=VALUE...}: the fewest other changes that make values possible which the
 * dependencies forbid now, and with {@code --apply} the configuration with them.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        customSynopsis = "kconfig fix [-hV] [--apply] [GLOBAL OPTIONS] SYMBOL=VALUE... [KCONFIG_FILE]",
        description = {
            "Find the smallest set of other options (symbols with a prompt) whose values must change so that "
                    + "the wanted values become possible, starting from the configuration file, and print "
                    + "them with the values that change as a consequence. With --apply, write the "
                    + "configuration file with all of it. If no configuration has the wanted values, say why "
                    + "and exit with status 1.",
            "Arguments: SYMBOL=VALUE... [KCONFIG_FILE], as for setconfig."
        })
final class FixCommand extends AssignmentCommand {
    @Option(names = "--apply", description = "Write the configuration file with the changes.")
    boolean apply;

    @Override
    int run(ConfigSession session) throws IOException {
        Kconfig kconfig = session.load();
        session.readExisting();
        session.failOnReadWarnings();
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Assignment a : assignments) wanted.put(a.symbol(), a.value());
        ConflictSolver solver = new ConflictSolver(kconfig);
        Correction correction = solver.solve(wanted);
        if (correction instanceof Correction.Impossible(String reason)) {
            throw new CliFailure("kconfig: cannot fix: " + reason);
        }
        Correction.Fix fix = (Correction.Fix) correction;
        print(context().out(), fix);
        solver.apply(fix);
        if (apply) session.writeConfig();
        return 0;
    }

    private void print(PrintStream out, Correction.Fix fix) {
        StringBuilder wanted = new StringBuilder();
        for (Correction.Change c : fix.wanted()) {
            if (!wanted.isEmpty()) wanted.append(' ');
            wanted.append(c.symbol().name()).append('=').append(c.to());
        }
        int n = fix.changes().size();
        out.print(wanted + (n == 0 ? " needs no other change" : " needs " + n + " other change" + (n == 1 ? "" : "s"))
                + (n == 0 && fix.consequences().isEmpty() ? "\n" : ":\n"));
        for (Correction.Change c : fix.changes()) out.print(line(c));
        if (!fix.consequences().isEmpty()) {
            out.print("and so:\n");
            for (Correction.Change c : fix.consequences()) out.print(line(c));
        }
        if (!apply && (n > 0 || !fix.consequences().isEmpty())) out.print("(run with --apply to write them)\n");
    }

    private static String line(Correction.Change c) {
        return "  " + c.symbol().name() + ": " + show(c.from()) + " -> " + show(c.to()) + "\n";
    }

    private static String show(String v) {
        return v.isEmpty() ? "\"\"" : v;
    }
}
