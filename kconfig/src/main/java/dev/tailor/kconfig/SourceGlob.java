package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a wildcard in a source statement as Kconfiglib does with Python's glob: {@code *}, {@code ?}
 * and {@code [...]} match within one path segment, names starting with a dot only match a segment that
 * does too, and a {@code [} without its {@code ]} stands for itself. Each wildcard segment lists one
 * directory level, so a pattern such as {@code /*} never walks a whole file system; a pattern with many
 * wildcard segments still could (five from {@code /} reach deep into {@code /proc}), so one expansion
 * lists at most {@link #MAX_ENTRIES} directory entries and then fails, where Python's glob would go on.
 */
final class SourceGlob {
    /** Far above what real trees list (Unikraft's library wildcards: hundreds), far below a file system. */
    static final int MAX_ENTRIES = 100_000;

    private final Path base;
    private final int maxEntries;
    private int entriesListed;

    private SourceGlob(Path base, int maxEntries) {
        this.base = base;
        this.maxEntries = maxEntries;
    }

    /** An expansion that would list more than {@link #MAX_ENTRIES} directory entries. */
    static final class TooManyEntries extends Exception {
        TooManyEntries(int maxEntries) {
            super("lists more than " + maxEntries + " directory entries", null, false, false);
        }
    }

    static boolean isPattern(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    /** The regular files below {@code base} that match, named in the pattern's own form, sorted. */
    static List<String> expand(String pattern, Path base) throws TooManyEntries {
        return expand(pattern, base, MAX_ENTRIES);
    }

    static List<String> expand(String pattern, Path base, int maxEntries) throws TooManyEntries {
        return new SourceGlob(base, maxEntries).expand(pattern);
    }

    private List<String> expand(String pattern) throws TooManyEntries {
        String[] segments = pattern.split("/", -1);
        List<String> prefixes = List.of("");
        for (int i = 0; i < segments.length && !prefixes.isEmpty(); i++) {
            String separator = i < segments.length - 1 ? "/" : "";
            List<String> next = new ArrayList<>();
            for (String prefix : prefixes) {
                if (isPattern(segments[i])) {
                    for (String name : list(prefix, segments[i])) next.add(prefix + name + separator);
                } else {
                    next.add(prefix + segments[i] + separator);
                }
            }
            prefixes = next;
        }
        List<String> files = new ArrayList<>();
        for (String name : prefixes) {
            if (isRegularFile(name)) files.add(name);
        }
        files.sort(null);
        return files;
    }

    /** The entries of the directory {@code prefix} names that match the wildcard segment. */
    private List<String> list(String prefix, String segment) throws TooManyEntries {
        List<String> names = new ArrayList<>();
        count(); // the directory itself, listable or not: a deep pattern can name many that are not
        Path dir = path(prefix.isEmpty() ? "." : prefix);
        if (dir == null || !Files.isDirectory(dir)) {
            return names; // opening a FIFO to list it would wait for a writer
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                count();
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && !segment.startsWith(".")) continue;
                if (matches(segment, name)) names.add(name);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // A directory that cannot be listed (to the end): what was listed is all there is.
        }
        return names;
    }

    private void count() throws TooManyEntries {
        if (++entriesListed > maxEntries) throw new TooManyEntries(maxEntries);
    }

    private boolean isRegularFile(String name) {
        Path file = path(name);
        return file != null && Files.isRegularFile(file);
    }

    /** {@code name} below the base, or null when it is no valid path (a NUL byte in it). */
    private Path path(String name) {
        try {
            return base.resolve(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Whether {@code name} matches the wildcard segment, as Python's fnmatch decides it. Matched directly
     * rather than through a regular expression made of the input: a backtracking star at a time.
     */
    static boolean matches(String segment, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int starName = 0;
        while (n < name.length()) {
            if (p < segment.length()) {
                if (segment.charAt(p) == '*') {
                    star = p++;
                    starName = n;
                    continue;
                }
                int next = matchOne(segment, p, name.charAt(n));
                if (next >= 0) {
                    p = next;
                    n++;
                    continue;
                }
            }
            if (star < 0) return false;
            // Let the last star take one more character and try again from there.
            p = star + 1;
            n = ++starName;
        }
        while (p < segment.length() && segment.charAt(p) == '*') p++;
        return p == segment.length();
    }

    /** The index after the element at {@code p} when it matches {@code c}, else -1. */
    private static int matchOne(String segment, int p, char c) {
        char e = segment.charAt(p);
        if (e == '?') return p + 1;
        if (e == '[') {
            int end = setEnd(segment, p);
            if (end >= 0) return inSet(segment, p + 1, end, c) ? end + 1 : -1;
        }
        return e == c ? p + 1 : -1;
    }

    /** The index of the ']' that closes the set opened at {@code p}, or -1 when none does ('[' is then literal). */
    private static int setEnd(String segment, int p) {
        int j = p + 1;
        if (j < segment.length() && segment.charAt(j) == '!') j++;
        if (j < segment.length() && segment.charAt(j) == ']') j++;
        while (j < segment.length() && segment.charAt(j) != ']') j++;
        return j < segment.length() ? j : -1;
    }

    /** Whether {@code c} is in the set between {@code from} and {@code end}: characters and ranges a-z, '!' negating. */
    private static boolean inSet(String segment, int from, int end, char c) {
        boolean negated = segment.charAt(from) == '!';
        if (negated) from++;
        boolean found = false;
        for (int i = from; i < end; i++) {
            char lo = segment.charAt(i);
            if (i + 2 < end && segment.charAt(i + 1) == '-') {
                found |= lo <= c && c <= segment.charAt(i + 2);
                i += 2;
            } else {
                found |= lo == c;
            }
        }
        return found != negated;
    }
}
