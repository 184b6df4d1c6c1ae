package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Tristate;

/**
 * A tristate value as two literals in order encoding: {@code atLeastM} is "the value is m or y",
 * {@code isY} "the value is y" (which implies the first). Kconfig's min, max and 2-x become plain and, or
 * and a swap of the two negated literals.
 */
public record Tri(int atLeastM, int isY) {
    public static final Tri NO = new Tri(Cnf.FALSE, Cnf.FALSE);
    public static final Tri MOD = new Tri(Cnf.TRUE, Cnf.FALSE);
    public static final Tri YES = new Tri(Cnf.TRUE, Cnf.TRUE);

    public static Tri of(Tristate t) {
        return switch (t) {
            case NO -> NO;
            case MOD -> MOD;
            case YES -> YES;
        };
    }

    /** A bool value: both literals are the one given. */
    public static Tri bool(int lit) {
        return new Tri(lit, lit);
    }

    public Tri not() {
        return new Tri(-isY, -atLeastM);
    }

    public Tri and(Cnf cnf, Tri o) {
        return new Tri(cnf.and(atLeastM, o.atLeastM), cnf.and(isY, o.isY));
    }

    public Tri or(Cnf cnf, Tri o) {
        return new Tri(cnf.or(atLeastM, o.atLeastM), cnf.or(isY, o.isY));
    }

    /** m becomes y where {@code when} holds (a bool, or a tristate while modules are off). */
    public Tri modToYesIf(Cnf cnf, int when) {
        return new Tri(atLeastM, cnf.or(isY, cnf.and(when, atLeastM)));
    }

    /** A literal for "this value equals {@code o}". */
    public int equalTo(Cnf cnf, Tri o) {
        return cnf.and(cnf.iff(atLeastM, o.atLeastM), cnf.iff(isY, o.isY));
    }

    /** A literal for "the value is {@code t}". */
    public int is(Cnf cnf, Tristate t) {
        return switch (t) {
            case NO -> -atLeastM;
            case MOD -> cnf.and(atLeastM, -isY);
            case YES -> isY;
        };
    }
}
