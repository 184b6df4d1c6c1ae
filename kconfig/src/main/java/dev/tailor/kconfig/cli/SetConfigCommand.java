package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.session.ConfModes;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import picocli.CommandLine.Command;

/**
 * {@code kconfig setconfig SYM=VALUE...}: sets values in the configuration file as a user would in a menu,
 * refusing (and writing nothing) when a value is not allowed.
 */
@Command(name = "setconfig", mixinStandardHelpOptions = true,
        customSynopsis = "kconfig setconfig [-hV] [GLOBAL OPTIONS] SYM=VALUE... [KCONFIG_FILE]",
        description = {
            "Set symbols in the configuration file, in order, as a user would in menuconfig, then write it. "
                    + "Nothing is written if any assignment is refused: an unknown symbol, a value invalid "
                    + "for the type, out of its range, or not allowed by its dependencies (not visible, "
                    + "forced by a select).",
            "Arguments: SYM=VALUE... [KCONFIG_FILE]. SYM may carry the CONFIG_ prefix; VALUE is y, m or n "
                    + "for bool and tristate; a string may be given in double quotes, as in .config. A "
                    + "last argument without '=' is the KCONFIG_FILE."
        })
final class SetConfigCommand extends AssignmentCommand {
    @Override
    int run(ConfigSession session) throws IOException {
        new ConfModes(session).setconfig(assignments);
        return 0;
    }
}
