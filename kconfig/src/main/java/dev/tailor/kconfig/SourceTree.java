package dev.tailor.kconfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a file a Kconfig run names is, found as Linux's zconf_fopen finds it: relative to the working
 * directory, else (for a relative name) relative to {@code $srctree}. The parser finds the tree's files so,
 * a configuration session its configuration files, and a report turns a file name of a message into a path so.
 */
public final class SourceTree {
    private final Path workingDirectory;
    private final Path srctree;

    /** The tree of {@code environment}'s {@code srctree} (none when it is unset or empty), from {@code workingDirectory}. */
    public SourceTree(Path workingDirectory, Map<String, String> environment) {
        String dir = environment.get("srctree");
        this.workingDirectory = workingDirectory;
        this.srctree = dir == null || dir.isEmpty() ? null : workingDirectory.resolve(dir);
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** {@code $srctree} resolved against the working directory; null when there is none. */
    public Path srctree() {
        return srctree;
    }

    /**
     * The file a name means, or null when neither place has it. Anything but a directory counts: a FIFO or a
     * device is found, so that reading it fails with a message (Linux's fopen would block on it).
     *
     * @throws java.nio.file.InvalidPathException for a name no file can have (a NUL, bytes that are not UTF-8)
     */
    public Path find(String name) {
        Path direct = workingDirectory.resolve(name);
        if (isFile(direct)) return direct;
        if (srctree == null || Path.of(name).isAbsolute()) return null;
        Path inTree = srctree.resolve(name);
        return isFile(inTree) ? inTree : null;
    }

    /** The file {@link #find} finds, else the name relative to the working directory (for a message naming it). */
    public Path locate(String name) {
        Path found = find(name);
        return found != null ? found : workingDirectory.resolve(name);
    }

    private static boolean isFile(Path p) {
        // A regular file, the usual case, takes one look at the file system.
        return Files.isRegularFile(p) || Files.exists(p) && !Files.isDirectory(p);
    }
}
