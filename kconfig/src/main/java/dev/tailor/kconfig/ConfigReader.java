package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a .config (or defconfig, or fragment) into the user values of a {@link Kconfig}, as Linux's
 * confdata.c does: leniently, with a warning located at {@code file:line} for each line it cannot use.
 */
public final class ConfigReader {
    private final Kconfig kconfig;
    private final String prefix;
    private final boolean warnUnknown;
    private String displayName;
    private int lineNo;
    private int warnings;

    public ConfigReader(Kconfig kconfig) {
        this.kconfig = kconfig;
        this.prefix = kconfig.configPrefix();
        this.warnUnknown = kconfig.environment.get("KCONFIG_WARN_UNKNOWN_SYMBOLS") != null;
    }

    /**
     * Replaces all user values with the file's (Linux's conf_read_simple).
     *
     * @param displayName the name used in warnings
     * @return the number of warnings
     * @throws IOException if the file cannot be read
     * @throws KconfigException if it is not a regular file: a FIFO would block forever, a device such as
     *     /dev/zero never ends (Linux's conf reads either until it is killed)
     */
    public int readValues(Path file, String displayName) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new KconfigException(displayName, 0, "not a regular file");
        }
        return readValues(ByteText.read(file), displayName);
    }

    /** As {@link #readValues(Path, String)}, for configuration text already in memory. */
    public int readValues(String content, String displayName) {
        this.displayName = displayName;
        lineNo = 0;
        warnings = 0;
        kconfig.clearUserValues();
        int start = 0;
        while (start < content.length()) {
            int nl = content.indexOf('\n', start);
            int end = nl < 0 ? content.length() : nl;
            String line = content.substring(start, end);
            if (nl >= 0 && line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            start = nl < 0 ? content.length() : nl + 1;
            lineNo++;
            readLine(line);
        }
        return warnings;
    }

    /**
     * Reads a configuration and computes every value (Linux's conf_read): afterwards the configuration
     * counts as unchanged only if writing it back would give the same values.
     */
    public int read(Path file, String displayName) throws IOException {
        kconfig.changed = false;
        int w;
        try {
            w = readValues(file, displayName);
        } finally {
            kconfig.modulesSym.calcValue();
        }
        int unsaved = 0;
        for (Symbol sym : kconfig.symbols()) {
            sym.calcValue();
            if (sym.hasUserValue() && sym.isWritten()) {
                if (sym.matchesUserValue()) continue;
            } else if (!sym.hasUserValue() && !sym.isWritten()) {
                continue;
            }
            unsaved++;
        }
        if (w > 0 || unsaved > 0) kconfig.changed = true;
        return w;
    }

    private void warn(String message) {
        kconfig.diagnostics.warning(displayName, lineNo, message);
        warnings++;
    }

    private void readLine(String line) {
        if (line.isEmpty()) return;
        String name;
        String val;
        if (line.charAt(0) == '#') {
            if (line.length() < 2 || line.charAt(1) != ' ' || !line.startsWith(prefix, 2)) return;
            String rest = line.substring(2 + prefix.length());
            int sp = rest.indexOf(' ');
            if (sp < 0 || !rest.substring(sp + 1).equals("is not set")) return;
            name = rest.substring(0, sp);
            val = "n";
        } else {
            if (!line.startsWith(prefix)) {
                warn("unexpected data: " + line);
                return;
            }
            int eq = line.indexOf('=', prefix.length());
            if (eq < 0) {
                warn("unexpected data: " + line);
                return;
            }
            name = line.substring(prefix.length(), eq);
            val = line.substring(eq + 1);
        }
        Symbol sym = name.isEmpty() ? null : kconfig.symbol(name);
        if (sym == null || sym.isConstant()) {
            if (warnUnknown) warn("unknown symbol: " + name);
            kconfig.changed = true;
            return;
        }
        if (sym.hasUserValue()) warn("override: reassigning to symbol " + sym.name());
        if (!setValue(sym, val)) return;
        MenuNode choice = sym.choice();
        if (choice != null) {
            // The last assignment in the file wins within a choice.
            choice.choiceMembers.remove(sym);
            choice.choiceMembers.addFirst(sym);
        }
    }

    /** Stores a value as read, checking only its syntax (conf_set_sym_val); false if it was rejected. */
    private boolean setValue(Symbol sym, String p) {
        switch (sym.type()) {
            case TRISTATE, BOOL -> {
                char c = p.isEmpty() ? 0 : p.charAt(0);
                Tristate t = c == 'y' ? Tristate.YES : c == 'n' ? Tristate.NO
                        : c == 'm' && sym.type() == SymbolType.TRISTATE ? Tristate.MOD : null;
                if (t == null) {
                    warn("symbol value '" + p + "' invalid for " + sym.name());
                    return false;
                }
                sym.setUserValue(t);
                return true;
            }
            case STRING, INT, HEX -> {
                if (sym.type() == SymbolType.STRING) {
                    if (p.isEmpty() || p.charAt(0) != '"') return true;
                    p = unquote(p);
                    if (p == null) {
                        warn("invalid string found");
                        return false;
                    }
                    p = ByteText.canonical(p);
                }
                if (!sym.isValidValue(p)) {
                    warn("symbol value '" + p + "' invalid for " + sym.name());
                    return false;
                }
                sym.setUserValue(p);
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    /** The text between the opening quote and the closing one, with backslash escapes removed; null if unterminated. */
    private static String unquote(String p) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '"') return out.toString();
            if (c == '\\') {
                i++;
                if (i >= p.length()) return null;
                c = p.charAt(i);
            }
            out.append(c);
        }
        return null;
    }
}
