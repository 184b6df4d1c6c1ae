package dev.tailor.kconfig;

import java.util.List;

/**
 * The configuration modes of Linux's conf: fill in every symbol that has no user value with n, m, y,
 * its default or a random value (all*config, randconfig), list new symbols, or ask for them.
 */
public final class ConfigTool {
    /** What to give symbols that have no user value. */
    public enum Fill { NO, MOD, YES, DEFAULT, RANDOM }

    private final Kconfig kconfig;

    public ConfigTool(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    /** Gives every promptable bool/tristate symbol without a user value the fill value (conf_set_all_new_symbols). */
    public void fillNewSymbols(Fill mode, RandomSettings random) {
        GlibcRandom rng = mode == Fill.RANDOM ? new GlibcRandom(random.seed()) : null;
        for (MenuNode menu = kconfig.root.list; menu != null; menu = menu.nextInTree(kconfig.root)) {
            Symbol sym = menu.sym;
            if (sym == null || menu.prompt == null || sym.hasUserValue() || !sym.type().isBoolOrTristate()
                    || sym.isChoiceMember()) {
                continue;
            }
            if (sym.isChoice()) {
                if (rng != null) randomizeChoice(menu, rng);
                continue;
            }
            Tristate val;
            switch (mode) {
                case YES -> val = Tristate.YES;
                case MOD -> val = Tristate.MOD;
                case NO -> val = Tristate.NO;
                case RANDOM -> {
                    int cnt = rng.next() % 100;
                    val = Tristate.NO;
                    if (sym.type() == SymbolType.TRISTATE) {
                        if (cnt < random.tristateYes()) val = Tristate.YES;
                        else if (cnt < random.tristateYes() + random.tristateMod()) val = Tristate.MOD;
                    } else if (cnt < random.boolYes()) {
                        val = Tristate.YES;
                    }
                }
                default -> {
                    continue;
                }
            }
            sym.setUserValue(val);
        }
        kconfig.invalidateAll();
    }

    private static void randomizeChoice(MenuNode choice, GlibcRandom rng) {
        int cnt = 0;
        for (MenuNode m = choice.list; m != null; m = m.nextInTree(choice)) {
            if (m.sym != null && !m.sym.hasUserValue()) cnt++;
        }
        while (cnt > 0) {
            int x = rng.next() % cnt;
            for (MenuNode m = choice.list; m != null; m = m.nextInTree(choice)) {
                Symbol sym = m.sym;
                if (sym != null && !sym.hasUserValue()) x--;
                if (x < 0) {
                    sym.setUserValue(Tristate.YES);
                    // Lower priority than anything the user gave explicitly.
                    choice.choiceMembers.remove(sym);
                    choice.choiceMembers.addLast(sym);
                    break;
                }
            }
            cnt--;
        }
    }

    /** The symbols an oldconfig would ask about: visible, changeable, without a user value (listnewconfig). */
    public List<Symbol> newSymbols() {
        List<Symbol> out = new java.util.ArrayList<>();
        collectNew(kconfig.root, out);
        return out;
    }

    private void collectNew(MenuNode menu, List<Symbol> out) {
        if (menu != kconfig.root && !menu.isVisible()) return;
        Symbol sym = menu.sym;
        if (sym != null && !sym.hasUserValue() && sym.isChangeable() && sym.name() != null && !out.contains(sym)) {
            out.add(sym);
        }
        for (MenuNode child = menu.list; child != null; child = child.next) collectNew(child, out);
    }

    /** The probabilities and seed of randconfig, from KCONFIG_PROBABILITY and KCONFIG_SEED. */
    public record RandomSettings(int seed, int boolYes, int tristateYes, int tristateMod) {
        /** A KCONFIG_SEED as Linux reads it (strtol, base 0); null when it is not a whole number. */
        public static Integer parseSeed(String seed) {
            if (seed == null || seed.isEmpty()) return null;
            Comparison.CNumber n = Comparison.CNumber.parse(seed, 0, false);
            return n.end() == seed.length() ? (int) n.value() : null;
        }

        /**
         * The settings of a seed and a KCONFIG_PROBABILITY, parsed as Linux does: "Y" (bool y; tristate y and
         * m get half each), "Y:M" (tristate y and m; bool y = their sum) or "BY:TY:TM"; null or "" for 50:33:33.
         */
        public static RandomSettings of(int seed, String probability) {
            int pby = 50, pty = 33, ptm = 33;
            if (probability != null && !probability.isEmpty()) {
                String[] parts = probability.split(":", -1);
                int[] p = new int[Math.min(parts.length, 3)];
                for (int i = 0; i < p.length; i++) {
                    Comparison.CNumber n = Comparison.CNumber.parse(parts[i], 10, false);
                    if (n.value() < 0 || n.value() > 100) {
                        throw new KconfigException("KCONFIG_PROBABILITY: Numerical result out of range");
                    }
                    p[i] = (int) n.value();
                }
                switch (p.length) {
                    case 1 -> {
                        pby = p[0];
                        ptm = pby / 2;
                        pty = pby - ptm;
                    }
                    case 2 -> {
                        pty = p[0];
                        ptm = p[1];
                        pby = pty + ptm;
                    }
                    default -> {
                        pby = p[0];
                        pty = p[1];
                        ptm = p[2];
                    }
                }
                if (pty + ptm > 100) throw new KconfigException("KCONFIG_PROBABILITY: Numerical result out of range");
            }
            return new RandomSettings(seed, pby, pty, ptm);
        }
    }
}
