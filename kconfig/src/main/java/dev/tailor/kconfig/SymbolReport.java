package dev.tailor.kconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Describes a symbol for people: the help screen of oldconfig's "?" (laid out like Linux's) and the fuller
 * report of {@code kconfig info}, which also explains why the symbol has its value; menuconfig's help screen
 * shows the same report. Part of the library (as Linux keeps get_symbol_str in menu.c), for every front end.
 */
public final class SymbolReport {
    private final Kconfig kconfig;
    private final String prefix;

    /** Reports on {@code kconfig}; {@code prefix} ("CONFIG_") heads the help of a symbol. */
    public SymbolReport(Kconfig kconfig, String prefix) {
        this.kconfig = kconfig;
        this.prefix = prefix;
    }

    // ---- oldconfig's help screen (Linux's menu_get_ext_help) ----

    /** The help of a menu entry followed by its symbol's summary. */
    public String extendedHelp(MenuNode menu) {
        StringBuilder out = new StringBuilder();
        Symbol sym = menu.symbol();
        String text = "There is no help available for this option.";
        if (menu.help() != null) {
            if (sym != null && sym.name() != null) out.append(prefix).append(sym.name()).append(":\n\n");
            text = menu.help();
        }
        out.append(text).append('\n');
        if (sym != null) appendSummary(out, sym);
        return out.toString();
    }

    private void appendSummary(StringBuilder out, Symbol sym) {
        if (sym.name() != null) {
            out.append("Symbol: ").append(sym.name()).append(" [=").append(sym.stringValue()).append("]\n");
            out.append("Type  : ").append(sym.type().displayName()).append('\n');
            Property range = sym.activeRange();
            if (range != null) out.append("Range : ").append(Expr.toStringWithValues(range.expr())).append('\n');
        }
        for (MenuNode m : sym.nodes()) {
            if (m.prompt() == null) continue;
            out.append("Defined at ").append(m.file()).append(':').append(m.line()).append('\n');
            appendPrompt(out, m);
        }
        for (MenuNode m : sym.nodes()) {
            if (m.prompt() != null) continue;
            out.append("Defined at ").append(m.file()).append(':').append(m.line()).append('\n');
            appendDependency(out, m.dependencies(), "  Depends on: ");
        }
        appendProperties(out, sym, PropertyKind.SELECT, "Selects: ");
        appendReverse(out, sym.reverseDependencies(), "Selected by");
        appendProperties(out, sym, PropertyKind.IMPLY, "Implies: ");
        appendReverse(out, sym.weakReverseDependencies(), "Implied by");
        out.append("\n\n");
    }

    private static void appendDependency(StringBuilder out, Expr e, String label) {
        if (Expr.isYes(e)) return;
        out.append(label).append(Expr.toStringWithValues(e)).append('\n');
    }

    private void appendPrompt(StringBuilder out, MenuNode m) {
        Property prompt = m.prompt();
        out.append("  Prompt: ").append(prompt.text()).append('\n');
        appendDependency(out, m.dependencies(), "  Depends on: ");
        if (!Objects.equals(m.dependencies(), prompt.condition())) {
            appendDependency(out, prompt.condition(), "  Visible if: ");
        }
        List<MenuNode> path = new ArrayList<>();
        for (MenuNode p = m; p != null && p != kconfig.root() && path.size() < 8; p = p.parent()) path.addFirst(p);
        out.append("  Location:\n");
        for (int j = 0; j < path.size(); j++) {
            MenuNode p = path.get(j);
            out.append(" ".repeat(2 * j + 4)).append("-> ").append(Objects.requireNonNullElse(p.promptText(), ""));
            if (p.symbol() != null) {
                out.append(" (").append(Expr.toString(new Expr.Sym(p.symbol()))).append(" [=")
                        .append(p.symbol().stringValue()).append("])");
            }
            out.append('\n');
        }
    }

    private static void appendProperties(StringBuilder out, Symbol sym, PropertyKind kind, String label) {
        boolean first = true;
        for (Property p : sym.properties()) {
            if (p.kind() != kind) continue;
            out.append(first ? label : " && ").append(Expr.toStringWithValues(p.expr()));
            first = false;
        }
        if (!first) out.append('\n');
    }

