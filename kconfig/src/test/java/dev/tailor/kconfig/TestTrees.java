package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tailor.kconfig.preprocess.ShellRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small Kconfig trees written to a temporary directory for the unit tests: files are written as the
 * engine reads them ({@link ByteText}: UTF-8, an escape U+DC80..U+DCFF for any other byte), loaded with
 * that directory as working directory, and every diagnostic is collected.
 */
final class TestTrees {
    final Path dir;
    /** {@code file:line:warning: message}, as Linux prints them. */
    final List<String> warnings = new ArrayList<>();
    /** The multi-line unmet-dependency reports of select. */
    final List<String> dependencyWarnings = new ArrayList<>();
    /** Plain messages: errors of a failed load, $(warning-if ...), recursive-dependency reports. */
    final List<String> messages = new ArrayList<>();
    /** Lines of $(info ...). */
    final List<String> infos = new ArrayList<>();
    final Map<String, String> env = new LinkedHashMap<>();
    ShellRunner shell = command -> {
        throw new AssertionError("unexpected $(shell," + command + ")");
    };

    TestTrees(Path dir) {
        this.dir = dir;
    }

    Diagnostics diagnostics() {
        return new Diagnostics() {
            @Override
            public void warning(String file, int line, String message) {
                warnings.add(file + ":" + line + ":warning: " + message);
            }

            @Override
            public void dependencyWarning(String text) {
                dependencyWarnings.add(text);
            }

            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        };
    }

    Kconfig.LoadOptions options() {
        return new Kconfig.LoadOptions(env, dir, shell, diagnostics());
    }

    /** Writes a file below the directory (creating parents), through {@link ByteText}. */
    Path write(String name, String content) {
        Path p = dir.resolve(name);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, ByteText.encode(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    String read(String name) {
        try {
            return ByteText.read(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code Kconfig} with the text and loads it. */
    Kconfig load(String kconfig) {
        write("Kconfig", kconfig);
        return loadFile("Kconfig");
    }

    Kconfig loadFile(String name) {
        return Kconfig.load(name, options());
    }

    /** Writes {@code Kconfig} with the text and expects the load to fail. */
    KconfigException loadFails(String kconfig) {
        write("Kconfig", kconfig);
        return assertThrows(KconfigException.class, () -> loadFile("Kconfig"));
    }

    /** Reads a configuration text (written to {@code name}) as conf_read does; returns the warning count. */
    int read(Kconfig k, String name, String config) {
        Path p = write(name, config);
        try {
            return new ConfigReader(k).read(p, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a .config text. */
    int readConfig(Kconfig k, String config) {
        return read(k, ".config", config);
    }

    /** The full .config without its four-line header. */
    static String body(Kconfig k) {
        return stripHeader(new ConfigWriter(k).dotConfig());
    }

    static String stripHeader(String dotConfig) {
        int pos = 0;
        for (int i = 0; i < 4; i++) pos = dotConfig.indexOf('\n', pos) + 1;
        return dotConfig.substring(pos);
    }

    static Symbol sym(Kconfig k, String name) {
        Symbol s = k.symbol(name);
        if (s == null) throw new AssertionError("no symbol " + name);
        return s;
    }

    static String value(Kconfig k, String name) {
        return sym(k, name).stringValue();
    }
}
