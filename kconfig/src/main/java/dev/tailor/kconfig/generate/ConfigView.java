package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;

/**
 * The resolved configuration as templates see it, {@code $config} (see modules/README.md). Names may be
 * given with or without the {@code CONFIG_} prefix. Public, with public methods, for Velocity.
 *
 * <p>That prefix is the fixed text, not {@code $CONFIG_}: templates are part of the project, like the
 * {@code CONFIG_X} fields of the generated constants class they sit next to, and must not change meaning
 * with the environment of a build.
 */
public final class ConfigView {
    private final Kconfig kconfig;

    ConfigView(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    /** The symbol, or null when the tree does not define it. */
    Symbol find(String name) {
        if (name == null) return null;
        Symbol sym = kconfig.findSymbol(name, "CONFIG_");
        return sym == null || sym.type() == SymbolType.UNKNOWN ? null : sym;
    }

    /** Whether bool/tristate symbol {@code name} is y or m; false for any other symbol and for an undefined one. */
    public boolean enabled(String name) {
        Symbol sym = find(name);
        return sym != null && sym.type().isBoolOrTristate() && sym.tristateValue() != Tristate.NO;
    }

    /**
     * The value as .config has it: {@code y}, {@code m} or {@code n}, a number as written ({@code 42},
     * {@code 0x1000}), a string without its quotes.
     *
     * @throws IllegalArgumentException for a symbol the tree does not define
     */
    public String value(String name) {
        Symbol sym = require(name);
        return sym.stringValue();
    }

    /**
     * The value of an int or hex symbol as a long (a hex value may use all 64 bits).
     *
     * @throws IllegalArgumentException for an undefined symbol, another type or a symbol without a value
     */
    public long number(String name) {
        Symbol sym = require(name);
        if (sym.type() != SymbolType.INT && sym.type() != SymbolType.HEX) {
            throw new IllegalArgumentException("symbol " + name + " is " + sym.type().displayName()
                    + ", not int or hex");
        }
        String v = sym.stringValue();
        if (v.isEmpty()) throw new IllegalArgumentException("symbol " + name + " has no value");
        return parseNumber(sym.type(), v);
    }

    private Symbol require(String name) {
        Symbol sym = find(name);
        if (sym == null) throw new IllegalArgumentException("symbol " + name + " is not defined in the Kconfig tree");
        return sym;
    }

    /** An int (decimal) or hex (with or without 0x) value. */
    static long parseNumber(SymbolType type, String v) {
        if (type == SymbolType.HEX) {
            String digits = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
            return Long.parseUnsignedLong(digits, 16);
        }
        return Long.parseLong(v);
    }
}
