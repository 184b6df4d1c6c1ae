package dev.tailor.kconfig.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.KconfigException;
import dev.tailor.kconfig.testing.ProductLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictSolverTest {
    @TempDir
    Path dir;

    private static Kconfig defaults() {
        Kconfig k = ProductLine.load();
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        return k;
    }

    private static List<String> names(List<Correction.Change> changes) {
        return changes.stream().map(c -> c.symbol().name() + "=" + c.to()).toList();
    }

    @Test
    void smallestSetOfOtherChanges() {
        Kconfig k = defaults();
        ConflictSolver solver = new ConflictSolver(k);
        // Small blocks from slabs depend on the slab allocator, which is off by default: one change.
        Correction c = solver.solve(Map.of("LIBUKALLOCBBUDDY_SMALL", "y"));
        Correction.Fix fix = assertInstanceOf(Correction.Fix.class, c);
        assertEquals(List.of("LIBUKALLOCSLAB=y"), names(fix.changes()));
        assertTrue(names(fix.consequences()).contains("LIBUKALLOC_VIEW_SLAB=y"), names(fix.consequences()).toString());
        assertEquals("n", k.symbol("LIBUKALLOCBBUDDY_SMALL").stringValue(), "solve leaves the engine alone");
        solver.apply(fix);
        assertEquals("y", k.symbol("LIBUKALLOCBBUDDY_SMALL").stringValue());
        assertEquals("y", k.symbol("LIBUKALLOCSLAB").stringValue());
    }

    @Test
    void aValueAlreadyAllowedNeedsNothingElse() {
        Correction.Fix fix = assertInstanceOf(Correction.Fix.class,
                new ConflictSolver(defaults()).solve(Map.of("CONFIG_LIBUKALLOC_IFSTATS", "y")));
        assertEquals(List.of(), fix.changes());
        assertEquals(List.of("LIBUKALLOC_IFSTATS=y"), names(fix.wanted()));
    }

    @Test
    void aChoiceMemberMovesTheChoice() {
        Kconfig k = defaults();
        Correction.Fix fix = assertInstanceOf(Correction.Fix.class,
                new ConflictSolver(k).solve(Map.of("LIBUKBOOT_HEAP_SIZE", "0x2000", "LIBUKBOOT_INITTLSF", "y")));
        assertEquals(List.of(), names(fix.changes()), "the choice moves with the wanted member");
        assertTrue(names(fix.consequences()).contains("LIBUKBOOT_INITBBUDDY=n"), names(fix.consequences()).toString());
    }

    @Test
    void valuesThatCannotHoldTogether() {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("LIBUKBOOT_INITBBUDDY", "y");
        wanted.put("LIBUKALLOCBBUDDY", "n");
        Correction.Impossible no = assertInstanceOf(Correction.Impossible.class,
                new ConflictSolver(defaults()).solve(wanted));
        assertEquals("LIBUKBOOT_INITBBUDDY=y and LIBUKALLOCBBUDDY=n cannot hold together in any configuration",
                no.reason());
    }

    @Test
    void aValueNoConfigurationHas() throws IOException {
        Files.writeString(dir.resolve("Kconfig"), "config A\n\tbool \"a\"\n\tdepends on B\nconfig B\n\tbool\n",
                StandardCharsets.ISO_8859_1);
        Kconfig k = Kconfig.load("Kconfig", new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent()));
        Correction.Impossible no = assertInstanceOf(Correction.Impossible.class,
                new ConflictSolver(k).solve(Map.of("A", "y")));
        assertEquals("A=y is impossible in every configuration of this tree; it depends on B", no.reason());
    }

    @Test
    void unknownSymbolsAndInvalidValuesAreErrors() {
        ConflictSolver solver = new ConflictSolver(defaults());
        assertEquals("kconfig: unknown symbol NOPE",
                assertThrows(KconfigException.class, () -> solver.solve(Map.of("NOPE", "y"))).getMessage());
        assertEquals("kconfig: invalid value m for bool symbol LIBUKALLOC",
                assertThrows(KconfigException.class, () -> solver.solve(Map.of("LIBUKALLOC", "m"))).getMessage());
        assertEquals("kconfig: invalid value x for integer symbol TLSF_LOG2_SLI",
                assertThrows(KconfigException.class, () -> solver.solve(Map.of("TLSF_LOG2_SLI", "x"))).getMessage());
    }

    @Test
    void anIntValueTheTreeNeverMentions() {
        Kconfig k = defaults();
        ConflictSolver solver = new ConflictSolver(k);
        Correction.Fix fix = assertInstanceOf(Correction.Fix.class, solver.solve(Map.of("TLSF_LOG2_SLI", "3")));
        assertEquals(List.of("LIBTLSF=y"), names(fix.changes()));
        solver.apply(fix);
        assertEquals("3", k.symbol("TLSF_LOG2_SLI").stringValue());
    }
}
