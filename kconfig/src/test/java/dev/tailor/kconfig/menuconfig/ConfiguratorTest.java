package dev.tailor.kconfig.menuconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.MenuNode;
import dev.tailor.kconfig.Tristate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configurator without a screen: pages as Linux's mconf shows them, values, search, help, files. */
class ConfiguratorTest {
    @TempDir
    Path dir;

    private Kconfig kconfig;
    private Configurator menu;

    @BeforeEach
    void load() throws IOException {
        kconfig = MenuTrees.load(dir);
        menu = new Configurator(kconfig, dir.resolve(".config"), dir, null);
    }

    private List<String> lines() {
        return menu.entries().stream().map(EntryText::of).toList();
    }

    /** Puts the cursor on the line that starts with {@code text} after its value box and indentation. */
    private void select(String prompt) {
        List<Entry> entries = menu.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (EntryText.prompt(entries.get(i).node()).equals(prompt)) {
                menu.moveTo(i);
                return;
            }
        }
        throw new AssertionError("no line " + prompt + " in " + lines());
    }

    private String line(String prompt) {
        select(prompt);
        return EntryText.of(menu.current());
    }

    @Test
    void mainMenuAsMconfShowsIt() {
        assertEquals("Test Menu", menu.title());
        assertEquals(List.of(
                "[*] Enable loadable module support (NEW)",
                "    Allocators  --->",
                "[ ] Debugging (NEW)  ----",
                "-*- Forced",
                "[*] Forcer (NEW)",
                "< > Module only (NEW)"), lines());
        assertEquals(List.of("Main menu"), menu.path());
    }

    @Test
    void aMenuPageNestsDependentsAndShowsValuesCommentsAndChoices() {
        select("Allocators");
        assertEquals(Configurator.Opened.SUBMENU, menu.open());
        assertEquals(List.of("Main menu", "Allocators"), menu.path());
        assertEquals(List.of(
                "<M> Allocator (NEW)",
                "[ ]   Statistics (NEW)",
                "(16) Alignment (NEW)",
                "(0x1000) Base address (NEW)",
                "(heap) Name (NEW)",
                "    *** Backends ***",
                "    Backend (Buddy)  --->"), lines());
        assertTrue(menu.back());
        assertFalse(menu.back());
        assertEquals("    Allocators  --->", EntryText.of(menu.current()), "the cursor stays where it was");
    }

    @Test
    void spaceCyclesWhatTheDependenciesAllowAndYmnSet() {
        menu.jumpTo(node("ALLOC"));
        assertEquals("<M> Allocator (NEW)", EntryText.of(menu.current()));
        assertTrue(menu.toggle());
        assertEquals("<*> Allocator", EntryText.of(menu.current()));
        assertTrue(menu.toggle());
        assertEquals("< > Allocator", EntryText.of(menu.current()));
        assertFalse(lines().contains("[ ]   Statistics (NEW)"), "its dependent is gone with it");
        assertTrue(menu.set(Tristate.MOD));
        assertEquals("<M> Allocator", EntryText.of(menu.current()));

        menu.jumpTo(node("MOD_ONLY"));
        assertTrue(menu.set(Tristate.YES), "y where only m is allowed gives m, as mconf does");
        assertEquals("<M> Module only", EntryText.of(menu.current()));

        menu.jumpTo(node("MODULES"));
        assertFalse(menu.set(Tristate.MOD), "a bool has no m");
        assertTrue(menu.set(Tristate.NO));
        menu.jumpTo(node("ALLOC"));
        assertEquals("[*] Allocator", EntryText.of(menu.current()), "without modules a tristate is a bool");

        menu.jumpTo(node("FORCED"));
        assertFalse(menu.toggle(), "a select holds it at y");
        assertFalse(menu.set(Tristate.NO));
        assertEquals("-*- Forced", EntryText.of(menu.current()));
    }

    @Test
    void theCursorMovesWithinThePageAndFallsBackWhenItsLineGoes() {
        menu.moveTo(99);
        assertEquals(5, menu.cursor());
        menu.move(-10);
        assertEquals(0, menu.cursor());
        menu.jumpTo(node("ALLOC_STATS"));
        assertEquals(1, menu.cursor());
        node("ALLOC").symbol().setValue("n");
        assertEquals(1, menu.cursor(), "the line now at its place");
        assertEquals("(16) Alignment (NEW)", EntryText.of(menu.current()));
    }

    @Test
    void valuesAreCheckedAgainstTypeAndRange() {
        menu.jumpTo(node("ALLOC_ALIGN"));
        assertEquals(Configurator.Opened.VALUE, menu.open());
        assertEquals(Optional.of("'abc' is not a decimal integer"), menu.setValue("abc"));
        assertEquals(Optional.of("2 is outside the range 8 to 4096"), menu.setValue("2"));
        assertEquals(Optional.empty(), menu.setValue("64"));
        assertEquals("(64) Alignment", EntryText.of(menu.current()));

        menu.jumpTo(node("ALLOC_BASE"));
        assertEquals(Optional.of("'zz' is not a hexadecimal number"), menu.setValue("zz"));
        assertEquals(Optional.empty(), menu.setValue("2000"));
        assertEquals("(0x2000) Base address", EntryText.of(menu.current()));

        menu.jumpTo(node("ALLOC_NAME"));
        assertEquals(Optional.empty(), menu.setValue("my heap"));
        assertEquals("(my heap) Name", EntryText.of(menu.current()));
    }

    @Test
    void aChoiceIsARadioListOfItsVisibleMembers() {
        menu.jumpTo(node("REGION"));
        assertEquals("    Backend (Buddy)  --->", EntryText.of(menu.current()), "a member is found on its choice");
        assertEquals(Configurator.Opened.CHOICE, menu.open());
        MenuNode choice = menu.current().node();
        assertEquals(List.of("Region", "Buddy"), menu.choiceMembers(choice).stream().map(EntryText::prompt).toList());
        assertTrue(menu.choose(node("REGION")));
        assertEquals("    Backend (Region)  --->", EntryText.of(menu.current()));
        assertEquals("y", node("REGION").symbol().stringValue());
    }

    @Test
    void aMenuconfigOpensItsOwnPageHeadedByItself() {
        select("Debugging");
        assertTrue(menu.set(Tristate.YES));
        assertEquals("[*] Debugging  --->", EntryText.of(menu.current()));
        assertEquals(Configurator.Opened.SUBMENU, menu.open());
        assertEquals(List.of("--- Debugging", "(1)   Level (NEW)"), lines());
        assertTrue(menu.toggle(), "the header line is the symbol itself");
        assertEquals(List.of("--- Debugging"), lines());
    }

    @Test
    void showAllAddsTheEntriesTheDependenciesHide() {
        assertFalse(lines().contains("- - Hidden"));
        menu.showAll(true);
        assertTrue(menu.showsAll());
        assertTrue(lines().contains("- - Hidden"), lines()::toString);
        assertFalse(menu.entries().getLast().visible());
    }

    @Test
    void searchRanksExactNamesFirstAndMatchesPrompts() {
        List<Configurator.SearchHit> hits = menu.search("alloc");
        assertEquals("ALLOC [=m]  Allocator", hits.getFirst().label());
        assertEquals("Main menu > Allocators", hits.getFirst().location());
        assertEquals(List.of("ALLOC", "ALLOC_ALIGN", "ALLOC_BASE", "ALLOC_NAME", "ALLOC_STATS", ""),
                hits.stream().map(h -> h.node().symbol() == null ? "" : h.node().symbol().name()).toList(),
                "the exact name, the other names by name, then the menu whose prompt matches");
        assertEquals("ALLOC_ALIGN [=16]  Alignment", menu.search("CONFIG_.*align").getFirst().label());
        assertEquals(1, menu.search("alignMENT").size(), "prompts, case-insensitively");
        assertEquals(List.of(), menu.search("forc("), "a bad regex is taken literally, not an error");
    }

    @Test
    void jumpingToAHiddenEntryShowsAll() {
        assertTrue(menu.jumpTo(menu.search("HIDDEN").getFirst().node()));
        assertTrue(menu.showsAll());
        assertEquals("- - Hidden", EntryText.of(menu.current()));
        assertFalse(menu.jumpTo(node("NEVER")), "no prompt, no line");
    }

    @Test
    void helpIsTheInfoReport() {
        String help = menu.help(node("ALLOC"));
        assertTrue(help.startsWith("Symbol: ALLOC\nType: tristate\nValue: m\nWhy: default m [=m] at Kconfig:12\n"), help);
        assertTrue(help.contains("  The allocator."), help);
        String forced = menu.help(node("FORCED"));
        assertTrue(forced.contains("Selected by:\n  FORCER [=y]"), forced);
        assertTrue(menu.help(menu.search("Allocators").getFirst().node())
                .startsWith("There is no help available for this option."));
    }

    @Test
    void savingIsAtomicKeepsTheOldFileAndClearsTheChanges() throws IOException {
        assertTrue(menu.isChanged(), "nothing was read");
        assertEquals("configuration written to .config", menu.save());
        assertFalse(menu.isChanged());
        assertEquals("No change to configuration in '.config'", menu.save());
        String first = Files.readString(dir.resolve(".config"));
        assertTrue(first.contains("CONFIG_ALLOC=m\n"), first);

        menu.jumpTo(node("ALLOC"));
        assertTrue(menu.set(Tristate.YES));
        assertTrue(menu.isChanged());
        menu.save();
        assertEquals(first, Files.readString(dir.resolve(".config.old")));
        assertTrue(Files.readString(dir.resolve(".config")).contains("CONFIG_ALLOC=y\n"));

        menu.set(Tristate.NO);
        assertEquals("configuration written to other.config", menu.saveAs(menu.resolve("other.config")));
        assertEquals(dir.resolve("other.config"), menu.file());
        assertEquals(0, menu.load(dir.resolve(".config")));
        assertEquals("y", node("ALLOC").symbol().stringValue());
        assertFalse(menu.isChanged());
        assertEquals(4, menu.saves().size());
    }

    @Test
    void aFixIsAskedForAndAppliedThroughTheAdvisor() {
        assertFalse(menu.canProposeFixes());
        node("ALLOC").symbol().setValue("n");
        Configurator withFix = new Configurator(kconfig, dir.resolve(".config"), dir, (k, sym, value) ->
                Optional.of(new FixAdvisor.Fix("turn on ALLOC", List.of(
                        new FixAdvisor.Assignment(k.symbol("ALLOC"), "y"),
                        new FixAdvisor.Assignment(sym, value),
                        new FixAdvisor.Assignment(k.symbol("NEVER"), "y")))));
        withFix.showAll(true);
        assertTrue(withFix.jumpTo(node("ALLOC_STATS")));
        FixAdvisor.Fix fix = withFix.proposeFix().orElseThrow();
        assertEquals("y", fix.assignments().get(1).value());
        List<FixAdvisor.Assignment> refused = withFix.apply(fix);
        assertEquals(List.of("NEVER"), refused.stream().map(a -> a.symbol().name()).toList(), "it has no prompt");
        assertEquals("y", node("ALLOC_STATS").symbol().stringValue());
    }

    @Test
    void aConfigurationReadBeforeCountsAsUnchanged() throws IOException {
        menu.save();
        Kconfig again = MenuTrees.load(dir);
        new ConfigReader(again).read(dir.resolve(".config"), ".config");
        Configurator reopened = new Configurator(again, dir.resolve(".config"), dir, null);
        assertFalse(reopened.isChanged());
        assertEquals("[*] Enable loadable module support", reopened.entries().stream().map(EntryText::of)
                .findFirst().orElseThrow(), "no (NEW) once the file gave it a value");
    }

    private MenuNode node(String name) {
        return kconfig.symbol(name).nodes().getFirst();
    }
}
