package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.AtomicFiles;
import dev.tailor.kconfig.JsonExport;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kconfig json}: the configuration's values, or its menu tree, as JSON for IDEs and scripts. */
@Command(name = "json", mixinStandardHelpOptions = true,
        description = {
            "Print the configuration as JSON, in the shape of esp-idf's confgen: an object of the values of the "
                    + "symbols the configuration file writes, by name without CONFIG_ (bool: true/false, "
                    + "tristate: \"y\"/\"m\"/\"n\", int and hex: numbers, string: strings); with --menu, the menu "
                    + "tree: an array of entries with type, id, name, title, help, depends_on, range, visible, "
                    + "file, line and children.",
            "The configuration is read as olddefconfig reads it, and not written."
        })
final class JsonCommand extends TreeFileCommand {
    @Option(names = "--menu", description = "The menu tree instead of the values.")
    boolean menu;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    String out;

    @Override
    int run(ConfigSession session) throws IOException {
        Kconfig kconfig = session.load();
        session.readExisting();
        session.failOnReadWarnings();
        session.failOnDependencyWarnings();
        JsonExport export = new JsonExport(kconfig);
        String json = menu ? export.menus() : export.values();
        if (out != null) {
            AtomicFiles.write(session.resolve(out), json.getBytes(StandardCharsets.UTF_8));
        } else {
            // Standard output takes byte strings.
            context().out().print(json);
        }
        return 0;
    }
}
