package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import dev.tailor.kconfig.Tristate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kconfig tree's constraints as a propositional formula whose models are exactly the configurations the
 * engine can produce from some set of user values (within the values {@link ValueDomains} gives int, hex
 * and string symbols). Reads a model back as symbol values, and as the user values that reproduce it.
 */
public final class KconfigFormula {
    private final Kconfig kconfig;
    private final Cnf cnf = new Cnf();
    private final Variables vars;
    private final List<Symbol> symbols = new ArrayList<>();
    private final Map<Symbol, Inputs> inputs = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private KconfigFormula(Kconfig kconfig, Map<Symbol, ? extends Collection<String>> extraValues) {
        this.kconfig = kconfig;
        for (Symbol s : kconfig.symbols()) {
            if (!s.isConstant() && s.type() != SymbolType.UNKNOWN) symbols.add(s);
        }
        vars = new Variables(cnf, symbols, ValueDomains.compute(symbols, extraValues));
        ExprEncoder exprs = new ExprEncoder(cnf, vars);
        SymbolEncoder encoder = new SymbolEncoder(cnf, vars, exprs, kconfig.modulesSymbol());
        Map<MenuNode, List<Symbol>> choices = new LinkedHashMap<>();
        int transitional = 0;
        for (Symbol s : symbols) {
            if (s.isTransitional()) transitional++;
            if (s.isChoiceMember()) {
                choices.computeIfAbsent(s.choice(), k -> new ArrayList<>()).add(s);
            } else if (s.type().isBoolOrTristate()) {
                inputs.put(s, encoder.tristate(s));
            } else {
                inputs.put(s, encoder.valued(s));
            }
        }
        choices.forEach(encoder::choice);
        if (transitional > 0) {
            notes.add(transitional + " transitional symbols are left at their defaults (never set by a sample)");
        }
        notes.add("int, hex and string symbols take only the values the tree mentions for them");
    }

    /** The formula of the tree's constraints. */
    public static KconfigFormula of(Kconfig kconfig) {
        return new KconfigFormula(kconfig, Map.of());
    }

    /** The formula, with more values allowed for some int, hex or string symbols (e.g. the current .config's). */
    public static KconfigFormula of(Kconfig kconfig, Map<Symbol, ? extends Collection<String>> extraValues) {
        return new KconfigFormula(kconfig, extraValues);
    }

    public Kconfig kconfig() {
        return kconfig;
    }

    public Cnf cnf() {
        return cnf;
    }

    /** The symbols whose values the formula holds: every typed, named symbol. */
    public List<Symbol> symbols() {
        return Collections.unmodifiableList(symbols);
    }

    /** What the translation leaves out or restricts, for the output of the tools that use it. */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /**
     * The literals that together say "{@code s} has {@code value}" (n, m or y for bool and tristate), or
     * null when the formula has no such value for it.
     */
    public int[] cube(Symbol s, String value) {
        if (s.type().isBoolOrTristate()) {
            Tristate t = switch (value) {
                case "y" -> Tristate.YES;
                case "m" -> Tristate.MOD;
                case "n" -> Tristate.NO;
                default -> null;
            };
            if (t == null || (t == Tristate.MOD && s.type() != SymbolType.TRISTATE)) return null;
            Tri v = vars.tri(s);
            return switch (t) {
                case NO -> new int[] {-v.atLeastM()};
                case MOD -> new int[] {v.atLeastM(), -v.isY()};
                case YES -> new int[] {v.isY()};
            };
        }
        Map<String, Integer> oneHot = vars.oneHot(s);
        Integer lit = oneHot == null ? null : oneHot.get(value);
        return lit == null ? null : new int[] {lit};
    }

    /** The values the formula allows {@code s}: n/m/y, or the int, hex or string symbol's domain. */
    public List<String> domain(Symbol s) {
        if (s.type() == SymbolType.BOOL) return List.of("n", "y");
        if (s.type() == SymbolType.TRISTATE) return List.of("n", "m", "y");
        return List.copyOf(vars.oneHot(s).keySet());
    }

    /**
     * Literals that keep every int, hex and string symbol at its default: a solver that prefers them picks
     * other values only where the constraints need them.
     */
    public int[] defaultsPreferred() {
        return inputs.values().stream().filter(i -> i instanceof Inputs.Valued)
                .mapToInt(i -> -((Inputs.Valued) i).userSet()).filter(lit -> lit != Cnf.TRUE).toArray();
    }

    /**
     * A literal that says the user's input to {@code s} stays as it is now: the current value as its user
     * value if the symbol is visible now (as a .config gives it), no user value if it is not. A choice
     * member counts only when it becomes the selected one. Values that change on their own (a default,
     * a select, the symbol turning invisible) keep the input. Adds gates: call before making a solver.
     */
    public int keepsInput(Symbol s, String currentValue, boolean visibleNow) {
        if (s.isChoiceMember()) return currentValue.equals("y") ? Cnf.TRUE : -vars.tri(s).isY();
        return switch (inputs.get(s)) {
            case Inputs.Tristate t -> visibleNow
                    ? cnf.or(-t.userPossible(), t.chosen().equalTo(cnf, triOf(currentValue)))
                    : t.chosen().equalTo(cnf, t.byDefault());
            case Inputs.Valued v -> visibleNow
                    ? cnf.or(-v.userPossible(), v.chosen().getOrDefault(currentValue, Cnf.FALSE))
                    : -v.userSet();
        };
    }

    private static Tri triOf(String letter) {
        return switch (letter) {
            case "y" -> Tri.YES;
            case "m" -> Tri.MOD;
            default -> Tri.NO;
        };
    }

    /** The value of a symbol in a model, as .config writes it (without quotes). */
    public String value(Symbol s, Model m) {
        if (s.type().isBoolOrTristate()) return letter(vars.tri(s), m);
        return selected(vars.oneHot(s), m);
    }

    private static String letter(Tri t, Model m) {
        return m.holds(t.isY()) ? "y" : m.holds(t.atLeastM()) ? "m" : "n";
    }

    private static String selected(Map<String, Integer> oneHot, Model m) {
        for (Map.Entry<String, Integer> e : oneHot.entrySet()) {
            if (m.holds(e.getValue())) return e.getKey();
        }
        throw new IllegalStateException("no value selected in a model");
    }

    /**
     * The user value the symbol needs so that the engine reproduces the model, or null when its defaults
     * give it that value. A choice member needs y when it is the selected one.
     */
    public String userValue(Symbol s, Model m) {
        if (s.isChoiceMember()) return m.holds(vars.tri(s).isY()) ? "y" : null;
        return switch (inputs.get(s)) {
            case Inputs.Tristate t -> {
                String chosen = letter(t.chosen(), m);
                yield chosen.equals(letter(t.byDefault(), m)) ? null : chosen;
            }
            case Inputs.Valued v -> {
                String chosen = selected(v.chosen(), m);
                yield chosen.equals(selected(v.byDefault(), m)) ? null : chosen;
            }
        };
    }

    /** The user values of a model as defconfig text, which the engine reads as a defconfig. */
    public String userValues(Model m) {
        String prefix = kconfig.configPrefix();
        StringBuilder out = new StringBuilder();
        for (Symbol s : symbols) {
            String u = userValue(s, m);
            if (u == null) continue;
            if (s.type().isBoolOrTristate() && u.equals("n")) {
                out.append("# ").append(prefix).append(s.name()).append(" is not set\n");
            } else {
                out.append(prefix).append(s.name()).append('=')
                        .append(s.type() == SymbolType.STRING ? ConfigWriter.quote(u) : u).append('\n');
            }
        }
        return out.toString();
    }
}
