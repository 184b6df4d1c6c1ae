package dev.tailor.kconfig.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The arguments {@code SYM=VALUE... [KCONFIG_FILE]} of setconfig and fix: assignments (as the engine's
 * byte strings), and a last argument without '=' as the Kconfig file.
 */
record AssignmentArguments(List<String[]> assignments, String kconfigFile) {
    static AssignmentArguments parse(List<String> arguments, CommandSpec spec) {
        List<String[]> assignments = new ArrayList<>();
        String kconfigFile = null;
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            int eq = arg.indexOf('=');
            if (eq > 0) {
                assignments.add(new String[] {arg.substring(0, eq), arg.substring(eq + 1)});
            } else if (i == arguments.size() - 1 && !assignments.isEmpty()) {
                kconfigFile = arg;
            } else {
                throw new ParameterException(spec.commandLine(), "Not an assignment SYM=VALUE: '" + arg + "'");
            }
        }
        return new AssignmentArguments(assignments, kconfigFile);
    }
}
