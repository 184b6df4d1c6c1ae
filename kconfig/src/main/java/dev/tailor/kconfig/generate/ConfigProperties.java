package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resolved configuration as build properties: Maven project properties for the plugin executions that
 * run after {@code generate} (what {@code include/config/auto.conf} is to Linux's Makefiles), and the same
 * for any other build tool:
 *
 * <ul>
 *   <li>{@code kconfig.CONFIG_<SYM>}: for every symbol the tree defines, its value as {@code .config} has it
 *       ({@code y}, {@code m}, a number as written, a string without its quotes), or empty when it has none
 *       (a bool or tristate at n, a symbol {@code .config} does not write). Every symbol gets one, so that
 *       {@code ${kconfig.CONFIG_X}} is never left unresolved in a plugin's configuration.
 *   <li>{@code kconfig.skip.CONFIG_<SYM>}: for every bool and tristate symbol, {@code true} when it is n,
 *       {@code false} when y or m: {@code <skip>${kconfig.skip.CONFIG_X}</skip>} runs an execution only
 *       when X is on.
 * </ul>
 */
public final class ConfigProperties {
    public static final String PREFIX = "kconfig.CONFIG_";
    public static final String SKIP_PREFIX = "kconfig.skip.CONFIG_";

    private ConfigProperties() {}

    /** The properties of a resolved configuration, sorted by name. */
    public static Map<String, String> of(Kconfig kconfig) {
        Map<String, String> properties = new TreeMap<>();
        for (Symbol sym : kconfig.symbols()) {
            if (sym.isConstant() || sym.isChoice() || sym.type() == SymbolType.UNKNOWN) continue;
            if (sym.type().isBoolOrTristate()) {
                boolean off = sym.tristateValue() == Tristate.NO;
                properties.put(PREFIX + sym.name(), off ? "" : sym.stringValue());
                properties.put(SKIP_PREFIX + sym.name(), Boolean.toString(off));
            } else {
                properties.put(PREFIX + sym.name(), sym.isWritten() ? sym.stringValue() : "");
            }
        }
        return properties;
    }
}
