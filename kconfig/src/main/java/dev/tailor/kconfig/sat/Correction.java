package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.Symbol;
import java.util.List;

/** What {@link ConflictSolver#solve} found: the changes that make the wanted values possible, or why none do. */
public sealed interface Correction {
    /** One symbol's value before and after. */
    record Change(Symbol symbol, String from, String to) {}

    /** The wanted values cannot hold in any configuration of the tree. */
    record Impossible(String reason) implements Correction {}

    /**
     * The wanted values are possible. {@code changes} are the fewest options with a prompt that must take
     * other values (none when the wanted values are reachable as they are); {@code consequences} the other
     * symbols whose values change with them.
     */
    final class Fix implements Correction {
        private final List<Change> wanted;
        private final List<Change> changes;
        private final List<Change> consequences;
        final KconfigFormula formula;
        final Model model;

        Fix(List<Change> wanted, List<Change> changes, List<Change> consequences, KconfigFormula formula, Model model) {
            this.wanted = List.copyOf(wanted);
            this.changes = List.copyOf(changes);
            this.consequences = List.copyOf(consequences);
            this.formula = formula;
            this.model = model;
        }

        /** The wanted symbols, with their current and wanted values. */
        public List<Change> wanted() {
            return wanted;
        }

        public List<Change> changes() {
            return changes;
        }

        public List<Change> consequences() {
            return consequences;
        }
    }
}
