package dev.tailor.kconfig.menuconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.Symbol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** menuconfig's fix key with the SAT solver behind it: the proposal, and the configurator applying it. */
class SolverFixAdvisorTest {
    @TempDir
    Path dir;

    private Kconfig load(String tree) throws IOException {
        Files.writeString(dir.resolve("Kconfig"), tree, StandardCharsets.UTF_8);
        return Kconfig.load("Kconfig", new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent()));
    }

    /** C depends on B, B on A, all off: the fix turns on A and B, and applied in any order it gives C=y. */
    @Test
    void chainOfDependenciesIsProposedAndApplied() throws IOException {
        Kconfig kconfig = load("""
                config A
                \tbool "a"
                config B
                \tbool "b"
                \tdepends on A
                config C
                \tbool "c"
                \tdepends on B
                config D
                \tbool "d"
                """);
        Symbol c = kconfig.symbol("C");
        FixAdvisor.Fix fix = new SolverFixAdvisor().propose(kconfig, c, "y").orElseThrow();
        assertEquals(List.of("A=y", "B=y", "C=y"),
                fix.assignments().stream().map(a -> a.symbol().name() + "=" + a.value()).sorted().toList());
        assertTrue(fix.summary().startsWith("set "), fix.summary());
        assertEquals("n", c.stringValue(), "proposing changes nothing");

        Configurator menu = new Configurator(kconfig, dir.resolve(".config"), dir, new SolverFixAdvisor());
        // Reversed, so that applying in order alone would refuse C and B: apply retries until nothing moves.
        List<FixAdvisor.Assignment> reversed = new java.util.ArrayList<>(fix.assignments());
        java.util.Collections.reverse(reversed);
        assertEquals(List.of(), menu.apply(new FixAdvisor.Fix(fix.summary(), reversed)));
        assertEquals("y", c.stringValue());
        assertEquals("n", kconfig.symbol("D").stringValue(), "nothing else changes");
    }

    /** A value no configuration allows gets no proposal. */
    @Test
    void impossibleValueHasNoFix() throws IOException {
        Kconfig kconfig = load("""
                config A
                \tbool "a"
                \tdepends on B && !B
                config B
                \tbool "b"
                """);
        assertTrue(new SolverFixAdvisor().propose(kconfig, kconfig.symbol("A"), "y").isEmpty());
    }
}