    private static void appendReverse(StringBuilder out, Expr e, String title) {
        if (e == null) return;
        for (Tristate which : new Tristate[] {Tristate.YES, Tristate.MOD, Tristate.NO}) {
            boolean titled = false;
            for (Expr term : Expr.orTerms(e)) {
                if (term.eval() != which) continue;
                if (!titled) {
                    out.append(title).append(" [").append(which.letter()).append("]:\n");
                    titled = true;
                }
                out.append("  - ").append(Expr.toStringWithValues(term)).append('\n');
            }
        }
    }

    // ---- kconfig info ----

    /**
     * The full report of a symbol.
     *
     * @param valuesFrom the file the user values were read from, or null
     */
    public String info(Symbol sym, String valuesFrom) {
        StringBuilder out = new StringBuilder();
        out.append("Symbol: ").append(sym.name()).append('\n');
        if (sym.nodes().isEmpty()) {
            out.append("Type: none: the symbol is referenced but not defined in any Kconfig file\n");
            out.append("Value: ").append(sym.stringValue()).append('\n');
            List<String> refs = new Lint(kconfig).referencesTo(sym);
            if (!refs.isEmpty()) {
                out.append("Referenced at:\n");
                for (String r : refs) out.append("  ").append(r).append('\n');
            }
            return out.toString();
        }
        out.append("Type: ").append(sym.type().displayName()).append('\n');
        out.append("Value: ").append(sym.stringValue()).append('\n');
        List<String> why = why(sym, valuesFrom);
        out.append("Why: ").append(why.getFirst()).append('\n');
        for (String line : why.subList(1, why.size())) out.append("     ").append(line).append('\n');
        out.append("Visible: ").append(sym.visibility().letter());
        out.append(sym.isChangeable() ? " (the user can change it)" : " (the user cannot change it)").append('\n');
        out.append("Written to .config: ")
                .append(sym.isWritten() ? "yes" : "no").append('\n');

        out.append("Defined at:\n");
        for (MenuNode m : sym.nodes()) {
            out.append("  ").append(m.file()).append(':').append(m.line()).append(" (")
                    .append(m.kind() == MenuKind.MENUCONFIG ? "menuconfig" : "config");
            if (m.promptText() != null) out.append(", prompt \"").append(m.promptText()).append('"');
            out.append(")\n");
        }
        section(out, "Prompts:", sym, PropertyKind.PROMPT, false);
        section(out, "Defaults:", sym, PropertyKind.DEFAULT, true);
        section(out, "Ranges:", sym, PropertyKind.RANGE, true);
        if (!Expr.isYes(sym.directDependencies())) {
            out.append("Depends on: ").append(Expr.toStringWithValues(sym.directDependencies())).append("  => ")
                    .append(Expr.eval(sym.directDependencies()).letter()).append('\n');
        }
        section(out, "Selects:", sym, PropertyKind.SELECT, false);
        section(out, "Implies:", sym, PropertyKind.IMPLY, false);
        reverseSection(out, "Selected by:", sym, PropertyKind.SELECT);
        reverseSection(out, "Implied by:", sym, PropertyKind.IMPLY);
        MenuNode choice = sym.choice();
        if (choice != null) {
            Symbol selected = choice.selection();
            out.append("Choice: member of \"").append(Objects.requireNonNullElse(choice.promptText(), "<choice>"))
                    .append("\" at ").append(choice.file()).append(':').append(choice.line())
                    .append("; selected: ").append(selected == null ? "none" : selected.name()).append('\n');
            out.append("  members:");
            for (Symbol member : choice.choiceMembers()) out.append(' ').append(member.name());
            out.append('\n');
        }
        boolean helpTitled = false;
        for (MenuNode m : sym.nodes()) {
            if (m.help() == null) continue;
            if (!helpTitled) out.append("Help:\n");
            if (sym.nodes().size() > 1) out.append("  (").append(m.file()).append(':').append(m.line()).append(")\n");
            helpTitled = true;
            for (String line : m.help().stripTrailing().split("\n", -1)) {
                out.append(line.isEmpty() ? "" : "  " + line).append('\n');
            }
        }
        return out.toString();
    }

