package dev.tailor.kconfig;

/** The three-valued logic of Kconfig: n &lt; m &lt; y. */
public enum Tristate {
    NO, MOD, YES;

    public static Tristate and(Tristate a, Tristate b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    public static Tristate or(Tristate a, Tristate b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public Tristate not() {
        return values()[2 - ordinal()];
    }

    public boolean lessThan(Tristate other) {
        return ordinal() < other.ordinal();
    }

    /** "n", "m" or "y". */
    public String letter() {
        return switch (this) {
            case NO -> "n";
            case MOD -> "m";
            case YES -> "y";
        };
    }
}
