package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ByteText;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Property;
import dev.tailor.kconfig.PropertyKind;
import dev.tailor.kconfig.Symbol;
import dev.tailor.kconfig.SymbolReport;
import dev.tailor.kconfig.Tristate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The line-oriented questions of {@code oldconfig}, as Linux's conf asks them: every new symbol (one
 * without a value in the configuration) that the user could change is asked for, with the menu around it,
 * until none is left. An empty answer, or the end of the input, takes the value shown in brackets; "?"
 * shows the help. When the input is not a terminal, each answer read is echoed, as conf does.
 */
public final class OldConfigDialog {
    private final Kconfig kconfig;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final SymbolReport report;
    /** Symbols whose question could not be answered once the input had ended: not asked again. */
    private final Set<Symbol> abandoned = new HashSet<>();
    private int indent = 1;
    private int asked;
    private MenuNode rootEntry;
    private String line = "";
    private boolean endOfInput;

    public OldConfigDialog(Kconfig kconfig, String prefix, InputStream in, PrintStream out, PrintStream err,
            boolean interactive) {
        this.kconfig = kconfig;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.report = new SymbolReport(kconfig, prefix);
    }

    /** Asks until no new symbol is left (each answer may reveal new ones). */
    public void run() {
        ConfigTool tool = new ConfigTool(kconfig);
        List<Symbol> before = tool.newSymbols();
        do {
            asked = 0;
            checkConf(kconfig.root());
            List<Symbol> after = tool.newSymbols();
            // A round that settled nothing would repeat itself forever.
            if (after.equals(before)) break;
            before = after;
        } while (asked > 0);
    }

    private void checkConf(MenuNode menu) {
        if (!menu.isVisible()) return;
        Symbol sym = menu.symbol();
        if (sym != null && !sym.hasUserValue() && sym.isChangeable() && !abandoned.contains(sym)) {
            if (asked++ == 0) out.print("*\n* Restart config...\n*\n");
            rootEntry = menuOrParentMenu(menu);
            conf(rootEntry);
        }
        for (MenuNode child : menu.children()) checkConf(child);
    }

    private MenuNode menuOrParentMenu(MenuNode menu) {
        MenuNode m = menu;
        while (m != kconfig.root() && m != null) {
            if (m.prompt() != null && m.prompt().kind() == PropertyKind.MENU) break;
            m = m.parent();
        }
        return m == null ? kconfig.root() : m;
    }

    private void conf(MenuNode menu) {
        if (!menu.isVisible()) return;
        Symbol sym = menu.symbol();
        Property prompt = menu.prompt();
        if (prompt != null) {
            PropertyKind kind = prompt.kind();
            if (kind == PropertyKind.MENU && menu != rootEntry) {
                // Other menus are shown only when they hold a new symbol.
                checkConf(menu);
                return;
            }
            if (kind == PropertyKind.MENU || kind == PropertyKind.COMMENT) {
                String star = pad('*');
                out.print(star + "\n" + star + " " + prompt.text() + "\n" + star + "\n");
            }
        }
        if (sym != null) {
            if (sym.isChoice()) {
                confChoice(menu);
                return;
            }
            switch (sym.type()) {
                case INT, HEX, STRING -> confString(menu);
                default -> confSym(menu);
            }
            indent += 2;
        }
        for (MenuNode child : menu.children()) conf(child);
        if (sym != null) indent -= 2;
    }

    /** {@code c} right-aligned in a field as wide as the indentation (printf's %*c). */
    private String pad(char c) {
        return " ".repeat(Math.max(0, indent - 1)) + c;
    }

    private String indentation() {
        return " ".repeat(Math.max(0, indent - 1));
    }

    /** Shows the value; asks only for a new, changeable symbol. False when nothing was read. */
    private boolean askValue(Symbol sym, String def) {
        if (!sym.hasUserValue()) out.print("(NEW) ");
        line = "\n";
        if (!sym.isChangeable() || sym.hasUserValue()) {
            out.print(def + "\n");
            return false;
        }
        readLine();
        return true;
    }

