package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what Linux's conf_write_autoconf writes for the build, byte for byte: {@code auto.conf} (make
 * syntax), {@code autoconf.h} (C), {@code rustc_cfg} (rustc flags), {@code auto.conf.cmd} (make's
 * dependencies of auto.conf on the Kconfig files and environment) and the empty per-symbol files under
 * auto.conf's folder that tell make which symbols changed since the last auto.conf.
 *
 * <p>Every printer visits the written symbols in the order of Linux's symbol hash table, so that the files
 * compare equal to the C tool's.
 */
public final class AutoConfWriter {
    /**
     * Where the files go. {@code autoConfName} is auto.conf's name as given (relative names are relative to
     * the working directory), which auto.conf.cmd hands to make.
     */
    public record Outputs(String autoConfName, Path autoConf, Path autoHeader, Path rustcCfg) {
        /**
         * The names KCONFIG_AUTOCONFIG, KCONFIG_AUTOHEADER and KCONFIG_RUSTCCFG give, else Linux's defaults,
         * resolved against {@code base}.
         */
        public static Outputs of(Map<String, String> environment, Path base) {
            String autoConf = name(environment, "KCONFIG_AUTOCONFIG", "include/config/auto.conf");
            return new Outputs(autoConf, base.resolve(autoConf),
                    base.resolve(name(environment, "KCONFIG_AUTOHEADER", "include/generated/autoconf.h")),
                    base.resolve(name(environment, "KCONFIG_RUSTCCFG", "include/generated/rustc_cfg")));
        }

        private static String name(Map<String, String> environment, String variable, String fallback) {
            String value = environment.get(variable);
            return value != null ? value : fallback;
        }
    }

    /** Linux's SYMBOL_HASHSIZE: the number of buckets, which fixes the walk order. */
    private static final int BUCKETS = 1 << 14;

    private final Kconfig kconfig;
    private final String prefix;

    public AutoConfWriter(Kconfig kconfig) {
        this.kconfig = kconfig;
        this.prefix = kconfig.configPrefix();
    }

    /** Writes every file, auto.conf last: make treats its presence as the mark of a complete run. */
    public void write(Outputs outputs) throws IOException {
        Path cmd = outputs.autoConf().resolveSibling(outputs.autoConf().getFileName() + ".cmd");
        AtomicFiles.write(cmd, ByteText.encode(autoConfCmd(outputs.autoConfName())));
        List<Symbol> written = writtenSymbols();
        touchChanged(outputs.autoConf(), written);
        AtomicFiles.write(outputs.autoHeader(), ByteText.encode(autoHeader(written)));
        AtomicFiles.write(outputs.rustcCfg(), ByteText.encode(rustcCfg(written)));
        AtomicFiles.write(outputs.autoConf(), ByteText.encode(autoConf(written)));
    }

    /**
     * The named symbols conf_write_autoconf prints, with their values computed: Linux's for_all_symbols
     * order, that is the buckets of the 32-bit FNV-1 hash of the name in ascending order, each bucket
     * newest symbol first.
     */
    public List<Symbol> writtenSymbols() {
        Map<Integer, List<Symbol>> buckets = new HashMap<>();
        for (Symbol sym : kconfig.symbols()) {
            buckets.computeIfAbsent(bucket(sym.name()), b -> new ArrayList<>()).addFirst(sym);
        }
        List<Symbol> order = new ArrayList<>();
        buckets.keySet().stream().sorted().forEach(b -> order.addAll(buckets.get(b)));
        order.forEach(Symbol::calcValue);
        order.removeIf(sym -> !sym.isWritten() || sym.type() == SymbolType.UNKNOWN);
        return order;
    }

