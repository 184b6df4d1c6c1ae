package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of randconfig results: a written .config reads back to itself, savedefconfig followed by
 * defconfig restores it, and olddefconfig is idempotent. On the Linux 6.18 tree (loaded once: reading a
 * configuration clears all user values and choice priorities, so reuse equals a fresh load) and on
 * generated small trees (jqwik).
 */
class RandconfigPropertyTest {
    private static Kconfig linuxTree;
    private static Path work;

    @BeforeAll
    static void createWork() throws IOException {
        work = Files.createTempDirectory("randconfig");
    }

    /**
     * The Linux 6.18 tree, loaded on first use. Without the corpus the calling test is skipped (an
     * assumption), which a @BeforeAll could not do without hiding the whole class from the counts.
     */
    private static Kconfig linux() throws IOException {
        Path corpus = Corpus.dir("linux-6.18");
        if (linuxTree == null) linuxTree = Corpus.load(corpus, "Kconfig", Diagnostics.silent());
        return linuxTree;
    }

    @AfterAll
    static void cleanUp() throws IOException {
        deleteTree(work);
    }

    // ---- the checks, for any tree ----

    static String text(Path p) {
        try {
            return ByteText.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, ByteText.encode(content));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void read(Kconfig k, Path dir, String name, String content) {
        try {
            new ConfigReader(k).read(write(dir, name, content), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every user value and choice priority: the state of a fresh load. */
    static void reset(Kconfig k, Path dir) {
        try {
            new ConfigReader(k).readValues(write(dir, "empty", ""), "empty");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String randconfig(Kconfig k, Path dir, String seed, String probability) {
        reset(k, dir);
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.RANDOM,
                ConfigTool.RandomSettings.of(
                java.util.Objects.requireNonNullElse(ConfigTool.RandomSettings.parseSeed(seed), 0), probability));
        return new ConfigWriter(k).dotConfig();
    }

    /** The round trips every randconfig result must survive. */
    static void checkRoundTrips(Kconfig k, Path dir, String original, String what) {
        ConfigWriter w = new ConfigWriter(k);

        // The written .config reads back to itself, and counts as unchanged.
        read(k, dir, ".config", original);
        assertEquals(false, k.isChanged(), what + ": reading the written .config marks it changed");
        assertEquals(original, w.dotConfig(), what + ": .config does not read back to itself");

        // savedefconfig, then defconfig with its output, gives the same .config.
        String minimal = w.minimalConfig();
        read(k, dir, "defconfig", minimal);
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        assertEquals(original, w.dotConfig(), what + ": savedefconfig + defconfig differs; defconfig was:\n" + minimal);

        // The minimal configuration is a fixpoint of savedefconfig.
        assertEquals(minimal, w.minimalConfig(), what + ": savedefconfig of the restored configuration differs");
    }

    /**
     * olddefconfig of a damaged .config: the written result reads back to itself. With {@code strict}
     * false, one more round is allowed first: a symbol whose prompt condition ("bool "x" if C", "visible
     * if") is below its dependencies gets its default unlimited by that condition when it has no user
     * value (Linux's sym_calc_value), but its written value read back as a user value is limited by it.
     * Linux behaves the same way, so only convergence is checked then.
     */
    static void checkOlddefconfigIdempotent(Kconfig k, Path dir, String original, long seed, String what,
            boolean strict) {
        String damaged = damage(original, new Random(seed));
        read(k, dir, ".config", damaged);
        String once = new ConfigWriter(k).dotConfig();
        read(k, dir, ".config", once);
        String twice = new ConfigWriter(k).dotConfig();
        if (strict) {
            assertEquals(once, twice, what + ": olddefconfig is not idempotent");
            return;
        }
        read(k, dir, ".config", twice);
        assertEquals(twice, new ConfigWriter(k).dotConfig(), what + ": olddefconfig does not converge");
    }

    /** Drops, flips and reorders lines of a .config, as a user editing it by hand might. */
    static String damage(String config, Random r) {
        List<String> lines = new ArrayList<>(config.lines().toList());
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int dice = r.nextInt(100);
            if (dice < 5) continue;
            if (dice < 15 && line.startsWith("# CONFIG_") && line.endsWith(" is not set")) {
                out.add(line.substring(2, line.length() - " is not set".length()) + "=y");
            } else if (dice < 25 && line.startsWith("CONFIG_") && line.endsWith("=y")) {
                out.add("# " + line.substring(0, line.length() - 2) + " is not set");
            } else if (dice < 28 && line.startsWith("CONFIG_") && line.endsWith("=y")) {
                out.add(line.substring(0, line.length() - 1) + "m");
            } else {
                out.add(line);
            }
        }
        for (int i = 0; i < out.size() / 20; i++) {
            int a = r.nextInt(out.size());
            int b = r.nextInt(out.size());
            String tmp = out.get(a);
            out.set(a, out.get(b));
            out.set(b, tmp);
        }
        return String.join("\n", out) + "\n";
    }

    // ---- Linux 6.18 ----

    @ParameterizedTest(name = "KCONFIG_SEED={0}")
    @ValueSource(strings = {"1", "2", "3", "42", "1000", "4711", "65535", "0x2a2a2a", "123456789", "-7"})
    void linuxRandconfigRoundTrips(String seed) throws IOException {
        Kconfig linux = linux();
        String original = randconfig(linux, work, seed, null);
        assertTrue(original.contains("CONFIG_64BIT=y"), "x86_64 tree");
        checkRoundTrips(linux, work, original, "linux seed " + seed);
        checkOlddefconfigIdempotent(linux, work, original, seed.hashCode(), "linux seed " + seed, true);
    }

    @Test
    void linuxRandconfigIsDeterministicPerSeed() throws IOException {
        Kconfig linux = linux();
        String a = randconfig(linux, work, "5", null);
        String b = randconfig(linux, work, "6", null);
        assertNotEquals(a, b);
        assertEquals(a, randconfig(linux, work, "5", null));
    }

    // ---- small generated trees ----

    private static Path smallWork;

    @BeforeContainer
    static void smallSetUp() throws IOException {
        smallWork = Files.createTempDirectory("randconfig-small");
    }

    @AfterContainer
    static void smallCleanUp() throws IOException {
        deleteTree(smallWork);
    }

    @Provide
    Arbitrary<String> probabilities() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.integers().between(0, 100).map(String::valueOf),
                Arbitraries.integers().between(0, 100).flatMap(y -> Arbitraries.integers().between(0, 100 - y)
                        .map(m -> y + ":" + m)),
                Arbitraries.integers().between(0, 100).flatMap(b -> Arbitraries.integers().between(0, 100)
                        .flatMap(y -> Arbitraries.integers().between(0, 100 - y).map(m -> b + ":" + y + ":" + m))));
    }

    @Property(tries = 250)
    void generatedTreesRoundTrip(@ForAll long treeSeed, @ForAll int configSeed,
            @ForAll("probabilities") String probability) throws IOException {
        String tree = RandomTree.generate(new Random(treeSeed));
        Path dir = Files.createTempDirectory(smallWork, "t");
        String what = "tree seed " + treeSeed + ", KCONFIG_SEED=" + configSeed + ", KCONFIG_PROBABILITY="
                + probability + ", tree in " + dir.resolve("Kconfig");
        write(dir, "Kconfig", tree);
        Kconfig k = Kconfig.load("Kconfig", new Kconfig.LoadOptions(java.util.Map.of(), dir, cmd -> "",
                Diagnostics.silent()));
        String original = randconfig(k, dir, String.valueOf(configSeed), probability);
        try {
            checkRoundTrips(k, dir, original, what);
            // Undamaged, the randconfig result itself is a fixpoint (checked by checkRoundTrips).
            boolean hiddenPrompts = tree.contains("\tvisible if ") || tree.lines().anyMatch(
                    l -> l.matches("\t(bool|tristate|int|hex|string) \".*\" if .*"));
            checkOlddefconfigIdempotent(k, dir, original, treeSeed ^ configSeed, what, !hiddenPrompts);
        } catch (AssertionError e) {
            // Keep the tree and the randconfig result for reproduction.
            Path keep = Files.createTempDirectory("randconfig-failure");
            write(keep, "Kconfig", tree);
            write(keep, "randconfig.config", original);
            throw new AssertionError(e.getMessage() + "\n(kept in " + keep + ")", e);
        }
        deleteTree(dir);
    }

    // ---- probabilities ----

    private static final String FLAT = flatTree();

    private static String flatTree() {
        StringBuilder sb = new StringBuilder("config MODULES\n\tbool \"modules\"\n\tmodules\n\tdefault y\n");
        for (int i = 0; i < 30; i++) {
            sb.append("config B").append(i).append("\n\tbool \"b\"\n");
            sb.append("config T").append(i).append("\n\ttristate \"t\"\n");
        }
        return sb.toString();
    }

    private static Kconfig flat() throws IOException {
        Path dir = Files.createTempDirectory(work, "flat");
        write(dir, "Kconfig", FLAT);
        return Kconfig.load("Kconfig", new Kconfig.LoadOptions(java.util.Map.of(), dir, null, Diagnostics.silent()));
    }

    private static List<String> valuesOf(Kconfig k, String prefix) {
        return k.symbols().stream().filter(s -> s.name().startsWith(prefix)).map(Symbol::stringValue).toList();
    }

    @Test
    void probabilityZeroSetsEverythingToN() throws IOException {
        Kconfig k = flat();
        // MODULES is random too: with "0" it is n, and every tristate is a bool.
        randconfig(k, work, "11", "0");
        assertEquals(List.of("n"), valuesOf(k, "B").stream().distinct().toList());
        assertEquals(List.of("n"), valuesOf(k, "T").stream().distinct().toList());
    }

    @Test
    void probabilityOneHundredSetsBoolsToYAndSplitsTristates() throws IOException {
        Kconfig k = flat();
        randconfig(k, work, "11", "100");
        assertEquals(List.of("y"), valuesOf(k, "B").stream().distinct().toList());
        assertEquals("y", k.symbol("MODULES").stringValue());
        assertEquals(List.of("m", "y"), valuesOf(k, "T").stream().distinct().sorted().toList());
    }

    @Test
    void twoProbabilitiesAreTristateYesAndMod() throws IOException {
        Kconfig k = flat();
        randconfig(k, work, "3", "0:100");
        assertEquals(List.of("y"), valuesOf(k, "B").stream().distinct().toList(), "bool y = 0 + 100");
        assertEquals(List.of("m"), valuesOf(k, "T").stream().distinct().toList());
        randconfig(k, work, "3", "100:0");
        assertEquals(List.of("y"), valuesOf(k, "T").stream().distinct().toList());
    }

    @Test
    void threeProbabilitiesAreBoolTristateYesTristateMod() throws IOException {
        Kconfig k = flat();
        randconfig(k, work, "9", "0:0:100");
        assertEquals(List.of("n"), valuesOf(k, "B").stream().distinct().toList());
        // MODULES itself is a bool: n with these settings, so the m are y.
        assertEquals(List.of("y"), valuesOf(k, "T").stream().distinct().toList());
    }

    @Test
    void fiftyPercentGivesBothValues() throws IOException {
        Kconfig k = flat();
        randconfig(k, work, "1", "50");
        assertEquals(List.of("n", "y"), valuesOf(k, "B").stream().distinct().sorted().toList());
    }

    @Test
    void probabilitiesOutOfRangeAreRejected() {
        assertThrows(KconfigException.class, () -> ConfigTool.RandomSettings.of(1, "101"));
        assertThrows(KconfigException.class, () -> ConfigTool.RandomSettings.of(1, "60:50"));
        assertThrows(KconfigException.class, () -> ConfigTool.RandomSettings.of(1, "10:-1"));
        assertEquals(new ConfigTool.RandomSettings(42, 50, 33, 33), ConfigTool.RandomSettings.of(42, null));
        assertEquals(new ConfigTool.RandomSettings(42, 50, 33, 33), ConfigTool.RandomSettings.of(42, ""));
        assertEquals(new ConfigTool.RandomSettings(7, 30, 15, 15), ConfigTool.RandomSettings.of(7, "30"));
        assertEquals(new ConfigTool.RandomSettings(7, 30, 20, 10), ConfigTool.RandomSettings.of(7, "20:10"));
        assertEquals(new ConfigTool.RandomSettings(7, 5, 20, 10), ConfigTool.RandomSettings.of(7, "5:20:10"));
    }

    @Test
    void seedsAreReadAsStrtolReadsThem() {
        assertEquals(42, ConfigTool.RandomSettings.parseSeed("42"));
        assertEquals(42, ConfigTool.RandomSettings.parseSeed("0x2a"));
        assertEquals(8, ConfigTool.RandomSettings.parseSeed("010"));
        assertNull(ConfigTool.RandomSettings.parseSeed("42z"));
        assertNull(ConfigTool.RandomSettings.parseSeed(""));
        assertNull(ConfigTool.RandomSettings.parseSeed(null));
    }

    /**
     * Random acyclic Kconfig trees: every dependency, condition and default refers to earlier symbols
     * only (select and imply to later ones), so there are no dependency loops. Bool, tristate, int, hex
     * and string symbols, prompts with conditions, defaults, ranges, select, imply, menuconfig, choices
     * (with defaults and dependencies), menus with "depends on" and "visible if", if-blocks, comments.
     */
    static final class RandomTree {
        private final Random r;
        private final StringBuilder out = new StringBuilder();
        /** name -> type ("bool", "tristate", "int", "hex", "string") of symbols defined so far. */
        private final List<String[]> defined = new ArrayList<>();
        /** Planned slots: a type for a config, or "choice:N". */
        private final List<String> plan = new ArrayList<>();

        private RandomTree(Random r) {
            this.r = r;
        }

        static String generate(Random r) {
            return new RandomTree(r).build();
        }

        private static final String[] TYPES = {"bool", "bool", "bool", "tristate", "tristate", "tristate", "int", "hex",
            "string"};

        private String build() {
            out.append("config MODULES\n\tbool \"modules\"\n\tmodules\n\tdefault y\n");
            defined.add(new String[] {"MODULES", "bool"});
            int slots = 3 + r.nextInt(22);
            for (int i = 0; i < slots; i++) {
                plan.add(r.nextInt(8) == 0 ? "choice:" + (2 + r.nextInt(3)) : TYPES[r.nextInt(TYPES.length)]);
            }
            List<String> closers = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                boolean hiddenPrompts = false;
                if (r.nextInt(7) == 0) {
                    if (r.nextBoolean()) {
                        out.append("menu \"Menu ").append(i).append("\"\n");
                        if (r.nextInt(3) == 0) out.append("\tdepends on ").append(cond(2)).append('\n');
                        // "visible if" limits prompts only: see selectable().
                        if (!selectable(i) && r.nextInt(3) == 0) {
                            out.append("\tvisible if ").append(cond(1)).append('\n');
                            hiddenPrompts = true;
                        }
                        closers.add("endmenu\n");
                    } else {
                        out.append("if ").append(cond(2)).append('\n');
                        closers.add("endif\n");
                    }
                }
                String slot = plan.get(i);
                if (slot.startsWith("choice:")) {
                    choice(i, Integer.parseInt(slot.substring(7)));
                } else {
                    config("S" + i, slot, i, false);
                }
                if (!closers.isEmpty() && (hiddenPrompts || r.nextInt(3) == 0)) out.append(closers.removeLast());
                if (r.nextInt(6) == 0) out.append("comment \"comment ").append(i).append("\"\n");
            }
            while (!closers.isEmpty()) out.append(closers.removeLast());
            return out.toString();
        }

        private void config(String name, String type, int slot, boolean member) {
            boolean logic = type.equals("bool") || type.equals("tristate");
            boolean menuconfig = !member && logic && r.nextInt(6) == 0;
            out.append(menuconfig ? "menuconfig " : "config ").append(name).append('\n');
            boolean prompt = member || menuconfig || r.nextInt(5) != 0;
            out.append('\t').append(type);
            if (prompt) {
                out.append(" \"").append(name.toLowerCase()).append('"');
                if (!(selectable(slot) && !member) && r.nextInt(5) == 0) out.append(" if ").append(cond(2));
            }
            out.append('\n');
            if (r.nextInt(3) == 0) out.append("\tdepends on ").append(cond(2)).append('\n');
            if (!member) {
                int defaults = r.nextInt(3);
                for (int d = 0; d < defaults; d++) {
                    out.append("\tdefault ").append(value(type));
                    if (r.nextBoolean()) out.append(" if ").append(cond(2));
                    out.append('\n');
                }
                if ((type.equals("int") || type.equals("hex")) && r.nextInt(3) == 0) {
                    int lo = r.nextInt(50);
                    int hi = lo + r.nextInt(50);
                    String f = type.equals("hex") ? "0x%x" : "%d";
                    out.append("\trange ").append(String.format(f, lo)).append(' ').append(String.format(f, hi));
                    if (r.nextInt(3) == 0) out.append(" if ").append(cond(1));
                    out.append('\n');
                }
                if (logic) {
                    for (String kw : List.of("select", "imply")) {
                        if (r.nextInt(3) != 0) continue;
                        String target = laterLogicSymbol(slot, kw.equals("select"));
                        if (target == null) continue;
                        out.append('\t').append(kw).append(' ').append(target);
                        if (r.nextInt(3) == 0) out.append(" if ").append(cond(1));
                        out.append('\n');
                    }
                }
            }
            if (r.nextInt(8) == 0) out.append("\thelp\n\t  Help of ").append(name).append(".\n\n\t  More.\n");
            defined.add(new String[] {name, type});
        }

        private void choice(int slot, int members) {
            out.append("choice\n\tprompt \"choice ").append(slot).append("\"\n");
            if (r.nextInt(4) == 0) out.append("\tdepends on ").append(cond(1)).append('\n');
            // No "optional": savedefconfig drops the default member of an optional choice (engine bug,
            // see ConfigIoTest.savedefconfigWritesTheSelectedMemberOfAnOptionalChoice).
            int def = r.nextInt(members + 1);
            if (def < members) {
                out.append("\tdefault C").append(slot).append('_').append(def);
                if (r.nextInt(3) == 0) out.append(" if ").append(cond(1));
                out.append('\n');
            }
            // Members may depend on what precedes the choice, not on each other (that is a dependency loop).
            List<String[]> added = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                config("C" + slot + "_" + m, "bool", slot, true);
                added.add(defined.removeLast());
            }
            defined.addAll(added);
            out.append("endchoice\n");
        }

        /**
         * Whether slot i may be the target of a select. Such symbols get no prompt condition and no
         * "visible if" menu, and are never implied: a selected symbol whose visibility is below its
         * dependencies is not changeable, so Linux's savedefconfig drops its user value although a
         * default or an imply would then give another value (a limitation of Linux, not of the engine).
         */
        private boolean selectable(int i) {
            return i % 2 == 0;
        }

        private String laterLogicSymbol(int slot, boolean select) {
            List<String> targets = new ArrayList<>();
            for (int j = slot + 1; j < plan.size(); j++) {
                if ((plan.get(j).equals("bool") || plan.get(j).equals("tristate")) && selectable(j) == select) {
                    targets.add("S" + j);
                }
            }
            return targets.isEmpty() ? null : targets.get(r.nextInt(targets.size()));
        }

        private String[] earlier(String... types) {
            List<String[]> c = defined.stream().filter(d -> List.of(types).contains(d[1])).toList();
            return c.isEmpty() ? null : c.get(r.nextInt(c.size()));
        }

        private String cond(int depth) {
            int dice = r.nextInt(depth <= 0 ? 4 : 9);
            String[] logic = earlier("bool", "tristate");
            switch (dice) {
                case 0, 1, 2: return logic != null ? logic[0] : "y";
                case 3: {
                    String[] num = earlier("int", "hex", "string");
                    if (num == null) return "m";
                    String op = List.of("=", "!=", "<", "<=", ">", ">=").get(r.nextInt(6));
                    return num[0] + " " + op + " " + value(num[1]);
                }
                case 4: return "!" + cond(depth - 1);
                case 5, 6: return cond(depth - 1) + " && " + cond(depth - 1);
                case 7: return "(" + cond(depth - 1) + " || " + cond(depth - 1) + ")";
                default: return logic != null ? logic[0] + " " + (r.nextBoolean() ? "=" : "!=") + " "
                        + List.of("y", "m", "n").get(r.nextInt(3)) : "m";
            }
        }

        private String value(String type) {
            switch (type) {
                case "bool", "tristate": return r.nextInt(3) == 0 ? cond(1) : List.of("y", "m", "n").get(r.nextInt(3));
                case "int": {
                    String[] s = earlier("int");
                    return s != null && r.nextInt(3) == 0 ? s[0] : String.valueOf(r.nextInt(120) - 10);
                }
                case "hex": {
                    String[] s = earlier("hex");
                    return s != null && r.nextInt(3) == 0 ? s[0] : "0x" + Integer.toHexString(r.nextInt(200));
                }
                default: {
                    String[] s = earlier("string");
                    return s != null && r.nextInt(3) == 0 ? s[0] : "\"str" + r.nextInt(5) + (r.nextInt(4) == 0 ? "\\\"q" : "") + "\"";
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
