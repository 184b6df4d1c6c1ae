package dev.tailor.kconfig.menuconfig.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.menuconfig.Configurator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens on Lanterna's virtual terminal at 80x24: keys in, screen text out. */
class MenuConfigScreenTest {
    private static final String TREE = """
            mainmenu "Screen Test"

            config MODULES
            	bool "Enable loadable module support"
            	modules
            	default y

            menu "Allocators"

            config ALLOC
            	tristate "Allocator"
            	default m
            	help
            	  The allocator.

            config ALLOC_ALIGN
            	int "Alignment"
            	range 8 4096
            	default 16

            choice
            	prompt "Backend"
            	default BUDDY

            config REGION
            	bool "Region"

            config BUDDY
            	bool "Buddy"

            endchoice

            endmenu

            config HIDDEN
            	bool "Hidden"
            	depends on NEVER

            config NEVER
            	bool
            """;

    @TempDir
    Path dir;

    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;
    private MenuConfigScreen ui;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("Kconfig"), TREE, StandardCharsets.ISO_8859_1);
        Kconfig kconfig = Kconfig.load("Kconfig", new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent()));
        terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        ui = new MenuConfigScreen(screen, new Configurator(kconfig, dir.resolve(".config"), dir, null), Theme.mono(false));
        ui.draw();
    }

    @AfterEach
    void stop() throws IOException {
        screen.stopScreen();
    }

    private void press(Object... keys) throws IOException {
        for (Object k : keys) {
            if (k instanceof String text) {
                for (char c : text.toCharArray()) ui.handle(new KeyStroke(c, false, false));
            } else {
                ui.handle(new KeyStroke((KeyType) k));
            }
            ui.draw();
        }
    }

    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) row.append(terminal.getCharacter(c, r).getCharacterString());
            rows.add(row.toString().stripTrailing());
        }
        return rows;
    }

    private String text() {
        return String.join("\n", rows());
    }

    private void assertShows(String expected) {
        assertTrue(text().contains(expected), () -> "no \"" + expected + "\" on\n" + text());
    }

    private void assertHides(String unexpected) {
        assertFalse(text().contains(unexpected), () -> "\"" + unexpected + "\" on\n" + text());
    }

    @Test
    void theMainMenuFitsIn80x24WithTheTitleAndTheKeys() {
        List<String> rows = rows();
        assertEquals(" .config - Screen Test", rows.get(0));
        assertEquals(" > Main menu", rows.get(1));
        assertTrue(rows.get(2).startsWith("+") && rows.get(2).contains(" Screen Test ") && rows.get(2).endsWith("+"));
        assertTrue(rows.get(3).matches("\\| \\[\\*] Enable loadable module support \\(NEW\\) +\\|"), rows.get(3));
        assertTrue(rows.get(4).contains("    Allocators  --->"), rows.get(4));
        assertTrue(rows.get(20).startsWith("+---"), rows.get(20));
        assertTrue(rows.get(22).contains("? help  / search  z show all  Esc back"), rows.get(22));
        assertTrue(rows.get(23).contains("s save  a save as  l load  q quit"), rows.get(23));
    }

    @Test
    void aResizedTerminalGetsTheLayoutRedrawnToItsSize() throws IOException {
        terminal.setTerminalSize(new TerminalSize(100, 30));
        ui.draw();
        List<String> rows = rows();
        assertEquals(30, rows.size());
        assertTrue(rows.get(2).endsWith("+") && rows.get(2).length() == 100, rows.get(2));
        assertTrue(rows.get(29).contains("q quit"), rows.get(29));
    }

    @Test
    void withoutColourTheCursorIsReverseVideo() {
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 80; c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                assertEquals(TextColor.ANSI.DEFAULT, ch.getForegroundColor(), "colour at " + c + "," + r);
                assertEquals(TextColor.ANSI.DEFAULT, ch.getBackgroundColor(), "colour at " + c + "," + r);
            }
        }
        assertTrue(terminal.getCharacter(5, 3).getModifiers().contains(SGR.REVERSE), "the cursor's line");
        assertFalse(terminal.getCharacter(5, 4).getModifiers().contains(SGR.REVERSE));
    }

    @Test
    void theColourThemeHasABlueTitle() throws IOException {
        ui = new MenuConfigScreen(screen, new Configurator(Kconfig.load("Kconfig",
                new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent())), dir.resolve(".config"), dir, null),
                Theme.colour(true));
        ui.draw();
        assertEquals(TextColor.ANSI.BLUE, terminal.getCharacter(3, 0).getBackgroundColor());
        assertEquals("┌", terminal.getCharacter(0, 2).getCharacterString());
    }

    @Test
    void enterOpensAMenuSpaceAndYmnSetAndEscGoesBack() throws IOException {
        press(KeyType.ArrowDown, KeyType.Enter);
        assertShows(" > Main menu > Allocators");
        assertShows("<M> Allocator (NEW)");
        press(" ");
        assertShows("<*> Allocator");
        press("n");
        assertShows("< > Allocator");
        press("m");
        assertShows("<M> Allocator");
        press(KeyType.Escape);
        assertShows("    Allocators  --->");
        press("z", KeyType.ArrowDown, "y");
        assertShows("- - Hidden");
        assertShows("HIDDEN cannot be set to y here: ? shows why");
    }

    @Test
    void aValueIsTypedAndCheckedAgainstItsRange() throws IOException {
        press(KeyType.ArrowDown, KeyType.Enter, KeyType.ArrowDown, KeyType.Enter);
        assertShows("Value (integer, 8 to 4096):");
        press(KeyType.Backspace, KeyType.Backspace, "2", KeyType.Enter);
        assertShows("2 is outside the range 8 to 4096");
        press(KeyType.Backspace, "64", KeyType.Enter);
        assertHides("Value (integer");
        assertShows("(64) Alignment");
    }

    @Test
    void aChoiceIsARadioList() throws IOException {
        press(KeyType.ArrowDown, KeyType.Enter, KeyType.End);
        assertShows("Backend (Buddy)  --->");
        press(KeyType.Enter);
        assertShows("( ) Region");
        assertShows("(X) Buddy");
        press(KeyType.ArrowUp, KeyType.Enter);
        assertShows("Backend (Region)  --->");
    }

    @Test
    void questionMarkShowsTheInfoReport() throws IOException {
        press(KeyType.ArrowDown, KeyType.Enter, "?");
        assertShows("Symbol: ALLOC");
        assertShows("Type: tristate");
        assertShows("Why: default m [=m] at Kconfig:12");
        assertShows("The allocator.");
        press(KeyType.Escape);
        assertHides("Symbol: ALLOC");
        assertShows("<M> Allocator (NEW)");
    }

    @Test
    void slashFindsAndJumpsEvenToAHiddenEntry() throws IOException {
        press("/", "align", KeyType.Enter);
        assertShows("ALLOC_ALIGN [=16]  Alignment");
        assertShows("Location: Main menu > Allocators");
        press(KeyType.Enter);
        assertShows(" > Main menu > Allocators");
        press("/", "nothing-like-this", KeyType.Enter);
        assertShows("Nothing matches \"nothing-like-this\"");
        press(KeyType.Escape, "/", "HIDDEN", KeyType.Enter);
        assertShows("HIDDEN [=n]  Hidden  (hidden)");
        press(KeyType.Enter);
        assertShows("- - Hidden");
        assertShows("Screen Test (all entries)");
        assertShows("hidden entries shown");
        press("z");
        assertHides("- - Hidden");
    }

    @Test
    void quittingWithChangesAsksAndSavesOnYes() throws IOException {
        press("q");
        assertShows("Do you wish to save your new configuration to .config?");
        press(KeyType.Escape);
        assertFalse(ui.isDone(), "Esc goes on configuring");
        press("q", "y");
        assertTrue(ui.isDone());
        assertTrue(Files.readString(dir.resolve(".config")).contains("CONFIG_ALLOC=m\n"));
    }

    @Test
    void quittingWithoutSavingLeavesTheFileAlone() throws IOException {
        press("q", "n");
        assertTrue(ui.isDone());
        assertFalse(Files.exists(dir.resolve(".config")));
    }

    @Test
    void saveAsWritesAnotherFileAndLoadReadsOne() throws IOException {
        press("s");
        assertShows("configuration written to .config");
        press(KeyType.ArrowDown, KeyType.Enter, "y", "a");
        assertShows("Save the configuration to the file:");
        for (int i = 0; i < ".config".length(); i++) press(KeyType.Backspace);
        press("other.config", KeyType.Enter);
        assertShows("configuration written to other.config");
        assertShows(" other.config - Screen Test");
        press("l");
        for (int i = 0; i < "other.config".length(); i++) press(KeyType.Backspace);
        press(".config", KeyType.Enter);
        assertShows("configuration read from .config");
        assertShows("<M> Allocator");
        press("l", "x", KeyType.Enter);
        assertShows("No such file or directory");
        press(KeyType.Escape, "q");
        assertTrue(ui.isDone(), "nothing changed since the load");
    }

    @Test
    void theEnvironmentChoosesMonoAndUnicode() {
        assertEquals(Theme.mono(true), Theme.forEnvironment(Map.of("NO_COLOR", "1", "LANG", "en_US.UTF-8")));
        assertEquals(Theme.mono(false), Theme.forEnvironment(Map.of("MENUCONFIG_COLOR", "mono", "LC_ALL", "C")));
        assertEquals(Theme.colour(false), Theme.forEnvironment(Map.of()));
    }
}
