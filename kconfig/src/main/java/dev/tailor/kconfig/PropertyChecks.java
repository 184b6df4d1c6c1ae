package dev.tailor.kconfig;

/** Warnings about properties that do not fit their symbol's type (Linux's sym_check_prop). */
final class PropertyChecks {
    private PropertyChecks() {}

    static void check(Symbol sym, Diagnostics out) {
        for (Property prop : sym.properties()) {
            switch (prop.kind) {
                case DEFAULT -> checkDefault(sym, prop, out);
                case SELECT, IMPLY -> {
                    String use = prop.kind.keyword();
                    Symbol target = prop.targetSymbol();
                    if (!sym.type().isBoolOrTristate()) {
                        out.warning(prop.file, prop.line, "config symbol '" + sym.name() + "' uses " + use
                                + ", but is not bool or tristate");
                    } else if (target.type() != SymbolType.UNKNOWN && !target.type().isBoolOrTristate()) {
                        out.warning(prop.file, prop.line, "'" + target.name() + "' has wrong type. '" + use
                                + "' only accept arguments of bool and tristate type");
                    }
                }
                case RANGE -> {
                    if (sym.type() != SymbolType.INT && sym.type() != SymbolType.HEX) {
                        out.warning(prop.file, prop.line, "range is only allowed for int or hex symbols");
                    }
                    Expr.Range r = (Expr.Range) prop.expr;
                    if (!validNumber(sym, r.low()) || !validNumber(sym, r.high())) {
                        out.warning(prop.file, prop.line, "range is invalid");
                    }
                }
                default -> { }
            }
        }
    }

    private static void checkDefault(Symbol sym, Property prop, Diagnostics out) {
        boolean valueType = sym.type() == SymbolType.STRING || sym.type() == SymbolType.INT || sym.type() == SymbolType.HEX;
        if (valueType && !(prop.expr instanceof Expr.Sym)) {
            out.warning(prop.file, prop.line, "default for config symbol '" + sym.name() + "' must be a single symbol");
        }
        Symbol target = prop.targetSymbol();
        if (target == null) return;
        if ((sym.type() == SymbolType.HEX || sym.type() == SymbolType.INT) && !validNumber(sym, target)) {
            out.warning(prop.file, prop.line, "'" + sym.name() + "': number is invalid");
        }
        if (sym.isChoice() && (target.choice() == null || target.choice().sym != sym)) {
            out.warning(prop.file, prop.line, "choice default symbol '" + target.name() + "' is not contained in the choice");
        }
    }

    private static boolean validNumber(Symbol sym, Symbol value) {
        return value.type() == SymbolType.INT || value.type() == SymbolType.HEX
                || (value.type() == SymbolType.UNKNOWN && sym.isValidValue(value.name()));
    }
}
