package dev.tailor.kconfig.sat;

/** A satisfying assignment of a {@link Cnf}'s variables. */
public record Model(boolean[] values) {
    /** Whether the literal is true in this assignment. */
    public boolean holds(int literal) {
        return literal > 0 ? values[literal] : !values[-literal];
    }
}
