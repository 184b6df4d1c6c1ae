package dev.tailor.kconfig.cli;

import picocli.CommandLine.Parameters;

/** A command whose only positional argument is the optional top Kconfig file. */
abstract class TreeFileCommand extends SessionCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KCONFIG_FILE", description = "The top Kconfig file.")
    String kconfigFile;

    @Override
    final String kconfigFileArgument() {
        return kconfigFile;
    }
}