    private void section(StringBuilder out, String title, Symbol sym, PropertyKind kind, boolean markActive) {
        Property active = kind == PropertyKind.DEFAULT ? sym.activeDefault()
                : kind == PropertyKind.RANGE ? sym.activeRange() : null;
        boolean titled = false;
        for (Property p : sym.properties()) {
            if (p.kind() != kind) continue;
            if (!titled) out.append(title).append('\n');
            titled = true;
            out.append("  ");
            out.append(kind == PropertyKind.PROMPT ? "\"" + p.text() + "\"" : Expr.toStringWithValues(p.expr()));
            if (!Expr.isYes(p.condition())) out.append(" if ").append(Expr.toStringWithValues(p.condition()));
            out.append("  (").append(p.file()).append(':').append(p.line()).append(')');
            if (markActive && p == active) out.append("  <- applies");
            out.append('\n');
        }
    }

    private void reverseSection(StringBuilder out, String title, Symbol sym, PropertyKind kind) {
        List<Property> props = reverseProperties(sym, kind);
        if (props.isEmpty()) return;
        out.append(title).append('\n');
        for (Property p : props) {
            out.append("  ").append(Expr.toStringWithValues(new Expr.Sym(p.node().symbol())));
            if (!Expr.isYes(p.condition())) out.append(" if ").append(Expr.toStringWithValues(p.condition()));
            out.append("  (").append(p.file()).append(':').append(p.line()).append(")  => ")
                    .append(reverseValue(sym, p).letter()).append('\n');
        }
    }

    // ---- why ----

    /** Why the symbol has its current value, the first line the summary. */
    public List<String> why(Symbol sym, String valuesFrom) {
        List<String> lines = new ArrayList<>();
        String value = sym.stringValue();
        String from = valuesFrom == null ? "" : " (read from " + valuesFrom + ")";
        switch (sym.valueSource()) {
            case USER -> {
                lines.add("user value " + sym.userValue() + from);
                if (sym.type().isBoolOrTristate() && !value.equals(sym.userValue())) {
                    lines.add("limited to " + value + ": the symbol is visible only up to "
                            + sym.visibility().letter() + " (" + visibilityText(sym) + ")");
                }
                alsoSelected(sym, lines);
            }
            case DEFAULT -> {
                Property p = sym.activeDefault();
                if (p == null) {
                    lines.add("its default");
                } else {
                    lines.add("default " + Expr.toStringWithValues(p.expr())
                            + (Expr.isYes(p.condition()) ? "" : " if " + Expr.toStringWithValues(p.condition()))
                            + " at " + p.file() + ":" + p.line());
                }
                ignoredUserValue(sym, lines, from);
                alsoSelected(sym, lines);
            }
            case SELECT -> {
                List<String> by = activeReverse(sym, PropertyKind.SELECT);
                lines.add("forced to " + value + " by select from " + String.join(", ", by));
                if (Expr.eval(sym.directDependencies()).lessThan(sym.tristateValue())) {
                    lines.add("although its direct dependencies are not met: "
                            + Expr.toStringWithValues(sym.directDependencies()));
                }
                ignoredUserValue(sym, lines, from);
            }
            case IMPLY -> {
                List<String> by = activeReverse(sym, PropertyKind.IMPLY);
                lines.add("raised to " + value + " by imply from " + String.join(", ", by));
                ignoredUserValue(sym, lines, from);
            }
            case CHOICE_SELECTION -> {
                MenuNode choice = sym.choice();
                String where = choice == null ? "" : " at " + choice.file() + ":" + choice.line();
                boolean chosen = sym.hasUserValue() && "y".equals(sym.userValue());
                lines.add("the selected member of its choice" + where
                        + (chosen ? ", chosen by the user" + from : ", by the choice's default"));
            }
            case RANGE -> {
                Property p = sym.activeRange();
                String was = sym.hasUserValue() ? "the user value " + sym.userValue() + from : "its default";
                lines.add("clamped into the range " + (p == null ? "" : Expr.toStringWithValues(p.expr()) + " at "
                        + p.file() + ":" + p.line()) + ": " + was + " was outside it");
            }
            case NONE -> whyNothing(sym, lines, from);
        }
        return lines;
    }

