package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes configurations byte for byte as Linux's confdata.c does: the full .config with its menu
 * comments, and the minimal defconfig of savedefconfig. Files are replaced atomically; a .config that
 * changes keeps its previous contents as {@code .config.old} (unless KCONFIG_OVERWRITECONFIG is set,
 * which writes the file in place).
 */
public final class ConfigWriter {
    private final Kconfig kconfig;
    private final String prefix;

    public ConfigWriter(Kconfig kconfig) {
        this.kconfig = kconfig;
        this.prefix = kconfig.configPrefix();
    }

    /** The full configuration, as conf_write formats it. */
    public String dotConfig() {
        StringBuilder out = new StringBuilder();
        out.append("#\n# Automatically generated file; DO NOT EDIT.\n# ").append(kconfig.mainMenuTitle()).append("\n#\n");
        ConfigWalk.walk(kconfig, new ConfigWalk.Visitor() {
            /** A menu that ended leaves a blank line before the next symbol. */
            private boolean needNewline;

            @Override
            public void heading(MenuNode node) {
                out.append("\n#\n# ").append(node.prompt.text).append("\n#\n");
                needNewline = false;
            }

            @Override
            public void symbol(Symbol sym) {
                if (needNewline) {
                    out.append('\n');
                    needNewline = false;
                }
                appendSymbol(out, sym);
            }

            @Override
            public void endOfMenu(MenuNode menu) {
                out.append("# end of ").append(menu.prompt.text).append('\n');
                needNewline = true;
            }
        });
        return out.toString();
    }

    /** The minimal configuration that gives the current one back (conf_write_defconfig). */
    public String minimalConfig() {
        StringBuilder out = new StringBuilder();
        kconfig.invalidateAll();
        for (MenuNode menu = kconfig.root.list; menu != null; menu = menu.nextInTree(kconfig.root)) {
            Symbol sym = menu.sym;
            if (sym == null || sym.isChoice()) continue;
            if (!sym.isWritten()) continue;
            sym.clearWrite();
            if (!sym.isChangeable()) continue;
            if (sym.stringValue().equals(sym.defaultValue())) continue;
            // An optional choice selects nothing by itself, so its selection must be kept.
            MenuNode choice = sym.choice();
            if (choice != null && !choice.optional && sym == ChoiceValues.defaultMember(choice)
                    && sym.tristateValue() == Tristate.YES) {
                continue;
            }
            appendSymbol(out, sym);
        }
        // The walk cleared the WRITE flags of what it saw (so that a symbol in two menus is written once):
        // values computed afresh set them again, or a .config written next would be empty.
        kconfig.invalidateAll();
        return out.toString();
    }

    private void appendSymbol(StringBuilder out, Symbol sym) {
        if (sym.type() != SymbolType.UNKNOWN) out.append(line(sym)).append('\n');
    }

    /**
     * The line .config has for a symbol of known type, without its newline: {@code CONFIG_X=value}, a
     * string quoted, or {@code # CONFIG_X is not set} for a bool or tristate at n.
     */
    public String line(Symbol sym) {
        String val = sym.stringValue();
        if (sym.type().isBoolOrTristate() && val.equals("n")) return "# " + prefix + sym.name() + " is not set";
        return prefix + sym.name() + "=" + (sym.type() == SymbolType.STRING ? quote(val) : val);
    }

    /** A string value in double quotes, with backslash before every quote and backslash. */
    public static String quote(String val) {
        StringBuilder sb = new StringBuilder(val.length() + 2).append('"');
        for (int i = 0; i < val.length(); i++) {
            char c = val.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /**
     * Writes the full configuration to {@code file} atomically. If the file existed with other contents,
     * they are kept as {@code file.old}. Returns false when the file already had these exact contents.
     */
    public boolean writeDotConfig(Path file) throws IOException {
        String overwrite = kconfig.environment.get("KCONFIG_OVERWRITECONFIG");
        boolean written;
        if (overwrite != null && !overwrite.isEmpty()) {
            // For a .config that is a symlink or otherwise must keep its inode, as Linux allows.
            Files.write(file, ByteText.encode(dotConfig()));
            written = true;
        } else {
            written = replace(file, dotConfig(), true);
        }
        kconfig.changed = false;
        return written;
    }

    /** Writes the minimal configuration to {@code file} atomically; false when it had these contents already. */
    public boolean writeMinimalConfig(Path file) throws IOException {
        return replace(file, minimalConfig(), false);
    }

    static boolean replace(Path file, String content, boolean keepOld) throws IOException {
        if (Files.isDirectory(file)) throw new IOException(file + ": Is a directory");
        byte[] bytes = ByteText.encode(content);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) return false;
        if (keepOld && Files.isRegularFile(file)) {
            Files.copy(file, file.resolveSibling(file.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
        }
        AtomicFiles.write(file, bytes);
        return true;
    }
}
