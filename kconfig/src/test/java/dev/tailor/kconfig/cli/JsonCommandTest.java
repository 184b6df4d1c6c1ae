package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kconfig json}: the values or the menu tree of the configuration, to standard output or a file. */
class JsonCommandTest {
    @TempDir
    Path dir;

    @Test
    void valuesAndMenusOfTheConfiguration() throws IOException {
        Cli cli = new Cli(dir);
        // Text beyond ASCII: the file is written in UTF-8.
        cli.write("Kconfig", "config A\n\tbool \"a\"\n\tdefault y\nconfig S\n\tstring \"Caf\u00e9\"\n\tdefault \"x\"\n");
        cli.write(".config", "# CONFIG_A is not set\n");
        Cli.Result r = cli.run("json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("{\n    \"A\": false,\n    \"S\": \"x\"\n}\n", r.out());

        r = cli.run("json", "--menu", "--out", "menus.json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.out());
        String menus = Files.readString(dir.resolve("menus.json"), StandardCharsets.UTF_8);
        assertTrue(menus.startsWith("[\n    {\n        \"type\": \"bool\",\n        \"id\": \"A\",\n"), menus);
        assertTrue(menus.contains("\"title\": \"Caf\u00e9\""), menus);
        assertEquals("# CONFIG_A is not set\n", cli.read(".config"), "read, not written");
    }
}
