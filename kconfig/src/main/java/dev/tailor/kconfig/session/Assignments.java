package dev.tailor.kconfig.session;

import dev.tailor.kconfig.Expr;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.PropertyKind;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolReport;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;

/**
 * Sets symbols as a user would in a menu, for setconfig: a value that is not allowed is refused with the
 * reason, naming the symbol.
 */
public final class Assignments {
    private Assignments() {}

    /** One assignment, {@code SYM=VALUE}: the symbol with or without the CONFIG_ prefix, a string maybe quoted. */
    public record Assignment(String symbol, String value) {}

    /** Applies one assignment or throws a {@link KconfigException} saying why it is refused. */
    public static void assign(Kconfig kconfig, String prefix, String name, String value) {
        Symbol sym = kconfig.findSymbol(name, prefix);
        if (sym == null) throw refuse(name, value, "unknown symbol");
        if (sym.nodes().isEmpty() || sym.type() == SymbolType.UNKNOWN) {
            throw refuse(name, value, "symbol " + sym.name() + " is referenced but not defined in any Kconfig file");
        }
        String requested = value;
        if (sym.type() == SymbolType.STRING && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            requested = unquote(value);
            if (requested == null) throw refuse(name, value, "invalid string: an unescaped '\"' inside the quotes");
        }
        if (!sym.isChangeable() && !sym.isChoiceMember() && isValidFor(sym, requested)
                && sameValue(sym, requested, sym.stringValue())) {
            return;   // already so, and not the user's to change: nothing to do
        }
        String problem = problem(kconfig, sym, requested);
        if (problem != null) throw refuse(sym.name(), value, problem);
        boolean accepted;
        if (sym.isChoiceMember() && sym.type().isBoolOrTristate() && parse(requested) == Tristate.YES) {
            kconfig.selectChoice(sym);
            accepted = sym.tristateValue() == Tristate.YES;
        } else {
            accepted = sym.setValue(requested);
        }
        if (!accepted) throw refuse(sym.name(), value, "the value is not allowed");
        String result = sym.stringValue();
        if (!sameValue(sym, requested, result)) {
            String reason = sym.isChoiceMember() && parse(requested) == Tristate.NO
                    ? "a choice keeps one member selected; select another member (" + sym.name() + " stays "
                            + result + ")"
                    : "the value became " + result + ": "
                            + String.join("; ", new SymbolReport(kconfig, prefix).why(sym, null));
            throw refuse(sym.name(), value, reason);
        }
    }

    private static KconfigException refuse(String name, String value, String why) {
        return new KconfigException("kconfig: cannot set " + name + "=" + value + ": " + why);
    }

    private static Tristate parse(String v) {
        return switch (v) {
            case "y", "Y" -> Tristate.YES;
            case "m", "M" -> Tristate.MOD;
            case "n", "N" -> Tristate.NO;
            default -> null;
        };
    }

    /** Why the value cannot be set, or null when it can. */
    private static String problem(Kconfig kconfig, Symbol sym, String value) {
        SymbolType type = sym.type();
        if (type.isBoolOrTristate()) {
            Tristate t = parse(value);
            if (t == null) {
                return "invalid value for " + type.displayName() + " symbol (expected "
                        + (type == SymbolType.BOOL ? "y or n" : "y, m or n") + ")";
            }
            if (t == Tristate.MOD && type == SymbolType.BOOL) return sym.name() + " is bool: m is not allowed";
            if (t == Tristate.MOD && sym.effectiveType() == SymbolType.BOOL) {
                Symbol modules = kconfig.modulesSymbol();
                return "m is not allowed while modules are disabled"
                        + (modules != null && modules.name() != null ? " (" + modules.name() + "=n)" : "");
            }
            Tristate visible = sym.visibility();
            if (visible == Tristate.NO) return notVisible(sym);
            if (sym.isChoiceMember()) return null;
            Tristate forced = forcedBySelect(sym);
            if (!forced.lessThan(visible)) {
                return "it is forced to " + forced.letter() + " by select from "
                        + Expr.toStringWithValues(sym.reverseDependencies()) + " and cannot be changed";
            }
            if (t.lessThan(forced)) {
                return "it is selected by " + Expr.toStringWithValues(sym.reverseDependencies())
                        + " and cannot be lower than " + forced.letter();
            }
            if (visible.lessThan(t)) {
                return "its dependencies allow at most " + visible.letter() + " (" + SymbolReport.visibilityText(sym)
                        + ")";
            }
            return null;
        }
        if (!sym.isValidValue(value)) {
            return switch (type) {
                case INT -> "invalid value for int symbol (expected a decimal number)";
                case HEX -> "invalid value for hex symbol (expected a hexadecimal number)";
                default -> "invalid value for " + type.displayName() + " symbol";
            };
        }
        if (!sym.isWithinRange(value)) {
            Property range = sym.activeRange();
            return "out of range" + (range == null ? "" : " " + Expr.toStringWithValues(range.expr()) + " (" + range.file()
                    + ":" + range.line() + ")");
        }
        if (sym.visibility() == Tristate.NO) return notVisible(sym);
        return null;
    }

    private static String notVisible(Symbol sym) {
        boolean hasPrompt = sym.properties().stream().anyMatch(p -> p.kind() == PropertyKind.PROMPT);
        if (!hasPrompt) {
            return "it has no prompt, so only defaults and selects set it (not visible)";
        }
        return "not visible: its " + SymbolReport.visibilityText(sym);
    }

    /** The value selects force on the symbol now (its reverse dependencies, bool-clamped). */
    private static Tristate forcedBySelect(Symbol sym) {
        Tristate t = sym.reverseDependencies() == null ? Tristate.NO : sym.reverseDependencies().eval();
        if (t == Tristate.MOD && sym.effectiveType() == SymbolType.BOOL) t = Tristate.YES;
        return t;
    }

    private static boolean isValidFor(Symbol sym, String value) {
        return sym.type().isBoolOrTristate() ? parse(value) != null : sym.isValidValue(value);
    }

    private static boolean sameValue(Symbol sym, String requested, String result) {
        if (sym.type().isBoolOrTristate()) return parse(requested).letter().equals(result);
        if (sym.type() == SymbolType.HEX) {
            String r = requested.startsWith("0x") || requested.startsWith("0X") ? requested : "0x" + requested;
            return r.equalsIgnoreCase(result);
        }
        return requested.equals(result);
    }

    /** The text of a double-quoted string with backslash escapes, as in .config; null if malformed. */
    private static String unquote(String quoted) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '"') return null;
            if (c == '\\' && i + 1 < quoted.length() - 1) c = quoted.charAt(++i);
            out.append(c);
        }
        return out.toString();
    }
}
