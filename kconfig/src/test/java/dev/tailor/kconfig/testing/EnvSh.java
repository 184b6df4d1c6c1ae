package dev.tailor.kconfig.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables an env.sh of the corpus exports: the words of its {@code export} lines, with quotes removed
 * and {@code ${VAR:-default}} taken as its default (the variables are unset when it is sourced by the tests). Shared by the tests and the benchmarks.
 */
public final class EnvSh {
    private EnvSh() {}

    /** The exported variables, in file order. */
    public static Map<String, String> parse(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (!line.startsWith("export ")) continue;
            for (String word : words(line.substring("export ".length()))) {
                int eq = word.indexOf('=');
                if (eq > 0) env.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return env;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> {
                    int end = s.indexOf('\'', i + 1);
                    word.append(s, i + 1, end);
                    i = end;
                    inWord = true;
                }
                case '"' -> {
                    int end = s.indexOf('"', i + 1);
                    word.append(expand(s.substring(i + 1, end)));
                    i = end;
                    inWord = true;
                }
                case ' ', '\t' -> {
                    if (inWord) out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                case '#' -> {
                    if (!inWord) return finish(out, word, false);
                    word.append(c);
                }
                case '$' -> {
                    int close = s.indexOf('}', i);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{' && close > 0) {
                        word.append(expand(s.substring(i, close + 1)));
                        i = close;
                    } else {
                        word.append(c);
                    }
                    inWord = true;
                }
                default -> {
                    word.append(c);
                    inWord = true;
                }
            }
        }
        return finish(out, word, inWord);
    }

    private static List<String> finish(List<String> out, StringBuilder word, boolean inWord) {
        if (inWord) out.add(word.toString());
        return out;
    }

    /** ${VAR:-default} and ${VAR-default} become the default; other text stays. */
    private static String expand(String s) {
        return s.replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}", "$1");
    }
}
