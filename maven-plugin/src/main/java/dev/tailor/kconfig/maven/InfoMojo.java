package dev.tailor.kconfig.maven;

import java.util.List;
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
    String command() {
        return "info";
    }

    @Override
    List<String> arguments() {
        return List.of(symbol);
    }

    @Override
    void output(String stdout) {
        for (String line : stdout.stripTrailing().split("\n")) getLog().info(line);
    }
}
