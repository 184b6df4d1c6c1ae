package dev.tailor.kconfig;

/** The type of a symbol; UNKNOWN for constants and symbols that were referenced but never typed. */
public enum SymbolType {
    UNKNOWN("unknown"), BOOL("bool"), TRISTATE("tristate"), INT("integer"), HEX("hex"), STRING("string");

    private final String displayName;

    SymbolType(String displayName) {
        this.displayName = displayName;
    }

    /** The name Linux's tools print for the type ("integer" for int). */
    public String displayName() {
        return displayName;
    }

    public boolean isBoolOrTristate() {
        return this == BOOL || this == TRISTATE;
    }
}
