package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds and reads the files of a Kconfig tree. A name is found as {@link SourceTree} finds it. Glob patterns (an extension) match files below that
 * base, in sorted order ({@link SourceGlob}). Files are read as {@link ByteText}, so that every byte survives.
 */
final class SourceFiles {
    private final SourceTree tree;

    SourceFiles(SourceTree tree) {
        this.tree = tree;
    }

    private Path locate(String name, String fromFile, int fromLine) {
        try {
            return tree.locate(name);
        } catch (InvalidPathException e) {
            throw invalidName(name, fromFile, fromLine);
        }
    }

    /** {@code name} resolved against {@code base}; a name no file can have is an error. */
    private static Path path(Path base, String name, String fromFile, int fromLine) {
        try {
            return base.resolve(name);
        } catch (InvalidPathException e) {
            throw invalidName(name, fromFile, fromLine);
        }
    }

    /** The error for a name no file can have (a NUL, bytes that are not UTF-8). */
    private static KconfigException invalidName(String name, String fromFile, int fromLine) {
        String reason = "can't open file \"" + name + "\": not a valid file name";
        return fromFile == null ? new KconfigException(reason) : new KconfigException(fromFile, fromLine, reason);
    }

    /**
     * The contents of a file, or an error located at the source statement (or naming the top file). Only
     * regular files are read: a FIFO would block forever and a device such as /dev/zero never ends.
     */
    String read(String name, String fromFile, int fromLine) {
        Path path = locate(name, fromFile, fromLine);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            if (fromFile == null) throw new KconfigException(name, 0, "not a regular file");
            throw new KconfigException(fromFile, fromLine, "can't open file \"" + name + "\": not a regular file");
        }
        try {
            return ByteText.read(path);
        } catch (IOException e) {
            if (fromFile == null) throw new KconfigException("can't find file " + name);
            throw new KconfigException(fromFile, fromLine, "can't open file \"" + name + "\"");
        }
    }

    /**
     * The files a source statement names. {@code relativeTo} makes the pattern relative to that file's
     * directory (rsource); {@code optional} allows no match (osource).
     */
    List<String> resolve(String pattern, String relativeTo, boolean optional, String fromFile, int fromLine) {
        if (relativeTo != null) {
            Path dir = Path.of(relativeTo).getParent();
            // Normalised (as Kconfiglib does), so that a loop through ".." names the same file again.
            if (dir != null) pattern = path(dir, pattern, fromFile, fromLine).normalize().toString();
        }
        if (!SourceGlob.isPattern(pattern)) {
            if (optional && !Files.isRegularFile(locate(pattern, fromFile, fromLine))) return List.of();
            return List.of(pattern);
        }
        List<String> matches;
        try {
            matches = SourceGlob.expand(pattern, tree.workingDirectory());
            if (matches.isEmpty() && tree.srctree() != null && !pattern.startsWith("/")) {
                matches = SourceGlob.expand(pattern, tree.srctree());
            }
        } catch (SourceGlob.TooManyEntries e) {
            throw new KconfigException(fromFile, fromLine, "pattern \"" + pattern + "\" " + e.getMessage());
        }
        if (matches.isEmpty() && !optional) {
            throw new KconfigException(fromFile, fromLine, "no file matches \"" + pattern + "\"");
        }
        return matches;
    }
}
