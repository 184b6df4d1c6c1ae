package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.sat.ConflictSolver;
import dev.tailor.kconfig.sat.Correction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * menuconfig's fixes from {@link ConflictSolver}, the solver behind {@code kconfig fix}: the fewest other
 * options to change, then the wanted value itself.
 */
public final class SolverFixAdvisor implements FixAdvisor {
    @Override
    public Optional<Fix> propose(Kconfig kconfig, Symbol symbol, String value) {
        Correction correction;
        try {
            correction = new ConflictSolver(kconfig).solve(Map.of(symbol.name(), value));
        } catch (KconfigException e) {
            return Optional.empty(); // a symbol the formula cannot express: no proposal rather than a wrong one
        }
        if (!(correction instanceof Correction.Fix fix)) return Optional.empty();
        List<Assignment> assignments = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Correction.Change c : fix.changes()) {
            assignments.add(new Assignment(c.symbol(), c.to()));
            others.add(c.symbol().name() + "=" + c.to());
        }
        for (Correction.Change c : fix.wanted()) assignments.add(new Assignment(c.symbol(), c.to()));
        String summary = others.isEmpty() ? symbol.name() + " can be " + value + " as it is"
                : "set " + String.join(", ", others) + " so that " + symbol.name() + " can be " + value;
        return Optional.of(new Fix(summary, assignments));
    }
}
