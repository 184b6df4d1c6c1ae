package dev.tailor.kconfig.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.generate.Generator;
import dev.tailor.kconfig.matrix.EntryResult.Status;
import dev.tailor.kconfig.matrix.TestCaseResult.Outcome;
import dev.tailor.kconfig.sample.SampleOptions;
import dev.tailor.kconfig.sample.SampleReport;
import dev.tailor.kconfig.sample.Sampling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A matrix over a small product line with two planted interaction bugs: B without A does not compile (a class
 * only A renders is used), and A with C fails a test. The pairwise sample must find both, and every other
 * configuration must pass, each judged from its own values.
 */
class MatrixTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void productLine() throws Exception {
        write("Config.uk", """
                config A
                	bool "a"
                config B
                	bool "b"
                config C
                	bool "c"
                	depends on A
                config D
                	bool "d"
                """);
        write("modules/m/Makefile.uk", """
                SRCS-y += templates/main/p/Core.java.vm
                SRCS-$(CONFIG_A) += templates/main/p/Alpha.java.vm
                TEST_SRCS-y += templates/test/p/CoreTest.java.vm
                TEST_SRCS-$(CONFIG_A) += templates/test/p/AlphaTest.java.vm
                """);
        write("modules/m/templates/main/p/Core.java.vm", """
                package p;
                public class Core {
                    public static int value() {
                        return #if($config.enabled("B"))Alpha.twice(21)#else 42#end;
                    }
                }
                """);
        write("modules/m/templates/main/p/Alpha.java.vm", """
                package p;
                public class Alpha {
                    public static int twice(int x) {
                        return #if($config.enabled("C"))x * 3#else x * 2#end;
                    }
                }
                """);
        write("modules/m/templates/test/p/CoreTest.java.vm", """
                package p;
                import org.junit.jupiter.api.Assumptions;
                import org.junit.jupiter.api.Test;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                class CoreTest {
                    @Test void value() { assertEquals(42, Core.value() #if($config.enabled("C"))* 0 + 42#end); }
                    @Test void onlyWithD() { Assumptions.assumeTrue($config.enabled("D"), "needs D"); }
                }
                """);
        write("modules/m/templates/test/p/AlphaTest.java.vm", """
                package p;
                import org.junit.jupiter.api.Test;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                class AlphaTest {
                    @Test void twice() { assertEquals(42, Alpha.twice(21)); }
                }
                """);
        // Without the GlobalStateLock, two configurations running this at once would see each other's value.
        write("tests/p/GlobalStateTest.java", """
                package p;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.parallel.ResourceLock;
                import org.junit.jupiter.api.parallel.Resources;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                class GlobalStateTest {
                    @Test @ResourceLock(Resources.SYSTEM_PROPERTIES)
                    void ownsTheJvmWhileItRuns() throws Exception {
                        String mine = "v" + System.nanoTime();
                        System.setProperty("matrix.race", mine);
                        Thread.sleep(150);
                        assertEquals(mine, System.getProperty("matrix.race"));
                    }
                }
                """);
        write("tests/p/HandWrittenTest.java", """
                package p;
                import org.junit.jupiter.api.Test;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                class HandWrittenTest {
                    @Test void seesTheProperty() { assertEquals("set", System.getProperty("matrix.test.property")); }
                }
                """);
    }

    private Kconfig load(Diagnostics diagnostics) {
        return Kconfig.load("Config.uk", new Kconfig.LoadOptions(Map.of(), dir, null, diagnostics));
    }

    private Matrix matrix() {
        return Matrix.builder()
                .tree(this::load)
                .generator(Generator.builder().templateRoot(dir.resolve("modules")).build())
                .testSources(dir.resolve("tests"))
                .systemProperty("matrix.test.property", "set")
                .workDirectory(dir.resolve("work"))
                .threads(2)
                .reproduce(file -> "repro " + file)
                .build();
    }

    private static boolean on(EntryResult e, String symbol) {
        return e.differences().contains("CONFIG_" + symbol + "=y");
    }

    @Test
    void thePairwiseSampleFindsBothInteractionsAndPassesTheRest() throws Exception {
        SampleReport sample = Sampling.run(load(Diagnostics.silent()), SampleOptions.pairwise());
        List<MatrixEntry> entries = new ArrayList<>();
        sample.samples().forEach(s -> entries.add(new MatrixEntry(s.name(), s.defconfig(), "pairwise")));
        MatrixResult result = matrix().run(entries, sample.coverage(), "twise", r -> {});

        assertEquals(entries.size(), result.entries().size());
        Set<Status> seen = EnumSet.noneOf(Status.class);
        for (EntryResult e : result.entries()) {
            Status expected = on(e, "B") && !on(e, "A") ? Status.COMPILE_ERROR
                    : on(e, "A") && on(e, "C") ? Status.TEST_FAILURE : Status.PASSED;
            assertEquals(expected, e.status(), e.entry().id() + " " + e.differences() + ": " + e.detail());
            seen.add(e.status());
            Path own = dir.resolve("work").resolve(e.entry().id());
            assertTrue(Files.isRegularFile(own.resolve(e.entry().id() + "_defconfig")), "the defconfig is kept");
            assertEquals(e.status() != Status.PASSED, Files.isDirectory(own.resolve("src")),
                    "sources are kept only for a failure");
            assertEquals("repro " + own.resolve(e.entry().id() + "_defconfig"), e.reproduce());
            switch (e.status()) {
                case COMPILE_ERROR -> assertTrue(e.detail().contains("Alpha"), e.detail());
                case TEST_FAILURE -> {
                    List<TestCaseResult> failed = e.tests().stream().filter(t -> t.outcome() == Outcome.FAILED).toList();
                    assertEquals(1, failed.size(), failed.toString());
                    assertEquals("p.AlphaTest", failed.getFirst().className());
                    assertTrue(failed.getFirst().message().contains("expected: <42> but was: <63>"),
                            failed.getFirst().message());
                }
                case PASSED -> {
                    assertEquals(on(e, "A") ? 5 : 4, e.tests().size(), e.tests().toString());
                    assertEquals(on(e, "D") ? 0 : 1, e.count(Outcome.SKIPPED), "the assumption on D");
                }
                default -> throw new AssertionError(e.status());
            }
        }
        assertEquals(EnumSet.of(Status.PASSED, Status.COMPILE_ERROR, Status.TEST_FAILURE), seen);
        assertFalse(result.passed());
        assertEquals(100.0, result.coverage().percent());
    }

    /**
     * A rendered module descriptor makes the sources a named module, compiled against the modules of the path (here
     * one that only the module path has: on the class path javac finds no module); the tests still compile and
     * run on the class path. A descriptor that does not fit the configuration is its compile error.
     */
    @Test
    void aRenderedModuleDescriptorIsCompiledAsAModule() throws Exception {
        write("modules/m/Makefile.uk", Files.readString(dir.resolve("modules/m/Makefile.uk"))
                + "SRCS-y += templates/main/module-info.java.vm\n");
        write("modules/m/templates/main/module-info.java.vm", """
                module m {
                    requires static org.opentest4j;
                #foreach($p in $packages)
                    exports $p;
                #end
                #if($config.enabled("D"))
                    exports q;
                #end
                }
                """);
        MatrixResult result = matrix().run(List.of(new MatrixEntry("module", "CONFIG_A=y\n", "given"),
                new MatrixEntry("wrong", "CONFIG_D=y\n", "given")), null, null, r -> {});
        EntryResult module = result.entries().get(0);
        assertEquals(Status.PASSED, module.status(), module.detail());
        assertEquals(5, module.tests().size(), module.tests().toString());
        EntryResult wrong = result.entries().get(1);
        assertEquals(Status.COMPILE_ERROR, wrong.status(), wrong.detail());
        assertTrue(wrong.detail().contains("module-info.java:5: package is empty or does not exist: q"), wrong.detail());
    }

    /**
     * A test class runs once for the configurations in which every class it reaches is the same; the others take
     * its results, a failure included. A test that looks up a resource (here the configuration's own) depends on
     * the whole configuration, so it runs in each. --no-reuse runs everything everywhere.
     */
    @Test
    void aTestRunsOnceForTheConfigurationsWhereItsCodeIsTheSame() throws Exception {
        write("tests/p/ConfigResourceTest.java", """
                package p;
                import org.junit.jupiter.api.Test;
                import static org.junit.jupiter.api.Assertions.assertNotNull;
                class ConfigResourceTest {
                    @Test void readsItsConfiguration() {
                        assertNotNull(ConfigResourceTest.class.getClassLoader().getResource("META-INF/kconfig/config"));
                    }
                }
                """);
        List<MatrixEntry> entries = List.of(new MatrixEntry("a", "CONFIG_A=y\n", "given"),
                new MatrixEntry("ad", "CONFIG_A=y\nCONFIG_D=y\n", "given"),
                new MatrixEntry("ac", "CONFIG_A=y\nCONFIG_C=y\n", "given"),
                new MatrixEntry("acd", "CONFIG_A=y\nCONFIG_C=y\nCONFIG_D=y\n", "given"));
        MatrixResult result = matrix().run(entries, null, null, r -> {});
        assertEquals(List.of(Status.PASSED, Status.PASSED, Status.TEST_FAILURE, Status.TEST_FAILURE),
                result.entries().stream().map(EntryResult::status).toList());
        // Alpha differs with C; CoreTest is rendered with C and D; the hand-written tests reach no rendered class.
        ranOnceIn(result, "p.HandWrittenTest", Set.of("a", "ad", "ac", "acd"));
        ranOnceIn(result, "p.GlobalStateTest", Set.of("a", "ad", "ac", "acd"));
        ranOnceIn(result, "p.AlphaTest", Set.of("a", "ad"));
        ranOnceIn(result, "p.AlphaTest", Set.of("ac", "acd"));
        for (String id : List.of("a", "ad", "ac", "acd")) {
            ranOnceIn(result, "p.CoreTest", Set.of(id));
            ranOnceIn(result, "p.ConfigResourceTest", Set.of(id));
        }
        for (EntryResult e : result.entries().subList(2, 4)) {
            TestCaseResult alpha = e.tests().stream().filter(t -> t.className().equals("p.AlphaTest")).findFirst().orElseThrow();
            assertEquals(Outcome.FAILED, alpha.outcome(), e.entry().id() + ": a failure taken is a failure");
        }
        assertEquals(3 + 3 + 1 + 1, result.reused());
        assertTrue(MatrixReports.summary(result).contains("(8 of them run once for configurations with the same code)"),
                MatrixReports.summary(result));
        Path reports = dir.resolve("reports");
        MatrixReports.write(result, reports);
        String taker = result.entries().stream().filter(e -> e.reused() > 0).findFirst().orElseThrow().entry().id();
        String xml = Files.readString(reports.resolve("junit/TEST-" + taker + ".xml"));
        assertTrue(xml.contains("where every class this test reaches is the same</system-out>"), xml);

        MatrixResult everywhere = Matrix.builder().tree(this::load)
                .generator(Generator.builder().templateRoot(dir.resolve("modules")).build())
                .testSources(dir.resolve("tests")).systemProperty("matrix.test.property", "set")
                .workDirectory(dir.resolve("work2")).threads(2).reuseResults(false).build()
                .run(entries, null, null, r -> {});
        assertEquals(0, everywhere.reused());
        assertEquals(result.tests(Outcome.PASSED), everywhere.tests(Outcome.PASSED));
        assertEquals(result.tests(Outcome.FAILED), everywhere.tests(Outcome.FAILED));
    }

    /** Among {@code ids}, the class ran in exactly one configuration, and the others took its results from there. */
    private static void ranOnceIn(MatrixResult result, String className, Set<String> ids) {
        List<String> ranIn = new ArrayList<>();
        Set<String> takenFrom = new java.util.HashSet<>();
        for (EntryResult e : result.entries()) {
            if (!ids.contains(e.entry().id())) continue;
            List<TestCaseResult> tests = e.tests().stream().filter(t -> t.className().equals(className)).toList();
            assertFalse(tests.isEmpty(), className + " in " + e.entry().id());
            if (tests.stream().allMatch(t -> t.reusedFrom() == null)) ranIn.add(e.entry().id());
            else tests.forEach(t -> takenFrom.add(t.reusedFrom()));
        }
        assertEquals(1, ranIn.size(), className + " ran in " + ranIn + " of " + ids);
        assertTrue(takenFrom.isEmpty() || takenFrom.equals(Set.copyOf(ranIn)), className + " taken from " + takenFrom);
    }

    @Test
    void reportsNameEveryConfigurationAndFailure() throws Exception {
        List<MatrixEntry> entries = List.of(
                new MatrixEntry("good", "CONFIG_A=y\nCONFIG_D=y\n", "given"),
                new MatrixEntry("broken", "CONFIG_B=y\n", "given"),
                new MatrixEntry("failing", "CONFIG_A=y\nCONFIG_C=y\n", "given"),
                new MatrixEntry("unknown", "CONFIG_NO_SUCH_OPTION=y\n", "given"),
                new MatrixEntry("dropped", "CONFIG_C=y\n", "given"));
        MatrixResult result = matrix().run(entries, null, null, r -> {});
        assertEquals(List.of(Status.PASSED, Status.COMPILE_ERROR, Status.TEST_FAILURE, Status.CONFIG_ERROR,
                Status.CONFIG_ERROR), result.entries().stream().map(EntryResult::status).toList());
        assertTrue(result.entries().get(3).detail().endsWith("unknown_defconfig:1: NO_SUCH_OPTION is not defined by the "
                + "Kconfig tree"), result.entries().get(3).detail());
        // C depends on A: Linux drops the value silently; the matrix would test another configuration than named.
        assertTrue(result.entries().get(4).detail().endsWith("dropped_defconfig:1: CONFIG_C=y did not take: C is n "
                + "(see `kconfig info C` or `kconfig fix C=y`)"), result.entries().get(4).detail());

        Path reports = dir.resolve("reports");
        Path html = MatrixReports.write(result, reports);
        JsonObject json = JsonParser.parseString(Files.readString(reports.resolve("matrix.json"))).getAsJsonObject();
        assertFalse(json.get("passed").getAsBoolean());
        assertEquals(5, json.getAsJsonArray("configurations").size());
        JsonObject failing = json.getAsJsonArray("configurations").get(2).getAsJsonObject();
        assertEquals("test_failure", failing.get("status").getAsString());
        assertEquals("p.AlphaTest", failing.getAsJsonArray("failures").get(0).getAsJsonObject().get("class").getAsString());
        assertTrue(failing.get("reproduce").getAsString().endsWith("failing_defconfig"));

        for (EntryResult e : result.entries()) {
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(reports.resolve("junit/TEST-" + e.entry().id() + ".xml").toFile()).getDocumentElement();
            assertEquals(e.entry().id(), suite.getAttribute("name"));
            int errors = e.status() == Status.COMPILE_ERROR || e.status() == Status.CONFIG_ERROR ? 1 : 0;
            assertEquals(Integer.toString(errors), suite.getAttribute("errors"));
            assertEquals(Long.toString(e.count(Outcome.FAILED)), suite.getAttribute("failures"));
        }
        String page = Files.readString(html);
        for (String id : List.of("good", "broken", "failing", "unknown", "dropped")) assertTrue(page.contains("id=\"" + id + "\""), id);
        assertTrue(page.contains("expected: &lt;42&gt; but was: &lt;63&gt;"), "failure messages, escaped");
        String table = MatrixReports.table(result);
        assertTrue(table.contains("1 of 5 configurations passed"), table);
        assertTrue(table.contains("reproduce: repro "), table);
    }
}
