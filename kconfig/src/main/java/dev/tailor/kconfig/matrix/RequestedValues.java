package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a configuration got every value its defconfig asks for. Linux's tools drop a value that the
 * dependencies forbid, and ignore a symbol the tree does not define, without a word; a matrix that tested
 * such a configuration would report on another one than it names.
 */
final class RequestedValues {
    private RequestedValues() {}

    /** One line per value the resolved tree does not have, naming the defconfig line and what it got. */
    static List<String> unmet(Kconfig kconfig, String defconfig, String file) {
        String prefix = Pattern.quote(kconfig.configPrefix());
        Pattern set = Pattern.compile("^" + prefix + "([A-Za-z0-9_]+)=(.*)$");
        Pattern unset = Pattern.compile("^# " + prefix + "([A-Za-z0-9_]+) is not set$");
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : defconfig.split("\n", -1)) {
            number++;
            Matcher m = set.matcher(line);
            Matcher n = unset.matcher(line);
            String name;
            String wanted;
            if (m.matches()) {
                name = m.group(1);
                wanted = m.group(2);
            } else if (n.matches()) {
                name = n.group(1);
                wanted = "n";
            } else {
                continue;
            }
            Symbol sym = kconfig.symbol(name);
            if (sym == null || sym.type() == SymbolType.UNKNOWN) {
                problems.add(file + ":" + number + ": " + name + " is not defined by the Kconfig tree");
                continue;
            }
            String got = sym.stringValue();
            if (sym.type() == SymbolType.STRING) got = ConfigWriter.quote(got);
            boolean tristate = sym.type() == SymbolType.BOOL || sym.type() == SymbolType.TRISTATE;
            if (!got.equals(wanted) && !(tristate && wanted.equals("n") && got.isEmpty())) {
                problems.add(file + ":" + number + ": " + line.strip() + " did not take: " + name + " is "
                        + (got.isEmpty() ? "unset" : got) + " (see `kconfig info " + name + "` or `kconfig fix "
                        + name + "=" + wanted + "`)");
            }
        }
        return problems;
    }
}
