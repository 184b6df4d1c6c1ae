package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import java.util.List;
import java.util.Optional;

/**
 * Proposes the changes that would let a symbol take a value its dependencies forbid now, as
 * {@code kconfig fix} does. menuconfig offers the proposal on the entry under the cursor and applies it
 * only when the user agrees. Implemented outside this package; menuconfig works without one.
 */
@FunctionalInterface
public interface FixAdvisor {

    /**
     * The changes that give {@code symbol} the {@code value} ("y", "m", "n", or the text of an int, hex or
     * string symbol), or empty when no set of changes is known to do it.
     */
    Optional<Fix> propose(Kconfig kconfig, Symbol symbol, String value);

    /**
     * A proposal: what it does, in words, and the user values to set, in order.
     *
     * @param summary one line for people, e.g. "set B=y and C=y so that A can be y"
     * @param assignments the values to set, in the order to set them
     */
    record Fix(String summary, List<Assignment> assignments) {
        public Fix {
            assignments = List.copyOf(assignments);
        }
    }

    /** One user value of a fix: a symbol and its new value, as text. */
    record Assignment(Symbol symbol, String value) {}
}
