package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.Symbol;
import java.util.Optional;

/**
 * Checks a typed int, hex or string value against the symbol's type and active range before setting it,
 * so that the user is told what is wrong instead of Linux's bare "invalid entry".
 */
final class ValueCheck {
    private ValueCheck() {}

    /** Sets the value; empty when it was set, else why not. */
    static Optional<String> set(Symbol sym, String typed) {
        String text = typed;
        if (!sym.isValidValue(text)) {
            return Optional.of("'" + typed + "' is not " + switch (sym.type()) {
                case INT -> "a decimal integer";
                case HEX -> "a hexadecimal number";
                default -> "a " + sym.type().displayName() + " value";
            });
        }
        if (!sym.isWithinRange(text)) {
            Property range = sym.activeRange();
            String bounds = range == null ? "" : " " + bounds((Expr.Range) range.expr());
            return Optional.of(typed + " is outside the range" + bounds);
        }
        if (!sym.setValue(text)) return Optional.of("the dependencies of " + sym.name()
                + " do not let it be set now");
        return Optional.empty();
    }

    /** The type, and the active range if there is one. */
    static String hint(Symbol sym) {
        Property range = sym.activeRange();
        return sym.type().displayName() + (range == null ? "" : ", " + bounds((Expr.Range) range.expr()));
    }

    private static String bounds(Expr.Range range) {
        return range.low().stringValue() + " to " + range.high().stringValue();
    }
}
