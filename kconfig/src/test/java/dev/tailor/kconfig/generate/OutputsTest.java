package dev.tailor.kconfig.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesChangesOnlyAndDeletesStaleFiles() throws Exception {
        Path root = dir.resolve("out");
        Outputs.Result first = Outputs.sync(Map.of(root, Map.of("a/A.java", b("A"), "b/B.java", b("B"))));
        assertEquals(new Outputs.Result(2, 0, 0), first);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(root.resolve("a/A.java"), old);

        Outputs.Result second = Outputs.sync(Map.of(root, Map.of("a/A.java", b("A"), "c/C.java", b("C"))));
        assertEquals(new Outputs.Result(1, 1, 1), second);
        assertEquals(old, Files.getLastModifiedTime(root.resolve("a/A.java")), "an unchanged file is not touched");
        assertFalse(Files.exists(root.resolve("b")), "a folder left empty is deleted");
        assertEquals("C", Files.readString(root.resolve("c/C.java")));

        Outputs.Result third = Outputs.sync(Map.of(root, Map.of("a/A.java", b("A2"), "c/C.java", b("C"))));
        assertEquals(new Outputs.Result(1, 1, 0), third);
        assertEquals("A2", Files.readString(root.resolve("a/A.java")));

        assertEquals(new Outputs.Result(0, 0, 2), Outputs.sync(Map.of(root, Map.of())));
        assertTrue(Files.isDirectory(root), "the root itself stays");
        try (var list = Files.list(root)) {
            assertEquals(0, list.count());
        }
    }
}
