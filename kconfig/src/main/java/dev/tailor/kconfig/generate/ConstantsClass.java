package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.ConfigWalk;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model of the constants class: one field per symbol that the resolved .config writes, in .config
 * order, named {@code CONFIG_<symbol>} (as C code sees it in autoconf.h). bool and tristate symbols are
 * {@code boolean}s, true for y and for m (a tristate at m is compiled in like y: there are no loadable
 * modules here); int and hex symbols are {@code long}s; string symbols are {@code String}s. An int or hex
 * symbol written without a value gets no field.
 */
final class ConstantsClass {
    /** The name of the built-in template, also its path in an override or the shared templates folder. */
    static final String TEMPLATE = "kconfig/Constants.java.vm";

    private ConstantsClass() {}

    /** One constant. Public, with getters, for Velocity. */
    public static final class Field {
        private final String name;
        private final String javaType;
        private final String literal;
        private final String comment;

        Field(String name, String javaType, String literal, String comment) {
            this.name = name;
            this.javaType = javaType;
            this.literal = literal;
            this.comment = comment;
        }

        /** The Java name, CONFIG_ and the symbol's name. */
        public String getName() {
            return name;
        }

        /** boolean, long or String. */
        public String getJavaType() {
            return javaType;
        }

        /** The value as a Java literal. */
        public String getLiteral() {
            return literal;
        }

        /** One line for the Javadoc: the .config line, the prompt and where the symbol is defined (comment-safe). */
        public String getComment() {
            return comment;
        }
    }

    /**
     * The fields for a resolved configuration: its symbols as .config writes them, in that order.
     *
     * @param skipped receives a note for each symbol that gets no field
     */
    static List<Field> fields(Kconfig kconfig, List<String> skipped) {
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ConfigWriter writer = new ConfigWriter(kconfig);
        for (Symbol sym : ConfigWalk.writtenSymbols(kconfig)) {
            String name = sym.name();
            // Fixed text, not $CONFIG_: the fields are a Java interface the project's code compiles against.
            String javaName = "CONFIG_" + name.replace('-', '_');
            if (!names.add(javaName)) {
                skipped.add(name + ": its Java name " + javaName + " is taken by another symbol");
                continue;
            }
            String value = sym.stringValue();
            String javaType;
            String literal;
            SymbolType type = sym.type();
            switch (type) {
                case BOOL, TRISTATE -> {
                    javaType = "boolean";
                    literal = value.equals("n") ? "false" : "true";
                }
                case INT, HEX -> {
                    if (value.isEmpty()) {
                        skipped.add(name + ": " + type.displayName() + " symbol without a value");
                        continue;
                    }
                    long n;
                    try {
                        n = ConfigView.parseNumber(type, value);
                    } catch (NumberFormatException e) {
                        skipped.add(name + ": value " + value + " does not fit a long");
                        continue;
                    }
                    javaType = "long";
                    literal = type == SymbolType.HEX ? "0x" + Long.toHexString(n).toUpperCase() + "L" : n + "L";
                }
                case STRING -> {
                    javaType = "String";
                    literal = javaString(value);
                }
                default -> {
                    continue;
                }
            }
            fields.add(new Field(javaName, javaType, literal, comment(writer.line(sym), sym)));
        }
        return fields;
    }

    private static String comment(String configLine, Symbol sym) {
        StringBuilder c = new StringBuilder(configLine);
        MenuNode prompt = sym.promptNode();
        if (prompt != null && prompt.promptText() != null) {
            c.append(": ").append(prompt.promptText());
        }
        MenuNode where = prompt != null ? prompt : sym.nodes().isEmpty() ? null : sym.nodes().getFirst();
        if (where != null) c.append(" (").append(where.file()).append(':').append(where.line()).append(')');
        return commentSafe(c.toString());
    }

    /**
     * Text that can stand in a Javadoc comment as it reads: HTML-escaped, no end of comment, no unicode
     * escape, no block tag, no line break.
     */
    static String commentSafe(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("\\", "&#92;").replace("*/", "*&#47;").replace('\n', ' ').replace('\r', ' ');
    }

    /** A Java string literal: ASCII only, everything else escaped. */
    static String javaString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7E) out.append(String.format("\\u%04X", (int) ch));
                    else out.append(ch);
                }
            }
        }
        return out.append('"').toString();
    }
}
