package dev.tailor.kconfig;

import dev.tailor.kconfig.preprocess.ShellCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The reference trees in ../shared/corpus, loaded the way their READMEs say. */
final class Corpus {
    private Corpus() {}

    static Path sharedDir() {
        String prop = System.getProperty("shared.dir", "../../shared");
        return Path.of(prop).toAbsolutePath().normalize();
    }

    static Path dir(String name) {
        Path d = sharedDir().resolve("corpus").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(d), "corpus not found: " + d);
        return d;
    }

    /** The variables an env.sh exports (its unset lines and defaults handled). */
    static Map<String, String> environment(Path envSh) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(envSh)) {
            line = line.strip();
            if (!line.startsWith("export ")) continue;
            for (String word : shellWords(line.substring(7))) {
                int eq = word.indexOf('=');
                if (eq > 0) env.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return env;
    }

    /** Splits shell words, removing quotes and expanding ${VAR:-default} to its default. */
    private static List<String> shellWords(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                cur.append(s, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                cur.append(expandDefaults(s.substring(i + 1, end)));
                i = end;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) out.add(cur.toString());
                cur.setLength(0);
                inWord = false;
            } else if (c == '#' && !inWord) {
                break;
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(cur.toString());
        return out;
    }

    private static String expandDefaults(String s) {
        return s.replaceAll("\\$\\{[A-Za-z_]+:-([^}]*)}", "$1");
    }

    /** Loads a corpus tree with its env.sh and its shell-cache.json replayed. */
    static Kconfig load(Path corpus, String topFile, Diagnostics diagnostics) throws IOException {
        Map<String, String> env = environment(corpus.resolve("env.sh"));
        ShellCache cache = ShellCache.replayOnly(corpus.resolve("shell-cache.json"), env.get("srctree"));
        return Kconfig.load(topFile, new Kconfig.LoadOptions(env, corpus, cache, diagnostics));
    }
}
