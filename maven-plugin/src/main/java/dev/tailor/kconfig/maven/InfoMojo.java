package dev.tailor.kconfig.maven;

import dev.tailor.kconfig.SymbolReport;
import dev.tailor.kconfig.session.ConfigSession;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Describes a symbol in the current configuration: type, value and why it has it, where it is defined,
 * prompts, defaults, ranges, dependencies, selects, choice membership and help (kconfig info).
 */
@Mojo(name = "info", threadSafe = true)
public final class InfoMojo extends AbstractConfigMojo {
    /** The symbol, with or without the CONFIG_ prefix. */
    @Parameter(property = "kconfig.symbol", required = true)
    String symbol;

    @Override
    void run(ConfigSession session) throws IOException {
        session.load();
        session.readExisting();
        String report = new SymbolReport(session.kconfig(), session.prefix()).info(session.symbol(symbol),
                session.valuesReadFrom());
        for (String line : report.stripTrailing().split("\n")) getLog().info(line);
    }
}
