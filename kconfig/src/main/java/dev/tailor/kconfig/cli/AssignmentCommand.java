package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.session.Assignments.Assignment;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command whose arguments are {@code SYM=VALUE... [KCONFIG_FILE]} (setconfig, fix): assignments in order,
 * and a last argument without '=' as the Kconfig file. A malformed argument is a usage error, reported
 * before anything is read.
 */
abstract class AssignmentCommand extends SessionCommand {
    @Parameters(arity = "1..*", paramLabel = "SYM=VALUE", description = "Assignments, then optionally KCONFIG_FILE.")
    List<String> arguments;

    @Spec
    CommandSpec spec;

    /** The assignments, in order. */
    final List<Assignment> assignments = new ArrayList<>();
    private String kconfigFile;

    @Override
    String kconfigFileArgument() {
        parse();
        return kconfigFile;
    }

    @Override
    public Integer call() {
        parse();
        return super.call();
    }

    private void parse() {
        assignments.clear();
        kconfigFile = null;
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            int eq = arg.indexOf('=');
            if (eq > 0) {
                assignments.add(new Assignment(arg.substring(0, eq), arg.substring(eq + 1)));
            } else if (i == arguments.size() - 1 && !assignments.isEmpty()) {
                kconfigFile = arg;
            } else {
                throw new ParameterException(spec.commandLine(), "Not an assignment SYM=VALUE: '" + arg + "'");
            }
        }
    }
}
