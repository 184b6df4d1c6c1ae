package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the files of a Kconfig tree. A name is tried relative to the working directory, then
 * relative to {@code $srctree}, as Linux does. Glob patterns (an extension) match files below that
 * base, in sorted order. Files are read as ISO-8859-1 so that every byte survives unchanged.
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
        Path direct = workingDirectory.resolve(name);
        if (Files.isRegularFile(direct) || srctree == null || Path.of(name).isAbsolute()) return direct;
        Path inTree = srctree.resolve(name);
        return Files.isRegularFile(inTree) ? inTree : direct;
    }

    /**
     * The contents of a file, or an error located at the source statement (or naming the top file). Only
     * regular files are read: a FIFO would block forever and a device such as /dev/zero never ends.
     */
    String read(String name, String fromFile, int fromLine) {
        Path path = locate(name);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            if (fromFile == null) throw new KconfigException(name, 0, "not a regular file");
            throw new KconfigException(fromFile, fromLine, "can't open file \"" + name + "\": not a regular file");
        }
        try {
            return Files.readString(path, StandardCharsets.ISO_8859_1);
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
            if (dir != null) pattern = dir.resolve(pattern).normalize().toString();
        }
        if (!isGlob(pattern)) {
            if (optional && !Files.isRegularFile(locate(pattern))) return List.of();
            return List.of(pattern);
        }
        List<String> matches = glob(pattern, workingDirectory);
        if (matches.isEmpty() && srctree != null && !Path.of(pattern).isAbsolute()) matches = glob(pattern, srctree);
        if (matches.isEmpty() && !optional) {
            throw new KconfigException(fromFile, fromLine, "no file matches \"" + pattern + "\"");
        }
        return matches;
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    /** Files matching the pattern, as names in the pattern's own form (relative stays relative), sorted. */
    private static List<String> glob(String pattern, Path base) {
        int firstMeta = firstGlobChar(pattern);
        int slash = pattern.lastIndexOf('/', firstMeta);
        String fixedPrefix = slash < 0 ? "" : pattern.substring(0, slash + 1);
        Path start = base.resolve(fixedPrefix.isEmpty() ? "." : fixedPrefix);
        if (!Files.isDirectory(start)) return List.of();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(fixedPrefix.length()));
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(start)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                Path rel = start.relativize(p);
                if (matcher.matches(rel)) out.add(fixedPrefix + rel.toString().replace('\\', '/'));
            });
        } catch (IOException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    private static int firstGlobChar(String s) {
        int i = 0;
        while (i < s.length() && "*?[".indexOf(s.charAt(i)) < 0) i++;
        return i;
    }
}
