package dev.tailor.kconfig;

/**
 * Turns the parsed menu tree into its final form (Linux's menu_finalize): dependencies of menus and
 * ifs flow into every entry and property below them; selects and implies become reverse dependencies of
 * their targets; entries that depend on the symbol just before them become its submenu; if-blocks and
 * promptless entries are flattened. Also warns about ill-typed properties.
 */
final class MenuFinalizer {
    private final Kconfig kconfig;

    MenuFinalizer(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    void finalizeTree() {
        finalizeNode(kconfig.root, false);
    }

    private Expr rewrite(Expr e) {
        return Expr.rewriteMod(e, kconfig.modulesSym);
    }

    private void finalizeNode(MenuNode parent, boolean insideChoice) {
        Symbol sym = parent.sym;
        if (parent.list != null) {
            for (MenuNode menu = parent.list; menu != null; menu = menu.next) {
                Expr basedep = Expr.and(parent.dep, rewrite(menu.dep));
                menu.dep = basedep;
                if (menu.sym != null) {
                    for (Property prop : menu.sym.properties()) {
                        if (prop.node == menu) propagate(prop, basedep, menu.sym);
                    }
                } else if (menu.prompt != null) {
                    propagate(menu.prompt, basedep, null);
                }
            }
            boolean choice = sym != null && sym.isChoice();
            for (MenuNode menu = parent.list; menu != null; menu = menu.next) finalizeNode(menu, choice);
        } else if (!insideChoice && sym != null) {
            MenuNode last = null;
            Expr basedep = parent.prompt != null ? parent.prompt.condition : null;
            for (MenuNode menu = parent.next; menu != null; menu = menu.next) {
                Expr dep = menu.prompt != null ? menu.prompt.condition : menu.dep;
                if (!Expr.contains(dep, sym)) break;
                if (!Expr.dependsOn(dep, sym) && !isSuperset(dep, basedep)) break;
                finalizeNode(menu, false);
                menu.parent = parent;
                last = menu;
            }
            if (last != null) {
                parent.list = parent.next;
                parent.next = last.next;
                last.next = null;
            }
            sym.addDirectDependency(parent.dep);
        }
        flattenPromptless(parent);
        if (sym != null && !sym.isTypeChecked()) {
            if (sym.type() == SymbolType.UNKNOWN) {
                kconfig.diagnostics.warning(parent.file, parent.line, "config symbol defined without type");
            }
            PropertyChecks.check(sym, kconfig.diagnostics);
            sym.markTypeChecked();
        }
    }

    /**
     * Whether {@code dep} (which mentions the symbol) also requires everything the symbol's prompt
     * requires, e.g. {@code (S || Q) && R} when S depends on R: every AND-term of {@code basedep} is an
     * AND-term of {@code dep}.
     */
    private static boolean isSuperset(Expr dep, Expr basedep) {
        java.util.List<Expr> have = new java.util.ArrayList<>();
        andTerms(dep, have);
        java.util.List<Expr> need = new java.util.ArrayList<>();
        andTerms(basedep, need);
        return have.containsAll(need);
    }

    private static void andTerms(Expr e, java.util.List<Expr> out) {
        if (e instanceof Expr.And a) {
            andTerms(a.left(), out);
            andTerms(a.right(), out);
        } else if (e != null) {
            out.add(e);
        }
    }

    private void propagate(Property prop, Expr basedep, Symbol owner) {
        Expr dep = Expr.and(basedep, rewrite(prop.condition));
        prop.condition = dep;
        if (prop.kind == PropertyKind.SELECT) {
            Symbol target = prop.targetSymbol();
            target.addReverseDependency(Expr.and(new Expr.Sym(owner), dep));
        } else if (prop.kind == PropertyKind.IMPLY) {
            Symbol target = prop.targetSymbol();
            target.addWeakReverseDependency(Expr.and(new Expr.Sym(owner), dep));
        }
    }

    /** Lifts the children of ifs and of entries without a prompt up to their parent's level. */
    private static void flattenPromptless(MenuNode parent) {
        for (MenuNode menu = parent.list; menu != null; menu = menu.next) {
            if (menu.list == null || (menu.prompt != null && menu.prompt.text != null)) continue;
            MenuNode last = menu.list;
            while (true) {
                last.parent = parent;
                if (last.next == null) break;
                last = last.next;
            }
            last.next = menu.next;
            menu.next = menu.list;
            menu.list = null;
        }
    }
}
