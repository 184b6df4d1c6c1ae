package dev.tailor.kconfig.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translation is exact on small trees: the configurations the engine produces from every combination
 * of user values (each symbol with a prompt unset or set to each value of its domain) are exactly the
 * value combinations the formula has a model for, and the user values read back from each model give the
 * engine that model's values.
 */
class TranslationExhaustiveTest {
    @TempDir
    Path dir;

    static final String MODULES = "config MODULES\n\tbool \"modules\"\n\tmodules\n";

    @ParameterizedTest
    @ValueSource(strings = {
        // depends on, select overriding it, imply within the dependencies
        "config A\n\tbool \"a\"\nconfig B\n\tbool \"b\"\n\tdepends on A\nconfig C\n\tbool \"c\"\n\tselect B\n"
                + "config D\n\tbool \"d\"\n\tdepends on A\n\timply E\nconfig E\n\tbool \"e\"\n\tdepends on B\n",
        // tristates with modules, m defaults, a bool depending on a tristate
        MODULES + "config T\n\ttristate \"t\"\n\tdefault m\nconfig U\n\ttristate \"u\"\n\tdepends on T\n"
                + "config V\n\tbool \"v\"\n\tdepends on U\n\tdefault y\nconfig W\n\ttristate\n\tdefault U || V\n",
        // a choice, an optional one, a member that depends on another symbol, a select from a member
        "config A\n\tbool \"a\"\nchoice\n\tprompt \"pick\"\n\tdefault Y\nconfig X\n\tbool \"x\"\n\tdepends on A\n"
                + "\tselect S\nconfig Y\n\tbool \"y\"\nendchoice\nchoice\n\tprompt \"maybe\"\n\toptional\n"
                + "config P\n\tbool \"p\"\nconfig Q\n\tbool \"q\"\n\tdepends on !A\nendchoice\nconfig S\n\tbool\n",
        // int with a conditional range and defaults, a comparison, a string default and comparison
        "config A\n\tbool \"a\"\nconfig N\n\tint \"n\"\n\trange 1 8 if A\n\trange 0 100\n\tdefault 16 if A\n"
                + "\tdefault 4\nconfig BIG\n\tbool \"big\"\n\tdepends on N > 4\nconfig S\n\tstring \"s\"\n"
                + "\tdefault \"x\" if A\nconfig SX\n\tbool\n\tdefault S = \"x\"\nconfig H\n\thex\n\tdefault 0x10\n"
                + "\tdepends on BIG\n",
        // prompt with its own condition, default beyond it, visible if, menus
        MODULES + "config A\n\ttristate \"a\"\nmenu \"m\"\n\tvisible if A\nconfig B\n\ttristate \"b\" if A = y\n"
                + "\tdefault y\nendmenu\nconfig C\n\tbool \"c\"\n\tdefault B\n",
    })
    void engineAndFormulaAgree(String kconfigText) throws IOException {
        Files.writeString(dir.resolve("Kconfig"), kconfigText, StandardCharsets.ISO_8859_1);
        Kconfig k = Kconfig.load("Kconfig", new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent()));
        KconfigFormula f = KconfigFormula.of(k);
        List<Symbol> symbols = f.symbols();
        Set<String> byEngine = new TreeSet<>();
        List<Symbol> settable = new ArrayList<>();
        for (Symbol s : symbols) {
            if (s.properties().stream().anyMatch(p -> p.text() != null)) settable.add(s);
        }
        enumerateUserValues(k, f, settable, 0, new StringBuilder(), byEngine);
        SatSolver solver = new SatSolver(f.cnf());
        Set<String> byFormula = new TreeSet<>();
        EngineCheck check = new EngineCheck(f);
        enumerateModels(f, solver, symbols, 0, new ArrayList<>(), new StringBuilder(), byFormula, check);
        assertEquals(byEngine, byFormula);
        assertTrue(byEngine.size() > 1);
    }

    /** Every combination of user values through the engine, collecting the resulting values. */
    private void enumerateUserValues(Kconfig k, KconfigFormula f, List<Symbol> settable, int i, StringBuilder text,
            Set<String> out) {
        if (i == settable.size()) {
            new ConfigReader(k).readValues(text.toString(), "<test>");
            new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
            StringBuilder values = new StringBuilder();
            for (Symbol s : f.symbols()) values.append(s.name()).append('=').append(s.stringValue()).append(' ');
            out.add(values.toString());
            return;
        }
        Symbol s = settable.get(i);
        enumerateUserValues(k, f, settable, i + 1, text, out);
        for (String v : f.domain(s)) {
            if (!s.isValidValue(v)) continue;
            int len = text.length();
            text.append("CONFIG_").append(s.name()).append('=')
                    .append(s.type() == SymbolType.STRING ? ConfigWriter.quote(v) : v).append('\n');
            enumerateUserValues(k, f, settable, i + 1, text, out);
            text.setLength(len);
        }
    }

    /** Every combination of values the formula has a model for; each model also goes through the engine. */
    private void enumerateModels(KconfigFormula f, SatSolver solver, List<Symbol> symbols, int i, List<Integer> cube,
            StringBuilder values, Set<String> out, EngineCheck check) {
        int[] assumptions = cube.stream().mapToInt(Integer::intValue).toArray();
        if (!solver.solve(assumptions)) return;
        if (i == symbols.size()) {
            Model m = solver.model();
            out.add(values.toString());
            assertEquals(List.of(), check.apply(m), () -> "user values:\n" + f.userValues(m));
            return;
        }
        Symbol s = symbols.get(i);
        for (String v : f.domain(s)) {
            int len = values.length();
            int size = cube.size();
            for (int lit : f.cube(s, v)) cube.add(lit);
            values.append(s.name()).append('=').append(v).append(' ');
            enumerateModels(f, solver, symbols, i + 1, cube, values, out, check);
            values.setLength(len);
            while (cube.size() > size) cube.removeLast();
        }
    }
}
