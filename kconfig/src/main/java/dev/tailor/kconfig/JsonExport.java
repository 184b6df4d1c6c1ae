package dev.tailor.kconfig;

import com.google.gson.FormattingStyle;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration as JSON for IDEs and scripts, in the shape esp-idf's confgen gives them: the values
 * ({@code config.json}) and the menu tree ({@code config.menus.json}). Text is JVM text (the engine's byte
 * strings decoded as UTF-8), to be written as UTF-8.
 */
public final class JsonExport {
    private final Kconfig kconfig;

    public JsonExport(Kconfig kconfig) {
        this.kconfig = kconfig;
    }

    /**
     * The values, one member per symbol that .config writes, in its order, named without the CONFIG_
     * prefix: a bool (and a tristate while modules are off) is {@code true} or {@code false}, a tristate
     * {@code "y"}, {@code "m"} or {@code "n"}, an int or hex symbol a number ({@code null} without a value),
     * a string a string.
     */
    public String values() {
        JsonObject out = new JsonObject();
        for (Symbol sym : ConfigWalk.writtenSymbols(kconfig)) out.add(text(sym.name()), value(sym));
        return json(out);
    }

    private static JsonElement value(Symbol sym) {
        String v = sym.stringValue();
        return switch (sym.effectiveType()) {
            case BOOL -> new JsonPrimitive(!v.equals("n"));
            case TRISTATE -> new JsonPrimitive(v);
            case INT, HEX -> number(sym.type(), v);
            default -> new JsonPrimitive(text(v));
        };
    }

    /** An int (decimal) or hex (with or without 0x) value as a JSON number; null when it is none. */
    private static JsonElement number(SymbolType type, String v) {
        try {
            if (type == SymbolType.HEX) {
                return new JsonPrimitive(new BigInteger(v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v, 16));
            }
            return new JsonPrimitive(new BigInteger(v));
        } catch (NumberFormatException e) {
            return JsonNull.INSTANCE;
        }
    }

    /**
     * The menu tree: an array of the main menu's entries, each an object with
     * <ul>
     *   <li>{@code type}: {@code menu} (also a menuconfig entry, which has {@code is_menuconfig}),
     *       {@code choice}, {@code comment}, or the symbol's type ({@code bool}, {@code tristate},
     *       {@code int}, {@code hex}, {@code string});
     *   <li>{@code id}: the symbol's name, else a path of the prompts (lower case, dashes), unique;
     *   <li>{@code name} (the symbol, null for menus, comments and unnamed choices), {@code title} (the
     *       prompt), {@code help}, {@code depends_on} (the dependencies as Kconfig writes them, null for
     *       none), {@code range} ({@code [min, max]} of an int or hex symbol now, else null);
     *   <li>{@code visible}: whether menuconfig shows it now; {@code file}, {@code line}: where it is defined;
     *   <li>{@code children}: the entries below it.
     * </ul>
     */
    public String menus() {
        JsonArray top = new JsonArray();
        Map<String, Integer> ids = new HashMap<>();
        for (MenuNode child : kconfig.root.children()) addNode(top, child, ids);
        return json(top);
    }

    private void addNode(JsonArray siblings, MenuNode node, Map<String, Integer> ids) {
        if (node.kind == MenuKind.IF) {
            for (MenuNode child : node.children()) addNode(siblings, child, ids);
            return;
        }
        Symbol sym = node.sym;
        JsonObject o = new JsonObject();
        o.addProperty("type", switch (node.kind) {
            case MENU, MENUCONFIG -> "menu";
            case CHOICE -> "choice";
            case COMMENT -> "comment";
            default -> sym.type().name().toLowerCase(Locale.ROOT);   // the Kconfig keyword: int, not integer
        });
        if (node.kind == MenuKind.MENUCONFIG) o.addProperty("is_menuconfig", true);
        o.addProperty("id", id(node, ids));
        o.addProperty("name", sym != null && !sym.isChoice() ? text(sym.name()) : text(node.choiceName));
        o.addProperty("title", text(node.promptText()));
        o.addProperty("help", text(node.help));
        o.addProperty("depends_on", Expr.isYes(node.dep) ? null : text(Expr.toString(node.dep)));
        o.add("range", range(sym));
        o.addProperty("visible", node.isVisible());
        o.addProperty("file", text(node.file));
        o.addProperty("line", node.line);
        JsonArray children = new JsonArray();
        for (MenuNode child : node.children()) addNode(children, child, ids);
        o.add("children", children);
        siblings.add(o);
    }

    /** A symbol's name; for another entry the slugs of its prompt and its parents', made unique with -2, -3, .... */
    private static String id(MenuNode node, Map<String, Integer> ids) {
        if (node.sym != null && !node.sym.isChoice()) return text(node.sym.name());
        StringBuilder path = new StringBuilder();
        for (MenuNode m = node; m != null && m.kind != MenuKind.ROOT; m = m.parent) {
            if (m.prompt == null) continue;
            String slug = text(m.prompt.text).replaceAll("\\W+", "-").toLowerCase(Locale.ROOT);
            path.insert(0, path.isEmpty() ? slug : slug + "-");
        }
        String id = path.toString();
        int n = ids.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    private static JsonElement range(Symbol sym) {
        Property p = sym == null || sym.isChoice() ? null : sym.activeRange();
        if (p == null || !(p.expr instanceof Expr.Range r)) return JsonNull.INSTANCE;
        JsonArray bounds = new JsonArray();
        bounds.add(number(sym.type(), r.low().stringValue()));
        bounds.add(number(sym.type(), r.high().stringValue()));
        return bounds;
    }

    private static String text(String bytes) {
        return bytes;
    }

    private static String json(JsonElement e) {
        // esp-idf's indent; nulls kept, so that every entry has every member.
        return new GsonBuilder().serializeNulls().disableHtmlEscaping()
                .setFormattingStyle(FormattingStyle.PRETTY.withIndent("    ")).create().toJson(e) + "\n";
    }
}
