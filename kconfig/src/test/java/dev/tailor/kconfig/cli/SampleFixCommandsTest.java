package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tailor.kconfig.testing.ProductLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kconfig sample} and {@code kconfig fix} on the allocator product line and on small trees. */
class SampleFixCommandsTest {
    @TempDir
    Path dir;

    private Cli productLine() {
        return new Cli(ProductLine.root());
    }

    @Test
    void sampleWritesDefconfigsAndJson() throws IOException {
        Path out = dir.resolve("samples");
        Cli.Result r = productLine().run("sample", "--json", "--out", out.toString(), "Config.uk");
        assertEquals(0, r.exitCode(), r::toString);
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        int n = json.getAsJsonArray("samples").size();
        JsonObject coverage = json.getAsJsonObject("coverage");
        assertEquals(2, coverage.get("t").getAsInt());
        assertEquals(coverage.get("valid").getAsLong(), coverage.get("covered").getAsLong());
        assertEquals(100.0, coverage.get("percent").getAsDouble());
        assertTrue(json.get("seconds").getAsDouble() > 0);
        assertEquals(n, json.get("total").getAsInt());
        JsonObject first = json.getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals("sample-0001", first.get("name").getAsString());
        assertEquals(out + "/sample-0001_defconfig", first.get("file").getAsString());
        try (var files = Files.list(out)) {
            assertEquals(n, files.count());
        }
        assertTrue(Files.isRegularFile(out.resolve(String.format("sample-%04d_defconfig", n))));
    }

    @Test
    void shardsWriteTheirShare() {
        Cli.Result all = productLine().run("sample", "--strategy", "random", "--count", "5", "--seed", "3", "Config.uk");
        assertEquals(0, all.exitCode(), all::toString);
        Cli.Result shard = productLine().run("sample", "--strategy", "random", "--count", "5", "--seed", "3",
                "--shard", "2/2", "--out", dir.toString(), "Config.uk");
        assertEquals(0, shard.exitCode(), shard::toString);
        assertTrue(Files.isRegularFile(dir.resolve("sample-0002_defconfig")));
        assertTrue(Files.isRegularFile(dir.resolve("sample-0004_defconfig")));
        assertFalse(Files.exists(dir.resolve("sample-0001_defconfig")));
        assertTrue(shard.out().contains("5 configurations (random, seed 3, shard 2/2)"), shard.out());
    }

    @Test
    void usageErrors() {
        Cli cli = productLine();
        assertEquals(2, cli.run("sample", "--strategy", "nope", "Config.uk").exitCode());
        assertTrue(cli.run("sample", "--strategy", "nope").err().contains("Unknown strategy 'nope'"));
        assertEquals(2, cli.run("sample", "--t", "4", "Config.uk").exitCode());
        assertEquals(2, cli.run("sample", "--shard", "3/2", "Config.uk").exitCode());
        assertEquals(2, cli.run("fix", "Config.uk").exitCode());
    }

    @Test
    void fixPrintsAndAppliesTheSmallestCorrection() throws IOException {
        Cli cli = new Cli(dir);
        cli.write("Kconfig", "config A\n\tbool \"a\"\n\tdepends on B && C\nconfig B\n\tbool \"b\"\n"
                + "config C\n\tbool \"c\"\n\tdefault y\nconfig D\n\tbool \"d\"\n\tdepends on A\n\tdefault y\n");
        assertEquals(0, cli.run("alldefconfig").exitCode());
        Cli.Result r = cli.run("fix", "A=y");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("A=y needs 1 other change:\n  B: n -> y\nand so:\n  D: n -> y\n(run with --apply to write them)\n",
                r.out());
        String before = cli.read(".config");
        r = cli.run("fix", "--apply", "CONFIG_A=y");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(cli.read(".config").contains("CONFIG_A=y\nCONFIG_B=y\nCONFIG_C=y\nCONFIG_D=y\n"), cli.read(".config"));
        assertEquals(before, cli.read(".config.old"));
    }

    @Test
    void fixSaysWhyNothingHelps() throws IOException {
        Cli cli = new Cli(dir);
        cli.write("Kconfig", "config A\n\tbool \"a\"\n\tdepends on B\nconfig B\n\tbool\n");
        Cli.Result r = cli.run("fix", "A=y");
        assertEquals(1, r.exitCode());
        assertEquals("kconfig: cannot fix: A=y is impossible in every configuration of this tree; it depends on B\n",
                r.err());
        assertEquals(1, cli.run("fix", "NOPE=y").exitCode());
        assertEquals("kconfig: unknown symbol NOPE\n", cli.run("fix", "NOPE=y").err());
    }
}
