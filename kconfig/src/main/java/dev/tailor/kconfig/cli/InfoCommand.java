package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolReport;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kconfig info SYMBOL}: everything about one symbol, and why it has its value. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Describe a symbol in the current configuration: type, value and why it has it, where it "
                + "is defined, prompts, defaults, ranges, dependencies, selects, choice membership and help."})
final class InfoCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The symbol, with or without the CONFIG_ prefix.")
    String symbolName;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KCONFIG_FILE", description = "The top Kconfig file.")
    String kconfigFile;

    @Override
    String kconfigFileArgument() {
        return kconfigFile;
    }

    @Override
    int run(Session session) throws IOException {
        Kconfig kconfig = session.load();
        session.readDotConfig();
        Symbol sym = findSymbol(kconfig, symbolName, session.prefix());
        if (sym == null) throw new CliFailure("kconfig: unknown symbol " + symbolName);
        String text = new SymbolReport(kconfig, session.prefix()).info(sym, session.valuesReadFrom());
        session.context().out().print(text);
        return 0;
    }

    /** A named symbol, also given with the CONFIG_ prefix; null if the tree does not know it. */
    static Symbol findSymbol(Kconfig kconfig, String name, String prefix) {
        if (name.isEmpty()) return null;
        Symbol sym = kconfig.symbol(name);
        if ((sym == null || sym.isConstant()) && !prefix.isEmpty() && name.startsWith(prefix)
                && name.length() > prefix.length()) {
            sym = kconfig.symbol(name.substring(prefix.length()));
        }
        return sym == null || sym.isConstant() ? null : sym;
    }
}
