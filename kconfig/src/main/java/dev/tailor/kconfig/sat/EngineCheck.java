package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the translation against the engine, both ways. Forward: the user values of a model, read as a
 * defconfig (user values, then defaults), must give every symbol the value the model predicts. Backward:
 * a configuration the engine made must be a model of the formula.
 */
public final class EngineCheck {
    /** A symbol whose value the formula and the engine disagree on: a bug in the translation. */
    public record Mismatch(Symbol symbol, String predicted, String engine) {
        @Override
        public String toString() {
            if (predicted == null) {
                return symbol.name() + "=" + engine + ": the engine's value is not a model of the formula";
            }
            return symbol.name() + ": the solver predicted '" + predicted + "', the engine gave '" + engine + "'";
        }
    }

    private final KconfigFormula formula;

    public EngineCheck(KconfigFormula formula) {
        this.formula = formula;
    }

    /**
     * Puts the model's user values into the engine as defconfig does and compares every value. Afterwards
     * the engine holds that configuration.
     */
    public List<Mismatch> apply(Model model) {
        Kconfig k = formula.kconfig();
        new ConfigReader(k).readValues(formula.userValues(model), "<sample>");
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        List<Mismatch> out = new ArrayList<>();
        for (Symbol s : formula.symbols()) {
            String predicted = formula.value(s, model);
            String actual = s.stringValue();
            if (!predicted.equals(actual)) out.add(new Mismatch(s, predicted, actual));
        }
        return out;
    }

    /** The literals that fix every symbol at its current value in the engine; null entries are values the formula lacks. */
    private List<int[]> engineValues() {
        List<int[]> out = new ArrayList<>();
        for (Symbol s : formula.symbols()) out.add(formula.cube(s, s.stringValue()));
        return out;
    }

    /**
     * The engine's current configuration as a model of the formula, or the symbols that keep it from being
     * one (their values are outside the translation, or conflict with each other in it).
     */
    public Result modelOfEngine(SatSolver solver) {
        List<int[]> cubes = engineValues();
        List<Mismatch> outside = new ArrayList<>();
        List<Integer> assumptions = new ArrayList<>();
        List<Symbol> owners = new ArrayList<>();
        for (int i = 0; i < cubes.size(); i++) {
            Symbol s = formula.symbols().get(i);
            if (cubes.get(i) == null) {
                outside.add(new Mismatch(s, null, s.stringValue()));
                continue;
            }
            for (int lit : cubes.get(i)) {
                assumptions.add(lit);
                owners.add(s);
            }
        }
        if (!outside.isEmpty()) return new Result(null, outside);
        if (solver.solve(assumptions.stream().mapToInt(Integer::intValue).toArray())) {
            return new Result(solver.model(), List.of());
        }
        List<Mismatch> conflict = new ArrayList<>();
        for (int lit : solver.conflictingAssumptions()) {
            Symbol s = owners.get(assumptions.indexOf(lit));
            if (conflict.stream().noneMatch(m -> m.symbol() == s)) conflict.add(new Mismatch(s, null, s.stringValue()));
        }
        return new Result(null, conflict);
    }

    /** A model, or the mismatches that prevent one. */
    public record Result(Model model, List<Mismatch> mismatches) {}
}
