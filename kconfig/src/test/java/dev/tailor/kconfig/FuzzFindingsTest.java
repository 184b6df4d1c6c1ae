package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.List;

/**
 * What the fuzz targets found, each kept as a plain test with its input inline (the same inputs are seeds
 * in the targets' src/test/resources/.../*FuzzTestInputs directories, which Jazzer replays in every test run).
 */
class FuzzFindingsTest {
    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    /**
     * ConfigReaderFuzzTest#defconfig: the minimal config's walk clears the WRITE flags (as Linux's
     * conf_write_defconfig does, which then exits); a .config written after it had no symbols at all.
     */
    @Test
    void aConfigWrittenAfterTheMinimalOneIsComplete() {
        Kconfig k = t.load("config A\n\tbool \"a\"\n\tdefault y\nconfig B\n\tint \"b\"\n\tdefault 3\n");
        t.readConfig(k, "CONFIG_B=4\n");
        assertEquals("CONFIG_B=4\n", new ConfigWriter(k).minimalConfig());
        assertEquals("CONFIG_A=y\nCONFIG_B=4\n", TestTrees.body(k));
    }

    /** KconfigParserFuzzTest: a NUL byte in a source statement's file name threw InvalidPathException. */
    @Test
    void aFileNameWithANulIsALocatedError() {
        KconfigException e = t.loadFails("config A\n\tbool\nsource \"driver\u0000s/Kconfig\"\n");
        assertEquals("Kconfig:3: can't open file \"driver\u0000s/Kconfig\": not a valid file name", e.getMessage());
        e = t.loadFails("rsource \"a\u0000\"\n");
        assertEquals("Kconfig:1: can't open file \"a\u0000\": not a valid file name", e.getMessage());
    }

    /** A wildcard whose '[' has no ']' threw PatternSyntaxException; in Python's glob it stands for itself. */
    @Test
    void anUnclosedBracketInASourcePatternIsLiteral() {
        t.write("a[b", "config LITERAL\n\tbool \"literal\"\n");
        Kconfig k = t.load("source \"a[b\"\nosource \"[z-a]\"\n");
        TestTrees.sym(k, "LITERAL");
        assertEquals("Kconfig:1: no file matches \"x[\"", t.loadFails("source \"x[\"\n").getMessage());
    }

    /** A wildcard lists one directory level per segment, not every file below it (a whole file system for "/*"). */
    @Test
    void aWildcardMatchesWithinOneSegment() {
        t.write("sub/one.k", "config ONE\n\tbool \"one\"\n");
        t.write("sub/deeper/two.k", "config TWO\n\tbool \"two\"\n");
        t.write("sub/.hidden.k", "config HIDDEN\n\tbool \"hidden\"\n");
        Kconfig k = t.load("source \"sub/*.k\"\nosource \"sub/**.k\"\nosource \"/*/no-such-kconfig-file\"\n");
        TestTrees.sym(k, "ONE");
        assertEquals(null, k.symbol("TWO"));
        assertEquals(null, k.symbol("HIDDEN"));
        TestTrees.sym(t.load("source \"sub/*/two.k\"\nsource \"sub/.*.k\"\n"), "TWO");
    }

    /**
     * KconfigParserFuzzTest: a wildcard through /proc met a directory whose listing fails part way
     * (/proc/1/map_files), and DirectoryIteratorException escaped. Such a directory matches nothing more.
     */
    @Test
    void aDirectoryThatCannotBeListedToTheEndMatchesNothingMore() {
        Path denied = Path.of("/proc/1/map_files");
        assumeTrue(listingFails(denied), "no directory here whose listing fails part way, as " + denied + " does for non-root");
        Kconfig k = t.load("config A\n\tbool \"a\"\nosource \"/proc/1/map_files/*\"\nosource \"/proc/1/*/*.k\"\n");
        TestTrees.sym(k, "A");
    }

    /**
     * KconfigParserFuzzTest: a pattern of five wildcard directories from the root walked five levels of the
     * whole file system, /proc included, past libFuzzer's 10 s limit. An expansion now stops at a bound of entries listed, with an
     * error at the statement; a tree's own wildcards stay far below it.
     */
    @Test
    void aWildcardThatListsTooMuchIsALocatedError() throws SourceGlob.TooManyEntries {
        for (String dir : List.of("a", "b", "c")) {
            for (String file : List.of("x.k", "y.k", "z")) t.write(dir + "/" + file, "");
        }
        assertEquals(List.of("a/x.k", "a/y.k", "b/x.k", "b/y.k", "c/x.k", "c/y.k"), SourceGlob.expand("*/*.k", tmp, 16));
        // 1 + 3 entries at the top, then 3 x (1 + 3) below: 16 is exactly enough, 15 is not.
        assertThrows(SourceGlob.TooManyEntries.class, () -> SourceGlob.expand("*/*.k", tmp, 15));
        String deep = "/*/*/*/*/*/*.k";
        try { // whether the bound is met depends on this machine's file system
            TestTrees.sym(t.load("config A\n\tbool \"a\"\nosource \"" + deep + "\"\n"), "A");
        } catch (KconfigException e) {
            assertEquals("Kconfig:3: pattern \"" + deep + "\" lists more than " + SourceGlob.MAX_ENTRIES
                    + " directory entries", e.getMessage());
        }
    }

    private static boolean listingFails(Path dir) {
        try (java.nio.file.DirectoryStream<Path> entries = java.nio.file.Files.newDirectoryStream(dir)) {
            entries.forEach(e -> { });
            return false;
        } catch (java.io.IOException | java.nio.file.DirectoryIteratorException e) {
            return e instanceof java.nio.file.DirectoryIteratorException;
        }
    }

    /**
     * ConfigReaderFuzzTest#dotConfig: the bytes D4 \\ A8 in a quoted value read as two escapes (neither byte
     * is UTF-8 next to a backslash); with the backslash dropped, D4 A8 is the character U+0528, which the
     * written .config read back gave: the same bytes, another string. A value is now kept in the form its
     * bytes decode to, in .config files and in Kconfig strings alike.
     */
    @Test
    void bytesJoinedByADroppedBackslashAreOneCharacter() throws java.io.IOException {
        Kconfig k = t.load("config S\n\tstring \"s\"\nconfig T\n\tstring\n\tdefault \"\uDCC3\\\uDCA9\"\n"
                + "config SAME\n\tdef_bool T = \"\u00e9\"\n");
        assertEquals("\u00e9", TestTrees.value(k, "T"));
        assertEquals("y", TestTrees.value(k, "SAME"));
        java.nio.file.Files.write(tmp.resolve("in.config"), new byte[] {'C', 'O', 'N', 'F', 'I', 'G', '_', 'S', '=', '"',
                (byte) 0xD4, '\\', (byte) 0xA8, '"', '\n'});
        new ConfigReader(k).read(tmp.resolve("in.config"), "in.config");
        assertEquals("\u0528", TestTrees.value(k, "S"));
    }
}
