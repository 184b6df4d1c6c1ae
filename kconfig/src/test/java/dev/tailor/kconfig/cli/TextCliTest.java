package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tailor.kconfig.ByteText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line prints and writes the bytes the Kconfig files had, UTF-8 or not. */
class TextCliTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
    }

    @Test
    void infoAndANonAsciiSourceAsLinuxPrintsThem() throws IOException {
        cli.write("é/Kconfig", "config ACCENT\n\tbool \"accent\"\n\tdefault y\n");
        cli.write("Kconfig", "$(info,café ☃)\nsource \"é/Kconfig\"\n");
        Cli.Result r = cli.run("alldefconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertArrayEquals("café ☃\n#\n# configuration written to .config\n#\n".getBytes(StandardCharsets.UTF_8),
                ByteText.encode(r.out()));
        assertEquals("CONFIG_ACCENT=y\n", cli.read(".config").substring(cli.read(".config").indexOf("CONFIG_")));
    }

    @Test
    void latin1BytesGoThroughUnchanged() throws IOException {
        Files.write(dir.resolve("Kconfig"), "mainmenu \"Caf\u00e9\"\nconfig S\n\tstring \"s\"\n\tdefault \"\u00ff\"\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = cli.run("alldefconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("#\n# Automatically generated file; DO NOT EDIT.\n# Caf\u00e9\n#\nCONFIG_S=\"\u00ff\"\n",
                new String(Files.readAllBytes(dir.resolve(".config")), StandardCharsets.ISO_8859_1));
    }
}
