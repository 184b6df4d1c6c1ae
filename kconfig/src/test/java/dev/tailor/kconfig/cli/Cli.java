package dev.tailor.kconfig.cli;

import dev.tailor.kconfig.ByteText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the command line in-process on a directory, an environment and a standard input of a test's choosing.
 * Files, input and output are text as the engine reads and writes it ({@link ByteText}).
 */
final class Cli {
    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String stdin = "";

    Cli(Path dir) {
        this.dir = dir;
        String path = System.getenv("PATH");
        if (path != null) env.put("PATH", path);
        // Probe journals of test trees stay in the test's directory, not in the user's cache.
        env.put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Cli env(Map<String, String> vars) {
        env.putAll(vars);
        return this;
    }

    Cli stdin(String text) {
        stdin = text;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(env, dir,
                new ByteArrayInputStream(ByteText.encode(stdin)),
                new PrintStream(out, true, ByteText.CHARSET),
                new PrintStream(err, true, ByteText.CHARSET), false);
        int code = KconfigCli.run(context, args);
        return new Result(code, ByteText.decode(out.toByteArray()), ByteText.decode(err.toByteArray()));
    }

    /** Writes a file below the directory (parents created). */
    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.write(p, ByteText.encode(content));
        return p;
    }

    String read(String name) throws IOException {
        return ByteText.read(dir.resolve(name));
    }

    boolean exists(String name) {
        return Files.exists(dir.resolve(name));
    }
}
