package dev.tailor.kconfig.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the last run of generate saw and made, in a small text file under target/: the digest of its
 * inputs and each output with its size. The outputs are up to date when the digest is the same and every
 * output is still there with that size.
 */
final class GenerateState {
    private static final String HEADER = "# kconfig-maven-plugin generate: digest of the inputs, then the outputs "
            + "(delete this file to render again)";

    private GenerateState() {}

    static boolean upToDate(Path state, String digest) throws IOException {
        if (!Files.isRegularFile(state)) return false;
        List<String> lines = Files.readAllLines(state, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("digest " + digest)) return false;
        for (String line : lines.subList(2, lines.size())) {
            int sp = line.indexOf(' ');
            if (sp < 0) return false;
            Path file = Path.of(line.substring(sp + 1));
            if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(line.substring(0, sp))) return false;
        }
        return true;
    }

    static void save(Path state, String digest, Map<Path, Map<String, byte[]>> roots) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("digest ").append(digest).append('\n');
        roots.forEach((dir, files) -> files.forEach((rel, bytes) ->
                out.append(bytes.length).append(' ').append(dir.resolve(rel).normalize()).append('\n')));
        Outputs.writeIfChanged(state, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
