package dev.tailor.kconfig.menuconfig;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The small tree the menuconfig tests run on: every kind of entry mconf shows. */
final class MenuTrees {
    private MenuTrees() {}

    static final String TREE = """
            mainmenu "Test Menu"

            config MODULES
            	bool "Enable loadable module support"
            	modules
            	default y

            menu "Allocators"

            config ALLOC
            	tristate "Allocator"
            	default m
            	help
            	  The allocator.

            config ALLOC_STATS
            	bool "Statistics"
            	depends on ALLOC

            config ALLOC_ALIGN
            	int "Alignment"
            	range 8 4096
            	default 16

            config ALLOC_BASE
            	hex "Base address"
            	default 0x1000

            config ALLOC_NAME
            	string "Name"
            	default "heap"

            comment "Backends"

            choice
            	prompt "Backend"
            	default BUDDY

            config REGION
            	bool "Region"

            config BUDDY
            	bool "Buddy"

            endchoice

            endmenu

            menuconfig DEBUG
            	bool "Debugging"

            if DEBUG
            config DEBUG_LEVEL
            	int "Level"
            	default 1
            endif

            config FORCED
            	bool "Forced"

            config FORCER
            	bool "Forcer"
            	default y
            	select FORCED

            config MOD_ONLY
            	tristate "Module only"
            	depends on m

            config HIDDEN
            	bool "Hidden"
            	depends on NEVER

            config NEVER
            	bool
            """;

    /** Writes the tree to {@code dir}/Kconfig and loads it, with no configuration read. */
    static Kconfig load(Path dir) throws IOException {
        Files.writeString(dir.resolve("Kconfig"), TREE, StandardCharsets.ISO_8859_1);
        return Kconfig.load("Kconfig", new Kconfig.LoadOptions(Map.of(), dir, null, Diagnostics.silent()));
    }
}
