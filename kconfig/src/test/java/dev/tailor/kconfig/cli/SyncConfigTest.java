package dev.tailor.kconfig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kconfig syncconfig} against expectations worked out by hand from Linux 6.18's confdata.c
 * (print_symbol_for_autoconf, print_symbol_for_c, print_symbol_for_rustccfg, conf_write_autoconf_cmd,
 * conf_touch_deps). The symbol order is that of Linux's hash table: FNV-1 of the name modulo 2^14,
 * ascending; CA3A and CAIO share bucket 9437, where the newer symbol comes first.
 */
class SyncConfigTest {
    private static final String TREE = """
            mainmenu "Sync test"
            config MODULES
            \tbool "modules"
            \tdefault y
            \tmodules
            config A
            \tbool "a"
            \tdefault y
            config B
            \tbool "b"
            config T
            \ttristate "t"
            \tdefault m
            config S
            \tstring "s"
            \tdefault "say \\"hi\\" \\\\ there"
            config H
            \thex "h"
            \tdefault "ff"
            config H2
            \thex "h2"
            \tdefault 0x1F
            config I
            \tint "i"
            \tdefault -3
            config CAIO
            \tbool "caio"
            \tdefault y
            config CA3A
            \tbool "ca3a"
            \tdefault y
            source "$(SUB)/Kconfig.sub"
            """;

    @TempDir
    Path dir;

    private Cli tree() throws IOException {
        Cli cli = new Cli(dir).env("SUB", "sub");
        cli.write("Kconfig", TREE);
        cli.write("sub/Kconfig.sub", "config Z\n\tbool \"z\"\n\tdefault y\n");
        assertEquals(0, cli.run("olddefconfig").exitCode());
        return cli;
    }

    @Test
    void writesLinuxFormatsInHashOrder() throws IOException {
        Cli cli = tree();
        Cli.Result r = cli.run("syncconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.out(), "syncconfig is quiet");
        assertEquals("""
                #
                # Automatically generated file; DO NOT EDIT.
                # Sync test
                #
                CONFIG_H2=0x1F
                CONFIG_I=-3
                CONFIG_H=ff
                CONFIG_T=m
                CONFIG_S=say "hi" \\ there
                CONFIG_MODULES=y
                CONFIG_Z=y
                CONFIG_CA3A=y
                CONFIG_CAIO=y
                CONFIG_A=y
                """, cli.read("include/config/auto.conf"));
        assertEquals("""
                /*
                 * Automatically generated file; DO NOT EDIT.
                 * Sync test
                 */
                #define CONFIG_H2 0x1F
                #define CONFIG_I -3
                #define CONFIG_H 0xff
                #define CONFIG_T_MODULE 1
                #define CONFIG_S "say \\"hi\\" \\\\ there"
                #define CONFIG_MODULES 1
                #define CONFIG_Z 1
                #define CONFIG_CA3A 1
                #define CONFIG_CAIO 1
                #define CONFIG_A 1
                """, cli.read("include/generated/autoconf.h"));
        assertEquals("""
                --cfg=CONFIG_H2="0x1F"
                --cfg=CONFIG_I="-3"
                --cfg=CONFIG_H="0xff"
                --cfg=CONFIG_T
                --cfg=CONFIG_T="m"
                --cfg=CONFIG_S="say \\"hi\\" \\\\ there"
                --cfg=CONFIG_MODULES
                --cfg=CONFIG_MODULES="y"
                --cfg=CONFIG_Z
                --cfg=CONFIG_Z="y"
                --cfg=CONFIG_CA3A
                --cfg=CONFIG_CA3A="y"
                --cfg=CONFIG_CAIO
                --cfg=CONFIG_CAIO="y"
                --cfg=CONFIG_A
                --cfg=CONFIG_A="y"
                """, cli.read("include/generated/rustc_cfg"));
        assertEquals("""
                autoconfig := include/config/auto.conf

                deps_config := \\
                \tKconfig \\
                \tsub/Kconfig.sub \\

                $(autoconfig): $(deps_config)
                $(deps_config): ;

                ifneq "$(SUB)" "sub"
                $(autoconfig): FORCE
                endif
                """, cli.read("include/config/auto.conf.cmd"));
    }

    @Test
    void touchesTheSymbolsThatChangedSinceTheLastAutoConf() throws IOException {
        Cli cli = tree();
        assertEquals(0, cli.run("syncconfig").exitCode());
        // First run: every symbol that is not n is new.
        assertEquals("A CA3A CAIO H H2 I MODULES S T Z", touched());
        clearTouched();
        cli.write("include/config/auto.conf", cli.read("include/config/auto.conf") + "CONFIG_GONE=y\n");
        assertEquals(0, cli.run("setconfig", "A=n", "B=y", "I=7").exitCode());

        Cli.Result r = cli.run("syncconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("A B GONE I", touched());
        assertFalse(cli.read("include/config/auto.conf").contains("CONFIG_A="));
    }

    @Test
    void namesComeFromTheEnvironment() throws IOException {
        Cli cli = tree().env("KCONFIG_AUTOCONFIG", "out/my.conf").env("KCONFIG_AUTOHEADER", "out/my.h")
                .env("KCONFIG_RUSTCCFG", "out/my.rs");
        assertEquals(0, cli.run("syncconfig").exitCode());
        assertTrue(cli.read("out/my.conf").contains("CONFIG_A=y\n"));
        assertTrue(cli.read("out/my.h").contains("#define CONFIG_A 1\n"));
        assertTrue(cli.read("out/my.rs").contains("--cfg=CONFIG_A\n"));
        assertTrue(cli.read("out/my.conf.cmd").startsWith("autoconfig := out/my.conf\n"));
        assertTrue(cli.exists("out/A"), "dependency files beside auto.conf");
        assertFalse(cli.exists("include"));
    }

    @Test
    void asksForNewSymbolsAndUpdatesTheConfiguration() throws IOException {
        Cli cli = tree();
        cli.write("Kconfig", TREE + "config NEW\n\tbool \"new\"\n");
        Cli.Result r = cli.stdin("y\n").run("syncconfig");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("new (NEW) [N/y/?] (NEW) y"), r::toString);
        assertTrue(cli.read(".config").contains("CONFIG_NEW=y\n"));
        assertTrue(cli.read("include/config/auto.conf").contains("CONFIG_NEW=y\n"));
    }

    @Test
    void noSilentUpdateRefusesAStaleConfiguration() throws IOException {
        Cli cli = tree();
        cli.write("Kconfig", TREE + "config NEW\n\tbool \"new\"\n");
        String before = cli.read(".config");
        Cli.Result r = cli.env("KCONFIG_NOSILENTUPDATE", "1").run("syncconfig");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("*** The configuration requires explicit update."), r::toString);
        assertEquals(before, cli.read(".config"));
        assertFalse(cli.exists("include/config/auto.conf"));
    }

    @Test
    void needsAConfiguration() throws IOException {
        Cli cli = new Cli(dir);
        cli.write("Kconfig", TREE.replace("source \"$(SUB)/Kconfig.sub\"\n", ""));
        Cli.Result r = cli.run("syncconfig");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("*** Configuration file \".config\" not found!"), r::toString);
    }

    private String touched() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("include/config"))) {
            return String.join(" ", files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("auto.conf")).sorted().toList());
        }
    }

    private void clearTouched() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("include/config"))) {
            for (Path p : files.filter(p -> !p.getFileName().toString().startsWith("auto.conf")).toList()) {
                Files.delete(p);
            }
        }
    }
}
