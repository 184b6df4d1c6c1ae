package dev.tailor.kconfig.sat;

import java.util.Map;

/**
 * What a user value would change for one symbol: the value the symbol would take from the user (before
 * selects and ranges apply) and the one its defaults give it. In a model where the two differ, the
 * configuration needs that user value; where they agree, the symbol is left to its defaults.
 */
sealed interface Inputs {
    /** A bool or tristate symbol outside a choice; {@code userPossible} says a user value would apply. */
    record Tristate(Tri chosen, Tri byDefault, int userPossible) implements Inputs {}

    /**
     * An int, hex or string symbol: one literal per value of its domain, for each side, the literal that
     * says a user value is given (false when none can be) and the one that says a user value would apply.
     */
    record Valued(Map<String, Integer> chosen, Map<String, Integer> byDefault, int userSet, int userPossible)
            implements Inputs {}
}
