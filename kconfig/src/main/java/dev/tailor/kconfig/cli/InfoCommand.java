package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolReport;
import dev.tailor.kconfig.session.ConfigSession;
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
    int run(ConfigSession session) throws IOException {
        Kconfig kconfig = session.load();
        session.readExisting();
        Symbol sym = session.symbol(symbolName);
        context().out().print(new SymbolReport(kconfig, session.prefix()).info(sym, session.valuesReadFrom()));
        return 0;
    }
}
