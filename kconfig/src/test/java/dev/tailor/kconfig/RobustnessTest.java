package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged input never crashes the engine: real Kconfig files (a dozen from Linux 6.18 and Unikraft 0.17,
 * each copied alone with its source lines blanked) and real .config files get seeded random byte edits,
 * deletions, insertions and truncations. Loading and reading must succeed or throw a located
 * {@link KconfigException}; anything else fails with the seed and the input saved for reproduction.
 */
class RobustnessTest {
    /** Stop mutating after this long per test (the suite must stay fast on 2 cores). */
    private static final long TIME_BUDGET_MS = Long.getLong("robustness.budget.ms", 20_000);
    /** How many seeded mutations of Kconfig files to try (-Drobustness.mutations=N for a longer hunt). */
    private static final long KCONFIG_MUTATIONS = Long.getLong("robustness.mutations", 1500);

    private static final List<String> LINUX_FILES = List.of("init/Kconfig", "mm/Kconfig", "kernel/Kconfig.preempt",
            "block/Kconfig", "fs/Kconfig", "net/Kconfig", "security/Kconfig", "crypto/Kconfig", "kernel/power/Kconfig",
            "usr/Kconfig", "certs/Kconfig", "arch/x86/Kconfig");
    private static final List<String> UNIKRAFT_FILES = List.of("unikraft-tree/Config.uk",
            "unikraft-tree/lib/vfscore/Config.uk", "unikraft-tree/lib/ukboot/Config.uk",
            "unikraft-tree/arch/x86/x86_64/Config.uk", "unikraft-tree/plat/kvm/Config.uk",
            "unikraft-tree/lib/ukdebug/Config.uk");

    /** Bytes that matter to the lexer, and some that do not. */
    private static final byte[] INTERESTING = " \t\n\r\"'\\$()#=!&|<>:+,-_0aymnAZ\u00e9\u00ff\u0000".getBytes(
            StandardCharsets.ISO_8859_1);
    /** Statement fragments worth inserting. */
    private static final List<String> SNIPPETS = List.of("endmenu\n", "endif\n", "endchoice\n", "choice\n",
            "menu \"x\"\n", "if X\n", "config ", "menuconfig M\n", "\thelp\n", "help\n", "\tselect ", "\tdepends on ",
            "\tdefault ", "\trange 1 ", "$(", "$(shell,", "$(info,", "$(warning-if,y,", "$(error-if,", ")", "\\\n",
            "\"", "'", "source \"nothere\"\n", "\tbool \"b\"\n", "\ttristate\n", "\tint\n", "\thex\n", "\tstring\n",
            "\tmodules\n", "\ttransitional\n", "\toptional\n", "mainmenu \"m\"\n", "comment \"c\"\n", "X := $(X)\n",
            "Y = $(Y)\n", "Z += z\n", "\tdepends on !(A || B) && C >= \"3\"\n", "\tdefault 0x\n", "\timply ",
            "\tvisible if ", "\tprompt \"p\" if ", "$(filename)", "$(lineno)", "$(if,,a,b)", "$(1)", "$$");

    private static final Map<String, String> ENV = new LinkedHashMap<>();

    static {
        ENV.put("ARCH", "x86_64");
        ENV.put("SRCARCH", "x86");
        ENV.put("KERNELVERSION", "6.18.2");
        ENV.put("CC", "gcc");
        ENV.put("UK_BASE", "unikraft-tree");
        ENV.put("UK_ARCH", "x86_64");
    }

    /**
     * Stand-ins for the macros of Linux's scripts/Kconfig.include (not sourced by the standalone copies),
     * prepended to the Linux files so that their $(success,...), $(cc-option,...) ... expand to something.
     */
    private static final String LINUX_MACROS = """
            comma := ,
            success = y
            failure = n
            if-success = $(2)
            cc-option = y
            ld-option = y
            as-instr = y
            as-instr64 = y
            rustc-option = n
            cc-name := GCC
            cc-version := 120200
            ld-name := BFD
            ld-version := 24000
            as-name := GNU
            as-version := 24000
            rustc-version := 0
            rustc-llvm-version := 0
            m32-flag := -m32
            m64-flag := -m64
            """;