    private void whyNothing(Symbol sym, List<String> lines, String from) {
        MenuNode choice = sym.choice();
        if (choice != null) {
            Symbol selected = choice.selection();
            if (sym.visibility() == Tristate.NO) {
                lines.add("not visible, so it cannot be selected in its choice (" + visibilityText(sym) + ")");
            } else {
                lines.add("another member of its choice is selected: " + (selected == null ? "none" : selected.name()));
            }
            return;
        }
        String zero = switch (sym.type()) {
            case BOOL, TRISTATE -> "n";
            case INT -> "0";
            case HEX -> "0x0";
            case STRING -> "\"\"";
            default -> sym.stringValue();
        };
        StringBuilder first = new StringBuilder("nothing gives it a value, so it is " + zero + ":");
        if (sym.promptNode() == null) first.append(" it has no prompt,");
        else if (sym.visibility() == Tristate.NO) first.append(" it is not visible,");
        else first.append(" no value was given,");
        first.append(" no default applies");
        if (sym.type().isBoolOrTristate()) first.append(", and nothing selects or implies it");
        lines.add(first.toString());
        if (sym.promptNode() != null && sym.visibility() == Tristate.NO) lines.add("not visible: " + visibilityText(sym));
        ignoredUserValue(sym, lines, from);
    }

    /** Selects that hold the value where it is, although something else decided it. */
    private void alsoSelected(Symbol sym, List<String> lines) {
        if (sym.reverseDependencies() == null || sym.reverseDependencies().eval() == Tristate.NO) return;
        lines.add("also selected (it cannot be lower than " + sym.reverseDependencies().eval().letter() + ") by "
                + String.join(", ", activeReverse(sym, PropertyKind.SELECT)));
    }

    private void ignoredUserValue(Symbol sym, List<String> lines, String from) {
        if (sym.hasUserValue() && sym.visibility() == Tristate.NO) {
            lines.add("its user value " + sym.userValue() + from + " does not count: the symbol is not visible");
        }
    }

    /** What the prompts' visibility depends on, with values. */
    public static String visibilityText(Symbol sym) {
        List<String> conditions = new ArrayList<>();
        for (Property p : sym.properties()) {
            if (p.kind() == PropertyKind.PROMPT) conditions.add(Expr.toStringWithValues(p.condition()));
        }
        if (conditions.isEmpty()) return "it has no prompt";
        return "prompt " + (conditions.size() == 1 ? "depends on " : "conditions: ") + String.join(" || ", conditions);
    }

    private List<String> activeReverse(Symbol sym, PropertyKind kind) {
        List<String> out = new ArrayList<>();
        for (Property p : reverseProperties(sym, kind)) {
            Tristate v = reverseValue(sym, p);
            if (v != Tristate.NO) {
                out.add(Expr.toStringWithValues(new Expr.Sym(p.node().symbol())) + " (" + p.file() + ":" + p.line() + ")");
            }
        }
        if (out.isEmpty()) out.add(Expr.toStringWithValues(kind == PropertyKind.SELECT ? sym.reverseDependencies()
                : sym.weakReverseDependencies()));
        return out;
    }

    // ---- shared look-ups ----

    /** The select (or imply) properties of other symbols that name {@code sym}, in the order of the tree. */
    List<Property> reverseProperties(Symbol sym, PropertyKind kind) {
        List<Property> out = new ArrayList<>();
        for (Symbol s : kconfig.symbols()) {
            for (Property p : s.properties()) {
                if (p.kind() == kind && p.targetSymbol() == sym) out.add(p);
            }
        }
        return out;
    }

    /** How strongly a select or imply property acts now: its symbol's value and its condition, and-ed. */
    static Tristate reverseValue(Symbol target, Property p) {
        Tristate v = Tristate.and(p.node().symbol().tristateValue(), Expr.eval(p.condition()));
        if (v == Tristate.MOD && target.effectiveType() == SymbolType.BOOL) v = Tristate.YES;
        return v;
    }

}