    /** Linux's hash_str (FNV-1 over C's signed char) modulo the table size. */
    static int bucket(String name) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < name.length(); i++) hash = (hash ^ (byte) name.charAt(i)) * 0x01000193;
        return Integer.remainderUnsigned(hash, BUCKETS);
    }

    /** include/config/auto.conf: {@code CONFIG_X=value}, strings unquoted, n omitted. */
    public String autoConf(List<Symbol> symbols) {
        StringBuilder out = new StringBuilder(heading("#", "#", "#"));
        for (Symbol sym : symbols) {
            String val = sym.stringValue();
            if (sym.type().isBoolOrTristate() && val.equals("n")) continue;
            out.append(prefix).append(sym.name()).append('=').append(val).append('\n');
        }
        return out.toString();
    }

    /** include/generated/autoconf.h: {@code #define CONFIG_X 1} (_MODULE for m), hex with 0x, strings quoted. */
    public String autoHeader(List<Symbol> symbols) {
        StringBuilder out = new StringBuilder(heading("/*", " *", " */"));
        for (Symbol sym : symbols) {
            String val = sym.stringValue();
            String suffix = "";
            switch (sym.type()) {
                case BOOL, TRISTATE -> {
                    if (val.equals("n")) continue;
                    if (val.equals("m")) suffix = "_MODULE";
                    val = "1";
                }
                case HEX -> val = withHexPrefix(val);
                case STRING -> val = ConfigWriter.quote(val);
                default -> { }
            }
            out.append("#define ").append(prefix).append(sym.name()).append(suffix).append(' ').append(val).append('\n');
        }
        return out.toString();
    }

    /**
     * include/generated/rustc_cfg: {@code --cfg=CONFIG_X} for y and m (IS_ENABLED), then every value as a
     * quoted string, since --cfg only takes strings; no heading.
     */
    public String rustcCfg(List<Symbol> symbols) {
        StringBuilder out = new StringBuilder();
        for (Symbol sym : symbols) {
            String val = sym.stringValue();
            if (sym.type().isBoolOrTristate()) {
                if (val.equals("n")) continue;
                out.append("--cfg=").append(prefix).append(sym.name()).append('\n');
            } else if (sym.type() == SymbolType.HEX) {
                val = withHexPrefix(val);
            }
            out.append("--cfg=").append(prefix).append(sym.name()).append('=').append(ConfigWriter.quote(val)).append('\n');
        }
        return out.toString();
    }

    /**
     * include/config/auto.conf.cmd: auto.conf depends on every Kconfig file read and every variable used.
     * {@code autoConfName} is a byte string, as the engine's texts.
     */
    public String autoConfCmd(String autoConfName) {
        StringBuilder out = new StringBuilder("autoconfig := ").append(autoConfName).append("\n\ndeps_config := \\\n");
        for (String file : kconfig.files()) out.append('\t').append(file).append(" \\\n");
        out.append("\n$(autoconfig): $(deps_config)\n$(deps_config): ;\n");
        kconfig.environmentUsed().forEach((name, value) -> out.append("\nifneq \"$(").append(name).append(")\" \"")
                .append(value).append("\"\n$(autoconfig): FORCE\nendif\n"));
        return out.toString();
    }

    private static String withHexPrefix(String val) {
        return val.startsWith("0x") || val.startsWith("0X") ? val : "0x" + val;
    }

    private String heading(String first, String decoration, String last) {
        return first + "\n" + decoration + " Automatically generated file; DO NOT EDIT.\n" + decoration + " "
                + kconfig.mainMenuTitle() + "\n" + last + "\n";
    }

    /**
     * Linux's conf_touch_deps: an empty file named after each symbol whose value differs from the one in the
     * previous auto.conf (a symbol that was not there counts as n), in auto.conf's folder, so that make
     * rebuilds what depends on that symbol only.
     */
    private void touchChanged(Path autoConf, List<Symbol> written) throws IOException {
        Map<String, String> previous = readPrevious(autoConf);
        Path dir = autoConf.toAbsolutePath().getParent();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : previous.entrySet()) {
            Symbol sym = kconfig.symbol(e.getKey());
            if (sym == null) {
                changed.add(e.getKey());
            } else if (!sym.isConstant() && !sym.isWritten() && validOld(sym, e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (Symbol sym : written) {
            String old = previous.get(sym.name());
            if (old != null && !validOld(sym, old)) old = null;
            String now = sym.stringValue();
            if (old == null ? !(sym.type().isBoolOrTristate() && now.equals("n")) : !sameValue(sym, old, now)) {
                changed.add(sym.name());
            }
        }
        for (String name : changed) {
            Path file = dir.resolve(name);
            Files.createDirectories(dir);
            Files.write(file, new byte[0]);
        }
    }

    /** Whether conf_read_simple would take the old auto.conf value (an invalid one counts as no value). */
    private static boolean validOld(Symbol sym, String old) {
        return switch (sym.type()) {
            case BOOL -> old.startsWith("y") || old.startsWith("n");
            case TRISTATE -> old.startsWith("y") || old.startsWith("m") || old.startsWith("n");
            case STRING -> true;
            case INT, HEX -> sym.isValidValue(old);
            default -> false;
        };
    }

    /** An old auto.conf value against the new one: tristates by their first letter, others as text. */
    private static boolean sameValue(Symbol sym, String old, String now) {
        if (sym.type().isBoolOrTristate()) return !old.isEmpty() && old.charAt(0) == now.charAt(0);
        return old.equals(now);
    }

    /** The {@code CONFIG_X=value} lines of the previous auto.conf, if any, by symbol name. */
    private Map<String, String> readPrevious(Path autoConf) throws IOException {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        if (!Files.isRegularFile(autoConf)) return values;
        String text = ByteText.read(autoConf);
        for (String line : text.split("\n")) {
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            int eq = line.indexOf('=');
            if (!line.startsWith(prefix) || eq < 0) continue;
            values.put(line.substring(prefix.length(), eq), line.substring(eq + 1));
        }
        return values;
    }
}
