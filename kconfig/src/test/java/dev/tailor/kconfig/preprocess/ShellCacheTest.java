package dev.tailor.kconfig.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tailor.kconfig.KconfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCacheTest {
    private static final String RECORDED = """
            {
             "./scripts/cc-version.sh gcc": "GCC 120200\\n",
             "{ ./scripts/rust_is_available.sh; } >/dev/null 2>&1 && echo \\"y\\" || echo \\"n\\"": "n\\n",
             "set -- GCC 120200 && echo $1": "GCC\\n"
            }
            """;

    @TempDir
    Path dir;

    private final List<String> ran = new ArrayList<>();

    private ShellRunner delegate(String output) {
        return cmd -> {
            ran.add(cmd);
            return output;
        };
    }

    private Path recorded() throws IOException {
        Path file = dir.resolve("shell-cache.json");
        Files.writeString(file, RECORDED);
        return file;
    }

    @Test
    void replaysRecordedCommandsWithoutRunningThem() throws IOException {
        ShellCache cache = new ShellCache(recorded(), ".", delegate("live"));
        assertEquals("GCC 120200\n", cache.run("./scripts/cc-version.sh gcc"));
        assertEquals("GCC\n", cache.run("set -- GCC 120200 && echo $1"));
        assertEquals(List.of(), ran);
        assertFalse(cache.isModified());
    }

    @Test
    void recordsNewCommandsOnceAndAppendsThemOnSave() throws IOException {
        Path file = recorded();
        ShellCache cache = new ShellCache(file, ".", delegate("new\n"));
        assertEquals("new\n", cache.run("echo new"));
        assertEquals("new\n", cache.run("echo new"));
        assertEquals(List.of("echo new"), ran);
        assertTrue(cache.isModified());
        cache.save();
        assertFalse(cache.isModified());

        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n \"./scripts/cc-version.sh gcc\": \"GCC 120200\\n\",\n"), text);
        assertTrue(text.endsWith(",\n \"echo new\": \"new\\n\"\n}\n"), text);
        // Quotes are escaped as JSON requires, nothing else ('=' '<' '&' stay as they are).
        assertTrue(text.contains("2>&1 && echo \\\"y\\\""), text);

        ShellCache reloaded = ShellCache.replayOnly(file, ".");
        assertEquals(List.of("./scripts/cc-version.sh gcc",
                "{ ./scripts/rust_is_available.sh; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"",
                "set -- GCC 120200 && echo $1", "echo new"), List.copyOf(reloaded.entries().keySet()));
        assertEquals("new\n", reloaded.run("echo new"));
    }

    @Test
    void saveWithoutNewCommandsLeavesFileAlone() throws IOException {
        Path file = recorded();
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        ShellCache cache = new ShellCache(file, ".", delegate("x"));
        cache.run("./scripts/cc-version.sh gcc");
        cache.save();
        assertEquals(old, Files.getLastModifiedTime(file));
        assertEquals(RECORDED, Files.readString(file));
    }

    @Test
    void missingFileStartsEmptyAndSaveCreatesIt() throws IOException {
        Path file = dir.resolve("sub/dir/cache.json");
        ShellCache cache = new ShellCache(file, null, delegate("out"));
        assertEquals(Map.of(), cache.entries());
        cache.save();
        assertFalse(Files.exists(file));
        cache.run("a \"b\" <c> & \u00e9");
        cache.save();
        assertEquals("{\n \"a \\\"b\\\" <c> & \u00e9\": \"out\"\n}\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void saveReplacesFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = recorded();
        ShellCache cache = new ShellCache(file, ".", delegate("1"));
        cache.run("one");
        cache.save();
        cache.run("two");
        cache.save();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals("1", ShellCache.replayOnly(file, ".").run("two"));
    }

    @Test
    void replayOnlyMissNamesTheCommand() throws IOException {
        ShellCache cache = ShellCache.replayOnly(recorded(), ".");
        KconfigException e = assertThrows(KconfigException.class, () -> cache.run("gcc --version"));
        assertTrue(e.getMessage().contains("'gcc --version'"), e.getMessage());
        assertNull(e.file());
        assertNull(cache.lookup("gcc --version"));
    }

    @Test
    void srctreeIsMappedToDotAtWordStarts() throws IOException {
        ShellCache cache = new ShellCache(recorded(), "/home/me/linux", delegate("live"));
        assertEquals("GCC 120200\n", cache.run("/home/me/linux/scripts/cc-version.sh gcc"));
        assertEquals("n\n", cache.run(
                "{ /home/me/linux/scripts/rust_is_available.sh; } >/dev/null 2>&1 && echo \"y\" || echo \"n\""));
        assertEquals(List.of(), ran);

        assertEquals("env \"CC=gcc\" ./scripts/t.sh", cache.key("env \"CC=gcc\" /home/me/linux/scripts/t.sh"));
        assertEquals("a ./x ./y", cache.key("a /home/me/linux/x /home/me/linux/y"));
        assertEquals("-I=./include", cache.key("-I=/home/me/linux/include"));
        // Not at a word start, or not followed by '/': left alone.
        assertEquals("-I/home/me/linux/include", cache.key("-I/home/me/linux/include"));
        assertEquals("/home/me/linuxfoo/x", cache.key("/home/me/linuxfoo/x"));
        assertEquals("/x/home/me/linux/y", cache.key("/x/home/me/linux/y"));
    }

    @Test
    void newCommandsAreStoredNormalisedButRunAsGiven() throws IOException {
        Path file = recorded();
        ShellCache cache = new ShellCache(file, "/src/linux/", delegate("100\n"));
        assertEquals("100\n", cache.run("/src/linux/scripts/pahole-version.sh pahole"));
        assertEquals(List.of("/src/linux/scripts/pahole-version.sh pahole"), ran);
        assertEquals("100\n", cache.lookup("./scripts/pahole-version.sh pahole"));
        cache.save();
        assertEquals("100\n", ShellCache.replayOnly(file, ".").run("./scripts/pahole-version.sh pahole"));
    }

    @Test
    void dotSrctreeMeansNoMapping() throws IOException {
        ShellCache cache = new ShellCache(recorded(), ".", delegate("x"));
        assertEquals("./a ./b", cache.key("./a ./b"));
        assertEquals("/abs/a", new ShellCache(recorded(), "", null).key("/abs/a"));
    }

    @Test
    void malformedFileIsAnError() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"a\": 1}");
        KconfigException e = assertThrows(KconfigException.class, () -> ShellCache.replayOnly(file, "."));
        assertTrue(e.getMessage().startsWith(file + ": malformed shell cache"), e.getMessage());
        Files.writeString(file, "[\"a\"]");
        assertThrows(KconfigException.class, () -> ShellCache.replayOnly(file, "."));
        Files.writeString(file, "{\"a\": ");
        assertThrows(KconfigException.class, () -> ShellCache.replayOnly(file, "."));
    }

    @Test
    void preprocessorShellGoesThroughCache() throws IOException {
        ShellCache cache = ShellCache.replayOnly(recorded(), "/k");
        Preprocessor pp = new Preprocessor(Map.of("srctree", "/k", "CC", "gcc"), cache, Diagnostics.of(s -> { }));
        pp.setLocation("scripts/Kconfig.include", 45);
        assertEquals("GCC 120200", pp.expandString("$(shell,$(srctree)/scripts/cc-version.sh $(CC))"));
        KconfigException e = assertThrows(KconfigException.class, () -> pp.expandString("$(shell,nope)"));
        assertEquals("scripts/Kconfig.include", e.file());
        assertEquals(45, e.line());
    }

    @Test
    void replaysLinuxCorpusCache() throws IOException {
        Path file = Path.of(System.getProperty("shared.dir", "../../shared")).toAbsolutePath().normalize()
                .resolve("corpus/linux-6.18/shell-cache.json");
        assumeTrue(Files.isRegularFile(file), () -> "corpus not found: " + file);
        ShellCache cache = ShellCache.replayOnly(file, "/usr/src/linux-6.18");
        assertEquals(100, cache.entries().size());
        assertEquals("GCC 120200\n", cache.run("/usr/src/linux-6.18/scripts/cc-version.sh gcc"));
        assertEquals("/usr/lib/gcc/x86_64-linux-gnu/12/plugin\n", cache.run("gcc -print-file-name=plugin"));

        Preprocessor pp = new Preprocessor(Map.of("srctree", ".", "CC", "gcc"), ShellCache.replayOnly(file, "."),
                Diagnostics.of(s -> { }));
        pp.define("cc-info", Flavor.SIMPLE, "$(shell,$(srctree)/scripts/cc-version.sh $(CC))");
        pp.define("cc-name", Flavor.SIMPLE, "$(shell,set -- $(cc-info) && echo $1)");
        assertEquals("GCC", pp.expandString("$(cc-name)"));

        // Saving keeps the recorded file's layout byte for byte and appends after it.
        Path copy = Files.copy(file, dir.resolve("copy.json"));
        String original = Files.readString(copy);
        ShellCache recording = new ShellCache(copy, ".", delegate("extra\n"));
        recording.run("echo extra");
        recording.save();
        String head = original.substring(0, original.lastIndexOf("\n}"));
        assertEquals(head + ",\n \"echo extra\": \"extra\\n\"\n}\n", Files.readString(copy));
    }
}
