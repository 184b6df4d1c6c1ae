package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine speaks JVM text; files keep their bytes. UTF-8 in file names, prompts, help, values,
 * environment and command output reads as the text it is, and any byte that is not UTF-8 (Latin-1 text)
 * is written back as it was read.
 */
class TextTest {
    @TempDir
    Path tmp;
    private TestTrees t;

    @BeforeEach
    void setUp() {
        t = new TestTrees(tmp);
    }

    // ---- ByteText ----

    @Test
    void everyByteStringRoundTrips() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[r.nextInt(12)];
            r.nextBytes(bytes);
            assertArrayEquals(bytes, ByteText.encode(ByteText.decode(bytes)));
        }
        for (int b = 0; b < 256; b++) {
            byte[] one = {(byte) b};
            assertArrayEquals(one, ByteText.encode(ByteText.decode(one)));
        }
    }

    @Test
    void utf8IsTextAndAnyOtherByteItsEscape() {
        assertEquals("café ☃ 😀", ByteText.decode("café ☃ 😀".getBytes(StandardCharsets.UTF_8)));
        // Latin-1 é; a lead byte cut short by the end; an encoded surrogate; an overlong NUL.
        assertEquals("caf\uDCE9", ByteText.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9}));
        assertEquals("a\uDCE2\uDC98", ByteText.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x98}));
        assertEquals("\uDCED\uDCA0\uDC80", ByteText.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        assertEquals("\uDCC0\uDC80", ByteText.decode(new byte[] {(byte) 0xC0, (byte) 0x80}));
        // A U+FFFD of the file's own stays one, next to an escape or not.
        assertEquals("\uFFFD", ByteText.decode(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}));
        assertEquals("\uFFFD\uDCE9", ByteText.decode(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xE9}));
        // Half a surrogate pair has no bytes: written as '?', as Java's own UTF-8 encoder does.
        assertArrayEquals(new byte[] {'?', 'x'}, ByteText.encode("\uD83Dx"));
    }

    @Test
    void theCharsetWritesWhatEncodeGives() {
        String text = "caf\uDCE9 ☃ 😀 \uDCFF";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, ByteText.CHARSET);
        // A pair split between two writes is still one character.
        out.print(text.substring(0, text.length() - 4));
        out.print(text.substring(text.length() - 4));
        out.flush();
        assertArrayEquals(ByteText.encode(text), bytes.toByteArray());
        assertEquals(text, new String(bytes.toByteArray(), ByteText.CHARSET));
    }

    @Test
    void stringsCompareAsTheirBytes() {
        // U+FF5E is EF BD 9E, U+1F600 is F0 9F 98 80: before it in bytes, after it in UTF-16.
        assertTrue(ByteText.compare("\uFF5E", "😀") < 0);
        assertTrue(ByteText.compare("a😀", "a\uFF5E") > 0);
        assertTrue(ByteText.compare("é", "\uDCE9") < 0);   // C3 A9 against E9
        assertEquals(0, ByteText.compare("same ☃", "same ☃"));
        Kconfig k = t.load("config S\n\tstring\n\tdefault \"\uFF5E\"\nconfig T\n\tstring\n\tdefault \"😀\"\n"
                + "config LESS\n\tdef_bool S < T\n");
        assertEquals("y", TestTrees.value(k, "LESS"));
    }

    // ---- Kconfig files ----

    @Test
    void aSourcedFileWithANonAsciiNameOpens() {
        t.write("é/Kconfig", "config ACCENT\n\tbool \"accent\"\n");
        Kconfig k = t.load("source \"é/Kconfig\"\n");
        TestTrees.sym(k, "ACCENT");
        assertEquals(List.of("Kconfig", "é/Kconfig"), k.files());
    }

    @Test
    void aFileNameThatIsNotUtf8CannotBeOpened() {
        // Java names files by text; a Latin-1 é in a file name has none. The error says which file.
        KconfigException e = t.loadFails("source \"caf\uDCE9\"\n");
        assertEquals("Kconfig:1: can't open file \"caf\uDCE9\": not a valid file name", e.getMessage());
    }

    @Test
    void infoPrintsTheText() {
        t.load("$(info,café ☃)\n");
        assertEquals(List.of("café ☃"), t.infos);
    }

    @Test
    void promptsHelpAndEnvironmentAreText() {
        t.env.put("OWNER", "Jörg");
        Kconfig k = t.load("mainmenu \"Größe\"\nconfig A\n\tbool \"Größe ✓ $(OWNER)\"\n\thelp\n\t  Ünïcödé.\n");
        MenuNode a = TestTrees.sym(k, "A").nodes().getFirst();
        assertEquals("Größe ✓ Jörg", a.promptText());
        assertEquals("Ünïcödé.\n", a.help());
        assertEquals("Größe", k.mainMenuTitle());
    }

    @Test
    void aCharacterOutsideQuotesIsWarnedAboutOncePerByte() {
        t.load("config A\n\tbool\n\té\n");
        // Linux's lexer quotes each byte: C3, then A9 (printed as those bytes).
        assertEquals(List.of("Kconfig:3:warning: ignoring unsupported character '\uDCC3'",
                "Kconfig:3:warning: ignoring unsupported character '\uDCA9'"), t.warnings);
    }

    @Test
    void latin1BytesInAKconfigFileAreWrittenBack() throws IOException {
        Files.write(tmp.resolve("Kconfig"), new byte[] {'m', 'a', 'i', 'n', 'm', 'e', 'n', 'u', ' ', '"', 'C', 'a', 'f',
                (byte) 0xE9, '"', '\n'});
        Kconfig k = t.loadFile("Kconfig");
        assertEquals("Caf\uDCE9", k.mainMenuTitle());
        Path out = tmp.resolve(".config");
        new ConfigWriter(k).writeDotConfig(out);
        byte[] expected = "#\n# Automatically generated file; DO NOT EDIT.\n# Caf\u00e9\n#\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(expected, java.util.Arrays.copyOf(Files.readAllBytes(out), expected.length));
    }

    // ---- configuration files ----

    @Test
    void stringValuesRoundTripByteForByte() throws IOException {
        Kconfig k = t.load("config S\n\tstring \"s\"\nconfig L\n\tstring \"l\"\n");
        byte[] utf8 = "CONFIG_S=\"naïve ☃ 😀 \\\"q\\\"\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "CONFIG_L=\"caf\u00e9 \u00ff\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Path in = tmp.resolve("in.config");
        Files.write(in, concat(utf8, latin1));
        new ConfigReader(k).read(in, "in.config");
        assertEquals("naïve ☃ 😀 \"q\"", TestTrees.value(k, "S"));
        assertEquals("caf\uDCE9 \uDCFF", TestTrees.value(k, "L"));
        Path out = tmp.resolve(".config");
        new ConfigWriter(k).writeDotConfig(out);
        byte[] written = Files.readAllBytes(out);
        byte[] body = java.util.Arrays.copyOfRange(written, written.length - utf8.length - latin1.length, written.length);
        assertArrayEquals(concat(utf8, latin1), body);
    }

    @Test
    void shellOutputThatIsNotUtf8KeepsItsBytes() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        t.shell = new ProcessShellRunner(tmp, Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
        Kconfig k = t.load("config S\n\tstring\n\tdefault \"$(shell,printf 'caf\\351 \\342\\230\\203')\"\n");
        assertEquals("caf\uDCE9 ☃", TestTrees.value(k, "S"));
        Path out = tmp.resolve(".config");
        new ConfigWriter(k).writeDotConfig(out);
        String written = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertTrue(written.endsWith("CONFIG_S=\"caf\u00e9 \u00e2\u0098\u0083\"\n"), written);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
