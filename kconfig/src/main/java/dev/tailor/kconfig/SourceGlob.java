package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Expands a wildcard in a source statement as Kconfiglib does with Python's glob: {@code *}, {@code ?}
 * and {@code [...]} match within one path segment, names starting with a dot only match a segment that
 * does too, and a {@code [} without its {@code ]} stands for itself. Each wildcard segment lists one
 * directory level, so a pattern such as {@code /*} never walks a whole file system.
 */
final class SourceGlob {
    private SourceGlob() {}

    static boolean isPattern(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    /** The regular files below {@code base} that match, named in the pattern's own form, sorted. */
    static List<String> expand(String pattern, Path base) {
        String[] segments = pattern.split("/", -1);
        List<String> prefixes = List.of("");
        for (int i = 0; i < segments.length && !prefixes.isEmpty(); i++) {
            String separator = i < segments.length - 1 ? "/" : "";
            List<String> next = new ArrayList<>();
            for (String prefix : prefixes) {
                if (isPattern(segments[i])) {
                    for (String name : matches(base, prefix, segments[i])) next.add(prefix + name + separator);
                } else {
                    next.add(prefix + segments[i] + separator);
                }
            }
            prefixes = next;
        }
        List<String> files = new ArrayList<>();
        for (String name : prefixes) {
            if (isRegularFile(base, name)) files.add(name);
        }
        files.sort(null);
        return files;
    }

    /** The entries of the directory {@code prefix} names that match the wildcard segment. */
    private static List<String> matches(Path base, String prefix, String segment) {
        Pattern regex;
        try {
            regex = translate(segment);
        } catch (PatternSyntaxException e) {
            return List.of();   // a reversed range such as [z-a]: Python's fnmatch matches nothing with it
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base.resolve(prefix.isEmpty() ? "." : prefix))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && !segment.startsWith(".")) continue;
                if (regex.matcher(name).matches()) names.add(name);
            }
        } catch (IOException | InvalidPathException e) {
            // Not a directory, or one that cannot be listed: nothing matches below it.
        }
        return names;
    }

    private static boolean isRegularFile(Path base, String name) {
        try {
            return Files.isRegularFile(base.resolve(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The segment as a regular expression, as Python's fnmatch.translate makes it. */
    static Pattern translate(String segment) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < segment.length()) {
            char c = segment.charAt(i++);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < segment.length() && segment.charAt(j) == '!') j++;
                if (j < segment.length() && segment.charAt(j) == ']') j++;
                while (j < segment.length() && segment.charAt(j) != ']') j++;
                if (j >= segment.length()) {
                    re.append("\\[");
                } else {
                    String set = segment.substring(i, j);
                    i = j + 1;
                    re.append('[');
                    if (set.startsWith("!")) {
                        re.append('^');
                        set = set.substring(1);
                    }
                    for (char s : set.toCharArray()) {
                        // Only '-' keeps a meaning inside the set; everything else is literal.
                        if (s != '-' && !Character.isLetterOrDigit(s)) re.append('\\');
                        re.append(s);
                    }
                    re.append(']');
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
