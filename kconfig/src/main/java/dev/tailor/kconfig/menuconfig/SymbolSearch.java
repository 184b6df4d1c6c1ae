package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The search of {@code /}: a case-insensitive regular expression (taken literally when it is not a valid
 * one; a leading {@code CONFIG_} is dropped, as Linux does) matched against symbol names and prompts. One
 * hit per menu entry, so that each can be jumped to: exact names first, then other name matches by where
 * the match starts, then entries matched by their prompt only, in the order of the tree.
 */
final class SymbolSearch {
    private final Kconfig kconfig;

    SymbolSearch(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    /** The entries that match, best first. */
    List<MenuNode> find(String query) {
        String prefix = kconfig.configPrefix();
        String q = !prefix.isEmpty() && query.regionMatches(true, 0, prefix, 0, prefix.length())
                ? query.substring(prefix.length()) : query;
        Pattern pattern;
        try {
            pattern = Pattern.compile(q, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            pattern = Pattern.compile(Pattern.quote(q), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        Pattern p = pattern;
        List<Hit> hits = new ArrayList<>();
        kconfig.forEachNode(node -> {
            Symbol sym = node.symbol();
            String name = sym == null || sym.name() == null ? null : sym.name();
            if (name == null && node.prompt() == null) return;
            Matcher byName = name == null ? null : p.matcher(name);
            if (byName != null && byName.find()) {
                int rank = byName.start() == 0 && byName.end() == name.length() ? 0 : 1;
                hits.add(new Hit(node, rank, byName.start()));
            } else if (p.matcher(EntryText.prompt(node)).find()) {
                hits.add(new Hit(node, 2, 0));
            }
        });
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.rank == 1 ? h.start : 0)
                .thenComparing(h -> h.rank == 1 ? h.name() : ""));
        return hits.stream().map(Hit::node).toList();
    }

    /** One entry found: its node and why it ranks where it does. */
    private record Hit(MenuNode node, int rank, int start) {
        /** The symbol name, or "" for menus, comments and choices. */
        String name() {
            Symbol sym = node.symbol();
            return sym == null || sym.name() == null ? "" : sym.name();
        }
    }
}
