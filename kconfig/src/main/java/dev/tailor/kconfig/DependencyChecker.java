package dev.tailor.kconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds dependency loops (Linux's sym_check_deps): a symbol whose value would depend on itself through
 * depends on, select, imply, a default or a prompt condition. Each loop is reported with its whole
 * cycle, the way Linux prints it.
 */
final class DependencyChecker {
    private enum Via { DEPENDS, SELECTED, IMPLIED, PROPERTY_VALUE }

    private static final class Frame {
        final Symbol sym;
        Property prop;
        Via via;

        Frame(Symbol sym) {
            this.sym = sym;
        }
    }

    private final Kconfig kconfig;
    private final Consumer<KconfigException> errors;
    private final List<Frame> stack = new ArrayList<>();

    DependencyChecker(Kconfig kconfig, Consumer<KconfigException> errors) {
        this.kconfig = kconfig;
        this.errors = errors;
    }

    void checkAll() {
        kconfig.forEachNode(menu -> {
            if (menu.sym != null) check(menu.sym);
        });
    }

    private Symbol check(Symbol sym) {
        if (sym.isOnSearchPath()) {
            report(sym);
            return sym;
        }
        if (sym.isSearched()) return null;
        if (sym.isChoiceMember()) {
            stack.add(new Frame(sym));
            Symbol r = check(sym.choice().sym);
            stack.removeLast();
            return r;
        }
        if (sym.isChoice()) return checkChoice(sym);
        sym.enterSearchPath();
        Symbol r = checkSymbol(sym);
        sym.leaveSearchPath();
        return r;
    }

    private Symbol checkSymbol(Symbol sym) {
        Frame frame = new Frame(sym);
        stack.add(frame);
        try {
            frame.via = Via.DEPENDS;
            Symbol r = checkExpr(sym.directDependencies());
            if (r != null) return r;
            frame.via = Via.SELECTED;
            r = checkExpr(sym.reverseDependencies());
            if (r != null) return r;
            frame.via = Via.IMPLIED;
            r = checkExpr(sym.weakReverseDependencies());
            if (r != null) return r;
            frame.via = null;
            for (Property prop : sym.properties()) {
                if (prop.kind == PropertyKind.SELECT || prop.kind == PropertyKind.IMPLY) continue;
                frame.prop = prop;
                r = checkExpr(prop.condition);
                if (r != null) return r;
                if (prop.kind != PropertyKind.DEFAULT || sym.isChoice()) continue;
                frame.via = Via.PROPERTY_VALUE;
                r = checkExpr(prop.expr);
                if (r != null) return r;
                frame.via = null;
            }
            return null;
        } finally {
            stack.removeLast();
        }
    }

    private Symbol checkExpr(Expr e) {
        return switch (e) {
            case null -> null;
            case Expr.Sym s -> check(s.symbol());
            case Expr.Not n -> checkExpr(n.operand());
            case Expr.And a -> firstNonNull(checkExpr(a.left()), () -> checkExpr(a.right()));
            case Expr.Or o -> firstNonNull(checkExpr(o.left()), () -> checkExpr(o.right()));
            case Expr.Compare c -> firstNonNull(check(c.left()), () -> check(c.right()));
            case Expr.Range r -> null;
        };
    }

    private static Symbol firstNonNull(Symbol a, java.util.function.Supplier<Symbol> b) {
        return a != null ? a : b.get();
    }

    private Symbol checkChoice(Symbol choice) {
        MenuNode choiceMenu = choice.nodes().getFirst();
        stack.add(new Frame(choice));
        List<Symbol> members = new ArrayList<>();
        choiceMenu.forEachDescendant(m -> {
            if (m.sym != null) members.add(m.sym);
        });
        for (Symbol m : members) m.enterSearchPath();
        choice.enterSearchPath();
        Symbol r = checkSymbol(choice);
        choice.leaveSearchPath();
        if (r == null) {
            for (Symbol member : members) {
                r = checkSymbol(member);
                if (r != null) break;
            }
        }
        for (Symbol m : members) m.leaveSearchPath();
        if (r != null && r.choice() == choiceMenu) r = choice;
        stack.removeLast();
        return r;
    }

    private void report(Symbol last) {
        boolean pushed = false;
        if (last.isChoiceMember()) {
            stack.add(new Frame(last));
            pushed = true;
            last = last.choice().sym;
        }
        int start = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).sym == last) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            if (pushed) stack.removeLast();
            return;
        }
        StringBuilder sb = new StringBuilder("recursive dependency detected!");
        MenuNode where = last.nodes().isEmpty() ? null : last.nodes().getFirst();
        for (int i = start; i < stack.size(); i++) {
            Frame f = stack.get(i);
            Symbol next = i + 1 < stack.size() ? stack.get(i + 1).sym : last;
            String name = f.sym.name() != null ? f.sym.name() : "<choice>";
            sb.append("\n\tsymbol ").append(name);
            if (next.isChoice()) {
                MenuNode c = next.nodes().getFirst();
                sb.append(" is part of choice block at ").append(c.file).append(':').append(c.line);
            } else if (f.via == Via.DEPENDS) {
                sb.append(" depends on ").append(next.name());
            } else if (f.via == Via.SELECTED) {
                sb.append(" is selected by ").append(next.name());
            } else if (f.via == Via.IMPLIED) {
                sb.append(" is implied by ").append(next.name());
            } else if (f.via == Via.PROPERTY_VALUE) {
                sb.append(' ').append(f.prop.kind.keyword()).append(" value contains ").append(next.name());
            } else {
                String kind = f.prop != null ? f.prop.kind.keyword() : "unknown";
                sb.append(' ').append(kind).append(" is visible depending on ").append(next.name());
            }
        }
        sb.append("\nFor a resolution refer to Documentation/kbuild/kconfig-language.rst\n"
                + "subsection \"Kconfig recursive dependency limitations\"");
        // Linux's report names no location and ends with a blank line; the exception keeps the symbol's place.
        String reason = sb.toString();
        errors.accept(KconfigException.report(where == null ? null : where.file, where == null ? 0 : where.line,
                reason, "error: " + reason + "\n"));
        if (pushed) stack.removeLast();
    }
}