    /** A shell that answers "cmd && echo A || echo B" with A and everything else with "0". */
    private static final java.util.regex.Pattern IF_SUCCESS =
            java.util.regex.Pattern.compile("&& echo \"?([^\" |]*)\"? \\|\\| echo");

    private static String fakeShell(String command) {
        java.util.regex.Matcher m = IF_SUCCESS.matcher(command);
        return m.find() ? m.group(1) + "\n" : "0\n";
    }

    @TempDir
    Path tmp;

    /** A file of the corpus with every source-like line blanked (line numbers stay). */
    static byte[] standalone(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            boolean source = lines[i].strip().matches("(o|r|or)?source\\s.*");
            out.append(source ? "" : lines[i]);
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- mutations ----

    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in;
        int ops = 1 + r.nextInt(3);
        for (int op = 0; op < ops; op++) {
            int len = b.length;
            int at = len == 0 ? 0 : r.nextInt(len + 1);
            switch (r.nextInt(7)) {
                case 0 -> { // replace a byte
                    if (len == 0) break;
                    b = b.clone();
                    b[Math.min(at, len - 1)] = r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)]
                            : (byte) r.nextInt(256);
                }
                case 1 -> { // delete a short range
                    int n = Math.min(len - at, 1 + r.nextInt(r.nextBoolean() ? 3 : 40));
                    b = concat(slice(b, 0, at), slice(b, at + n, len));
                }
                case 2 -> { // insert interesting bytes
                    byte[] ins = new byte[1 + r.nextInt(3)];
                    for (int i = 0; i < ins.length; i++) ins[i] = INTERESTING[r.nextInt(INTERESTING.length)];
                    b = concat(slice(b, 0, at), ins, slice(b, at, len));
                }
                case 3 -> { // insert a statement fragment at a line start or anywhere
                    if (r.nextBoolean()) at = lineStart(b, at);
                    byte[] ins = SNIPPETS.get(r.nextInt(SNIPPETS.size())).getBytes(StandardCharsets.ISO_8859_1);
                    b = concat(slice(b, 0, at), ins, slice(b, at, len));
                }
                case 4 -> b = slice(b, 0, at); // truncate
                case 5 -> { // duplicate a line elsewhere
                    int s = lineStart(b, at);
                    int e = lineEnd(b, s);
                    int to = lineStart(b, len == 0 ? 0 : r.nextInt(len + 1));
                    b = concat(slice(b, 0, to), slice(b, s, e), slice(b, to, len));
                }
                default -> { // delete whole lines
                    int s = lineStart(b, at);
                    int e = s;
                    for (int i = 1 + r.nextInt(4); i > 0 && e < len; i--) e = lineEnd(b, e);
                    b = concat(slice(b, 0, s), slice(b, e, len));
                }
            }
        }
        return b;
    }

    private static int lineStart(byte[] b, int at) {
        while (at > 0 && b[at - 1] != '\n') at--;
        return at;
    }

    /** The index after the newline ending the line that contains {@code at}. */
    private static int lineEnd(byte[] b, int at) {
        while (at < b.length && b[at] != '\n') at++;
        return Math.min(at + 1, b.length);
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    // ---- checking ----

    private final List<String> failures = new ArrayList<>();
    private int loaded;
    private int rejected;

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 3000 ? s.substring(0, 3000) + "..." : s;
    }

    private void failure(String what, long seed, byte[] input, String suffix, String problem) throws IOException {
        Path saved = Files.createTempFile("robustness-" + seed + "-", suffix);
        Files.write(saved, input);
        failures.add(what + " (mutation seed " + seed + ", input saved to " + saved + "): " + problem);
    }

    private Kconfig.LoadOptions options(Path dir) {
        return new Kconfig.LoadOptions(ENV, dir, RobustnessTest::fakeShell, Diagnostics.silent());
    }

    private void checkKconfig(Path dir, String origin, long seed, byte[] input) throws IOException {
        Files.write(dir.resolve("Kconfig"), input);
        Kconfig k;
        try {
            k = Kconfig.load("Kconfig", options(dir));
        } catch (KconfigException e) {
            rejected++;
            String problem = LocatedErrors.problem(e);
            if (problem != null) failure(origin, seed, input, ".Kconfig", problem);
            return;
        } catch (Throwable e) {
            failure(origin, seed, input, ".Kconfig", "load threw " + stackTrace(e));
            return;
        }
        loaded++;
        try {
            // A tree that loads can be configured and written.
            new ConfigWriter(k).dotConfig();
            new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.RANDOM, ConfigTool.RandomSettings.of(7, null));
            String config = new ConfigWriter(k).dotConfig();
            new ConfigWriter(k).minimalConfig();
            Files.write(dir.resolve(".config"), ByteText.encode(config));
            new ConfigReader(k).read(dir.resolve(".config"), ".config");
            new ConfigWriter(k).dotConfig();
        } catch (Throwable e) {
            failure(origin, seed, input, ".Kconfig", "using the loaded tree threw " + stackTrace(e));
        }
    }

    private void report(int attempts) {
        assertTrue(attempts >= 50, "too few mutations in the time budget: " + attempts);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + attempts + " mutated inputs broke the engine:\n"
                    + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    // ---- Kconfig files ----

    @Test
    void theStandaloneBaselinesLoad() throws IOException {
        Path linuxCorpus = Corpus.dir("linux-6.18");
        Path unikraftCorpus = Corpus.dir("unikraft-0.17");
        for (String f : LINUX_FILES) checkBaseline(f, linux(linuxCorpus, f));
        for (String f : UNIKRAFT_FILES) checkBaseline(f, standalone(unikraftCorpus.resolve(f)));
    }

    private void checkBaseline(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "base");
        Files.write(dir.resolve("Kconfig"), content);
        Kconfig k = Kconfig.load("Kconfig", options(dir));
        assertTrue(k.symbols().size() > 3, name);
        new ConfigWriter(k).dotConfig();
    }

    private static byte[] linux(Path linuxCorpus, String file) throws IOException {
        return concat(LINUX_MACROS.getBytes(StandardCharsets.ISO_8859_1), standalone(linuxCorpus.resolve(file)));
    }

    @Test
    void mutatedKconfigFilesLoadOrFailWithALocatedError() throws IOException {
        Path linuxCorpus = Corpus.dir("linux-6.18");
        Path unikraftCorpus = Corpus.dir("unikraft-0.17");
        List<byte[]> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String f : LINUX_FILES) {
            inputs.add(linux(linuxCorpus, f));
            names.add("linux-6.18/" + f);
        }
        for (String f : UNIKRAFT_FILES) {
            inputs.add(standalone(unikraftCorpus.resolve(f)));
            names.add("unikraft-0.17/" + f);
        }
        Path dir = Files.createTempDirectory(tmp, "kconfig");
        long start = System.currentTimeMillis();
        int attempts = 0;
        for (long seed = 1; seed <= KCONFIG_MUTATIONS && System.currentTimeMillis() - start < TIME_BUDGET_MS; seed++) {
            Random r = new Random(seed);
            int which = r.nextInt(inputs.size());
            checkKconfig(dir, names.get(which), seed, mutate(inputs.get(which), r));
            attempts++;
        }
        System.out.printf("RobustnessTest: %d mutated Kconfig files in %d ms, %d loaded, %d rejected%n", attempts,
                System.currentTimeMillis() - start, loaded, rejected);
        assertTrue(loaded > 0 && rejected > 0, "loaded " + loaded + ", rejected " + rejected);
        report(attempts);
    }

    @Test
    void hostileKconfigSnippetsLoadOrFailWithALocatedError() throws IOException {
        List<String> hostile = List.of("", "\n", "\\", "\\\n", "\"", "'", "$(", "$()", "$(,)", "$(shell)", "#",
                "config", "config\n", "config A", "config A\n\tbool \"", "menu", "menu \"m\"", "endmenu", "choice\n",
                "if", "if\n", "if (\n", "config A\n\tbool\n\tdefault (((((((((((((((((((y\n", "config A\n\thelp",
                "config A\n\thelp\n", "config A\n\tbool\n\thelp\n\t  x", "mainmenu \"a\"\nmainmenu \"b\"\n",
                "A = $(A)\nconfig $(A)\n", "X := $(X)$(X)\n", "config A\n\tbool\n\tselect A\n",
                "config A\n\tbool\n\tdepends on A\n", "config A\n\tint\n\trange A A\n\tdefault A\n",
                "config A\n\tstring\n\tdefault A\n", "choice\n\tprompt \"c\"\n\tdefault A\nendchoice\n",
                "config A\n\tbool\n\tdefault y if !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!y\n",
                "config \u00ff\n\tbool \"\u00e9\"\n", "config A\n\tbool\n\u0000\n", "$(error-if,y,boom)\n",
                "$(warning-if,y,hm)\n", "$(info,hi)\n", "config A\n\tbool \"a\"\n\tmodules\n\tmodules\n",
                "config A\n\ttristate \"a\"\n\ttransitional\n", "source \"Kconfig\"\n", "rsource \"Kconfig\"\n",
                "osource \"*\"\n");
        Path dir = Files.createTempDirectory(tmp, "hostile");
        int i = 0;
        for (String h : hostile) checkKconfig(dir, "hostile snippet " + i, i++, h.getBytes(StandardCharsets.ISO_8859_1));
        if (!failures.isEmpty()) fail(String.join("\n\n", failures));
    }

    @Test
    void aMalformedMainmenuIsALocatedError() throws IOException {
        // KconfigParser.withFile parses the mainmenu statement outside the statement loop that turns
        // SyntaxError into a recorded error. Linux: "Kconfig:1: syntax error", "Kconfig:1: invalid statement".
        for (String text : List.of("mainmenu\n", "mainmenu \"title\" junk\n", "mainmenu title\n")) {
            Path dir = Files.createTempDirectory(tmp, "mainmenu");
            Files.writeString(dir.resolve("Kconfig"), text);
            KconfigException e = org.junit.jupiter.api.Assertions.assertThrows(KconfigException.class,
                    () -> Kconfig.load("Kconfig", options(dir)), text);
            assertEquals("Kconfig", e.file());
            assertEquals(1, e.line());
        }
    }

    // ---- .config files ----

    private void checkConfig(Kconfig k, Path dir, String origin, long seed, byte[] input) throws IOException {
        Path cfg = dir.resolve("mutated.config");
        Files.write(cfg, input);
        try {
            new ConfigReader(k).read(cfg, ".config");
            new ConfigWriter(k).dotConfig();
            new ConfigWriter(k).minimalConfig();
        } catch (KconfigException e) {
            String problem = LocatedErrors.problem(e);
            if (problem != null) failure(origin, seed, input, ".config", problem);
        } catch (Throwable e) {
            failure(origin, seed, input, ".config", "reading threw " + stackTrace(e));
        }
    }

    @Test
    void mutatedConfigFilesReadOrFailWithALocatedError() throws IOException {
        Path linuxCorpus = Corpus.dir("linux-6.18");
        Path unikraftCorpus = Corpus.dir("unikraft-0.17");
        Kconfig unikraft = Corpus.load(unikraftCorpus, "unikraft-tree/Config.uk", Diagnostics.silent());
        Kconfig linux = Corpus.load(linuxCorpus, "Kconfig", Diagnostics.silent());
        byte[] unikraftConfig = Files.readAllBytes(unikraftCorpus.resolve("expected/allyesconfig.config"));
        byte[] linuxConfig = Files.readAllBytes(linuxCorpus.resolve("expected/x86_64/defconfig.config"));
        Path dir = Files.createTempDirectory(tmp, "config");
        long start = System.currentTimeMillis();
        int attempts = 0;
        for (long seed = 1; seed <= 300 && System.currentTimeMillis() - start < TIME_BUDGET_MS; seed++) {
            Random r = new Random(-seed);
            // The Linux tree is slower to recompute: one mutation in six.
            if (seed % 6 == 0) checkConfig(linux, dir, "linux-6.18 defconfig.config", -seed, mutate(linuxConfig, r));
            else checkConfig(unikraft, dir, "unikraft-0.17 allyesconfig.config", -seed, mutate(unikraftConfig, r));
            attempts++;
        }
        System.out.printf("RobustnessTest: %d mutated .config files in %d ms%n", attempts, System.currentTimeMillis() - start);
        report(attempts);
        // After all that, a clean read gives the expected result again.
        new ConfigReader(linux).read(linuxCorpus.resolve("expected/x86_64/defconfig.config"), ".config");
        assertEquals(ByteText.read(linuxCorpus.resolve("expected/x86_64/defconfig.config")),
                new ConfigWriter(linux).dotConfig());
    }
}
