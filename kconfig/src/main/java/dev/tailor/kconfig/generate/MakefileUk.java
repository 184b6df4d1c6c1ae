package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.KconfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's {@code Makefile.uk}: the lines of a Unikraft Makefile.uk that select source files, nothing
 * else (see modules/README.md).
 *
 * <pre>
 * # comment
 * SRCS-$(CONFIG_LIBUKALLOCBBUDDY)      += templates/main/dev/tailor/ukalloc/bbuddy/BuddyAllocator.java.vm
 * TEST_SRCS-$(CONFIG_LIBUKALLOCBBUDDY) += templates/test/dev/tailor/ukalloc/bbuddy/BuddyAllocatorTest.java.vm
 * SRCS-y                               += templates/main/dev/tailor/ukalloc/Always.java.vm
 * LIBUKALLOC_SRCS-y                    += ...   (Unikraft's library prefix is allowed and ignored)
 * </pre>
 *
 * A line may name several files and continue on the next with a backslash. {@code SRCS-y} always renders,
 * {@code SRCS-$(CONFIG_X)} when X is y or m, {@code SRCS-n} and {@code SRCS-} never. Sources must lie below
 * {@code templates/main/}, test sources below {@code templates/test/}, and end in {@code .vm}. Anything
 * else is an error located at the line.
 *
 * <p>{@code CONFIG_} here is fixed text, not {@code $CONFIG_}: the files are part of the project (and of
 * Unikraft's libraries, whose Makefile.uk files spell it so), not configuration files a build writes.
 */
final class MakefileUk {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?:([A-Za-z0-9_]+?)_)??(TEST_)?SRCS-(\\$\\(CONFIG_([A-Za-z0-9_]+)\\)|\\$\\{CONFIG_([A-Za-z0-9_]+)}|[ymn]?)"
                    + "\\s*(\\+=|:=|=)\\s*(.*)");

    /** The main or the test sources. */
    enum Kind {
        MAIN("templates/main/"), TEST("templates/test/");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    /**
     * One template a Makefile.uk names.
     *
     * @param line the line it is named on
     * @param kind main or test sources
     * @param symbol the symbol that enables it (without CONFIG_), or null: "y" (always) or "n" (never)
     * @param always for a null symbol: whether it always renders
     * @param template its path relative to the module's folder
     */
    record Entry(int line, Kind kind, String symbol, boolean always, String template) {
        /** Where it is rendered to, relative to the output root: the path below templates/main|test without .vm. */
        String output() {
            return template.substring(kind.folder.length(), template.length() - ".vm".length());
        }
    }

    private MakefileUk() {}

    /**
     * Parses a Makefile.uk.
     *
     * @param displayName the file's name in error messages
     * @throws KconfigException for a line that is not a source selection, located at that line
     */
    static List<Entry> parse(String displayName, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i + 1;
            StringBuilder logical = new StringBuilder();
            String line = lines[i];
            while (line.endsWith("\\") && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i];
            }
            logical.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
            String content = stripComment(logical.toString()).strip();
            if (content.isEmpty()) continue;
            Matcher m = ASSIGNMENT.matcher(content);
            if (!m.matches()) {
                throw new KconfigException(displayName, first, "not a source selection: expected "
                        + "SRCS-$(CONFIG_X) += templates/main/... or TEST_SRCS-$(CONFIG_X) += templates/test/...");
            }
            Kind kind = m.group(2) != null ? Kind.TEST : Kind.MAIN;
            String symbol = m.group(4) != null ? m.group(4) : m.group(5);
            boolean always = symbol == null && m.group(3).equals("y");
            if (m.group(3).equals("m")) always = true;
            String files = m.group(7).strip();
            if (files.isEmpty()) continue;
            for (String file : files.split("\\s+")) {
                String problem = check(kind, file);
                if (problem != null) throw new KconfigException(displayName, first, problem);
                entries.add(new Entry(first, kind, symbol, always, file));
            }
        }
        return entries;
    }

    private static String check(Kind kind, String file) {
        if (file.startsWith("/") || file.contains("\\") || ("/" + file + "/").contains("/../")
                || ("/" + file + "/").contains("/./") || file.contains("$")) {
            return "\"" + file + "\": a template is named by a plain path relative to the module's folder";
        }
        if (!file.startsWith(kind.folder)) {
            return "\"" + file + "\": " + (kind == Kind.MAIN ? "SRCS" : "TEST_SRCS") + " templates lie below "
                    + kind.folder;
        }
        if (!file.endsWith(".vm") || file.length() <= kind.folder.length() + ".vm".length()) {
            return "\"" + file + "\": a template's name ends in .vm (the output is its path without it)";
        }
        return null;
    }

    /** The line without a make comment (from an unescaped #). */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || line.charAt(i - 1) != '\\')) return line.substring(0, i);
        }
        return line;
    }
}
