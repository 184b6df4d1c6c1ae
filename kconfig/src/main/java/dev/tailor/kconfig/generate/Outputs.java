package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Brings folders owned by the goal to exactly a given set of files: a file whose content is unchanged is
 * not touched (the compiler sees no change), a changed or new one is replaced atomically, and every other
 * file below the folder (the output of a previous configuration) is deleted, with the folders it leaves empty.
 */
public final class Outputs {
    /** What a sync did. */
    record Result(int written, int unchanged, int deleted) {}

    private Outputs() {}

    /**
     * @param roots each owned folder with its files, by path relative to it ({@code /}-separated)
     */
    static Result sync(Map<Path, Map<String, byte[]>> roots) throws IOException {
        int written = 0;
        int unchanged = 0;
        int deleted = 0;
        for (Map.Entry<Path, Map<String, byte[]>> root : roots.entrySet()) {
            Path dir = root.getKey();
            Files.createDirectories(dir);
            List<Path> keep = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : root.getValue().entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                keep.add(target);
                if (writeIfChanged(target, file.getValue())) written++;
                else unchanged++;
            }
            List<Path> stale;
            try (Stream<Path> walk = Files.walk(dir)) {
                stale = walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : stale) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty()) Files.delete(p);
                    }
                } else if (!keep.contains(p)) {
                    Files.delete(p);
                    deleted++;
                }
            }
        }
        return new Result(written, unchanged, deleted);
    }

    /** Deletes a folder with everything in it; nothing if it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) Files.delete(p);
    }

    /** Replaces the file atomically unless it has exactly these bytes; true if it was written. */
    static boolean writeIfChanged(Path file, byte[] content) throws IOException {
        return AtomicFiles.writeIfChanged(file, content);
    }
}
