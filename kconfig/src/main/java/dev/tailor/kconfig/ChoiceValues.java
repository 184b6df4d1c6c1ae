package dev.tailor.kconfig;

import java.util.List;

/**
 * Which member of a choice block is y (Linux 6.x rules): the first visible member, in priority order,
 * whose user value is y; else the choice's default unless the user set it to n; else the first visible
 * member without a user value; else the visible member with the lowest priority.
 */
final class ChoiceValues {
    private ChoiceValues() {}

    static Symbol calculate(MenuNode choice) {
        Symbol res = null;
        for (Symbol sym : choice.choiceMembers) {
            sym.calcVisibility();
            if (sym.computedVisibility() == Tristate.NO) continue;
            if (sym.hasUserValue() && sym.userTristate() == Tristate.YES) {
                res = sym;
                break;
            }
        }
        if (res == null && !choice.optional) res = fallback(choice);
        Symbol chosen = res;
        choice.forEachDescendant(m -> {
            Symbol sym = m.sym;
            if (sym == null || sym.computedVisibility() == Tristate.NO) return;
            sym.setChoiceValue(sym == chosen);
        });
        return res;
    }

    private static Symbol fallback(MenuNode choice) {
        Symbol res = defaultMember(choice);
        if (res != null && res.hasUserValue() && res.userTristate() == Tristate.NO) res = null;
        if (res != null) return res;
        for (MenuNode m = choice.list; m != null; m = m.nextInTree(choice)) {
            Symbol sym = m.sym;
            if (sym != null && sym.computedVisibility() != Tristate.NO && !sym.hasUserValue()) return sym;
        }
        List<Symbol> members = choice.choiceMembers;
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).computedVisibility() != Tristate.NO) return members.get(i);
        }
        return null;
    }

    /** The choice's first applicable visible default, else its first visible member (sym_choice_default). */
    static Symbol defaultMember(MenuNode choice) {
        Symbol def = choice.sym.visibleDefaultMember();
        if (def != null) return def;
        for (MenuNode m = choice.list; m != null; m = m.nextInTree(choice)) {
            if (m.sym != null && m.sym.computedVisibility() != Tristate.NO) return m.sym;
        }
        return null;
    }

    /**
     * Makes {@code selected} the user's choice: every visible member gets a user value (y for it, n for
     * the others) and moves to the front of the priority list (Linux's choice_set_value).
     */
    static void select(MenuNode choice, Symbol selected) {
        boolean[] changed = {false};
        choice.forEachDescendant(m -> {
            Symbol sym = m.sym;
            if (sym == null || sym.computedVisibility() == Tristate.NO) return;
            Tristate val = sym == selected ? Tristate.YES : Tristate.NO;
            if (sym.computedTristate() != val) changed[0] = true;
            sym.setUserValue(val);
            choice.choiceMembers.remove(sym);
            choice.choiceMembers.addFirst(sym);
        });
        if (changed[0]) selected.kconfig().invalidateAll();
    }
}
