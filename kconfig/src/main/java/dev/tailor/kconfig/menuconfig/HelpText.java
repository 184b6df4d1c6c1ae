package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolReport;

/**
 * The text of the help screen: for a symbol, the report of {@code kconfig info} (type, value and why,
 * definitions, prompts, defaults, dependencies, selects and implies both ways, help); for a menu, a comment
 * or a choice, its help and where it is defined, as Linux's help screen shows them.
 */
final class HelpText {
    private final SymbolReport report;

    HelpText(Kconfig kconfig) {
        this.report = new SymbolReport(kconfig, kconfig.configPrefix());
    }

    /**
     * The help of a node, as a JVM string.
     *
     * @param valuesFrom the configuration file the user values were read from (for "why"), or null
     */
    String of(MenuNode node, String valuesFrom) {
        Symbol sym = node.symbol();
        String text = sym != null && sym.name() != null
                ? report.info(sym, valuesFrom == null ? null : valuesFrom)
                : report.extendedHelp(node);
        return text;
    }
}
