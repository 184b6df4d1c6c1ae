package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds and reads the files of a Kconfig tree. A name is tried relative to the working directory, then
 * relative to {@code $srctree}, as Linux does. Glob patterns (an extension) match files below that
 * base, in sorted order ({@link SourceGlob}). Files are read as {@link ByteText}, so that every byte survives.
 */
final class SourceFiles {
    private final Path workingDirectory;
    private final Path srctree;

    SourceFiles(Path workingDirectory, String srctree) {
        this.workingDirectory = workingDirectory;
        this.srctree = srctree == null || srctree.isEmpty() ? null : workingDirectory.resolve(srctree);
    }

    /** The file a name means: relative to the working directory, else to $srctree, else the former. */
    Path locate(String name) {
        return locate(name, null, 0);
    }

    private Path locate(String name, String fromFile, int fromLine) {
        Path direct = path(workingDirectory, name, fromFile, fromLine);
        if (Files.isRegularFile(direct) || srctree == null || Path.of(name).isAbsolute()) return direct;
        Path inTree = srctree.resolve(name);
        return Files.isRegularFile(inTree) ? inTree : direct;
    }

    /** {@code name} resolved against {@code base}; a name no file can have (a NUL, bytes that are not UTF-8) is an error. */
    private static Path path(Path base, String name, String fromFile, int fromLine) {
        try {
            return base.resolve(name);
        } catch (InvalidPathException e) {
            String reason = "can't open file \"" + name + "\": not a valid file name";
            throw fromFile == null ? new KconfigException(reason) : new KconfigException(fromFile, fromLine, reason);
        }
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
        List<String> matches = SourceGlob.expand(pattern, workingDirectory);
        if (matches.isEmpty() && srctree != null && !pattern.startsWith("/")) matches = SourceGlob.expand(pattern, srctree);
        if (matches.isEmpty() && !optional) {
            throw new KconfigException(fromFile, fromLine, "no file matches \"" + pattern + "\"");
        }
        return matches;
    }
}
