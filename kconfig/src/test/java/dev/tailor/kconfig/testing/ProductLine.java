package dev.tailor.kconfig.testing;

import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The repository's own allocator product line (Config.uk at the root), loaded as the tests need it. */
public final class ProductLine {
    private ProductLine() {}

    public static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        Assumptions.assumeTrue(root != null && Files.isRegularFile(root.resolve("Config.uk")),
                () -> "allocator product line not found: " + root + "/Config.uk");
        return root;
    }

    public static Kconfig load() {
        return Kconfig.load("Config.uk", new Kconfig.LoadOptions(Map.of(), root(), null, Diagnostics.silent()));
    }
}
