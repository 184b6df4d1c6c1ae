package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/**
 * An int or hex value in .config outside its range: Linux 6.18 keeps it as the user value, uses the
 * nearest bound (sym_validate_range) and prints nothing; the rewritten .config holds the bound. Only
 * {@code kconfig check} says so.
 */
class OutOfRangeTest {
    private static final String TREE = "config N\n\tint \"n\"\n\trange 1 10\n\tdefault 5\n"
            + "config X\n\thex \"x\"\n\trange 0x10 0x20\n";

    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        cli.write("Kconfig", TREE);
        cli.write(".config", "CONFIG_N=99\nCONFIG_X=0x5\n");
    }

    @Test
    void olddefconfigClampsSilently() throws IOException {
        Cli.Result r = cli.run("olddefconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("#\n# configuration written to .config\n#\n", r.out());
        assertEquals("", r.err());
        assertTrue(cli.read(".config").endsWith("CONFIG_N=10\nCONFIG_X=0x10\n"), cli.read(".config"));
    }

    @Test
    void checkSaysSo() {
        Cli.Result r = cli.run("check");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Kconfig:3: warning: CONFIG_N=99 is outside the range 1..10: 10 is used\n"
                + "Kconfig:7: warning: CONFIG_X=0x5 is outside the range 0x10..0x20: 0x10 is used\n", r.out());
    }
}