    private void confSym(MenuNode menu) {
        Symbol sym = menu.symbol();
        while (true) {
            out.print(indentation() + menu.promptText() + " ");
            if (sym.name() != null) out.print("(" + sym.name() + ") ");
            Tristate old = sym.tristateValue();
            StringBuilder choices = new StringBuilder("[");
            choices.append(Character.toUpperCase(old.letter().charAt(0)));
            for (Tristate t : Tristate.values()) {
                if (old != t && sym.isSettable(t)) choices.append('/').append(t.letter());
            }
            out.print(choices + "/?] ");
            if (!askValue(sym, sym.stringValue())) return;
            String answer = line.strip();
            Tristate value;
            if (answer.isEmpty()) {
                value = old;
            } else {
                String rest = answer.substring(1);
                switch (answer.charAt(0)) {
                    case 'n', 'N' -> value = rest.isEmpty() || rest.equals("o") ? Tristate.NO : null;
                    case 'm', 'M' -> value = rest.isEmpty() ? Tristate.MOD : null;
                    case 'y', 'Y' -> value = rest.isEmpty() || rest.equals("es") ? Tristate.YES : null;
                    case '?' -> {
                        printHelp(menu);
                        if (giveUp(sym)) return;
                        continue;
                    }
                    default -> value = null;
                }
                if (value == null) {
                    if (giveUp(sym)) return;
                    continue;
                }
            }
            if (sym.setTristateValue(value)) return;
            printHelp(menu);
            if (giveUp(sym)) return;
        }
    }

    private void confString(MenuNode menu) {
        Symbol sym = menu.symbol();
        while (true) {
            out.print(indentation() + menu.promptText() + " ");
            out.print("(" + sym.name() + ") ");
            String def = sym.stringValue();
            out.print("[" + def + "] ");
            if (!askValue(sym, def)) return;
            String value;
            if (line.startsWith("\n")) {
                value = def;
            } else if (line.equals("?\n")) {
                printHelp(menu);
                value = null;
            } else {
                value = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            }
            if (value != null && sym.setValue(value)) return;
            if (giveUp(sym)) return;
        }
    }

    private void confChoice(MenuNode menu) {
        boolean isNew = false;
        while (true) {
            out.print(indentation() + menu.promptText() + "\n");
            Symbol current = menu.selection();
            int count = 0;
            int def = 0;
            line = "";
            List<MenuNode> children = menu.children();
            for (MenuNode child : children) {
                if (!child.isVisible()) continue;
                if (child.symbol() == null) {
                    out.print(pad('*') + " " + child.promptText() + "\n");
                    continue;
                }
                count++;
                if (child.symbol() == current) {
                    def = count;
                    out.print(pad('>'));
                } else {
                    out.print(pad(' '));
                }
                out.print(" " + count + ". " + child.promptText() + " (" + child.symbol().name() + ")");
                if (!child.symbol().hasUserValue()) {
                    isNew = true;
                    out.print(" (NEW)");
                }
                out.print("\n");
            }
            out.print(indentation() + "choice");
            int pick;
            if (count == 1) {
                out.print("[1]: 1\n");
                pick = 1;
            } else {
                out.print("[1-" + count + "?]: ");
                if (!isNew) {
                    pick = def;
                    out.print(def + "\n");
                } else {
                    readLine();
                    line = line.strip();
                    if (line.startsWith("?")) {
                        printHelp(menu);
                        if (giveUpChoice(menu)) return;
                        continue;
                    }
                    if (line.isEmpty()) {
                        pick = def;
                    } else if (Character.isDigit(line.charAt(0))) {
                        pick = leadingNumber(line);
                    } else {
                        if (giveUpChoice(menu)) return;
                        continue;
                    }
                }
            }
            MenuNode chosen = null;
            int n = pick;
            for (MenuNode child : children) {
                if (child.symbol() == null || !child.isVisible()) continue;
                if (--n == 0) {
                    chosen = child;
                    break;
                }
            }
            if (chosen == null) {
                if (giveUpChoice(menu)) return;
                continue;
            }
            if (!line.isEmpty() && line.endsWith("?")) {
                printHelp(chosen);
                if (giveUpChoice(menu)) return;
                continue;
            }
            kconfig.selectChoice(chosen.symbol());
            return;
        }
    }

    private static int leadingNumber(String s) {
        int end = 0;
        while (end < s.length() && end < 9 && Character.isDigit(s.charAt(end))) end++;
        return Integer.parseInt(s.substring(0, end));
    }

    /** After the input ended, a question that cannot be settled by its default is dropped, not repeated. */
    private boolean giveUp(Symbol sym) {
        if (!endOfInput) return false;
        abandoned.add(sym);
        return true;
    }

    private boolean giveUpChoice(MenuNode choice) {
        if (!endOfInput) return false;
        abandoned.addAll(choice.choiceMembers());
        return true;
    }

    private void printHelp(MenuNode menu) {
        out.print("\n" + report.extendedHelp(menu) + "\n");
    }

    /**
     * Reads one answer with its newline into {@link #line} (left as it was at the end of the input, with a
     * note on standard error) and echoes it when the input is not a terminal.
     */
    private void readLine() {
        out.flush();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int c;
            while ((c = in.read()) >= 0) {
                bytes.write(c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.size() == 0) {
            err.print("\nError in reading or end of file.\n");
            endOfInput = true;
        } else {
            line = ByteText.decode(bytes.toByteArray());
        }
        if (!interactive) out.print(line);
    }
}
