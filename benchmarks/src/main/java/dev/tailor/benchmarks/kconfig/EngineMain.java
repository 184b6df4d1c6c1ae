package dev.tailor.benchmarks.kconfig;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.ConfigWriter;
import dev.tailor.kconfig.Diagnostics;
import dev.tailor.kconfig.Kconfig;
import dev.tailor.kconfig.preprocess.ShellCache;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The defconfig job as a bare main, without the CLI's option parsing: a stand-in for the CLI in cold-run
 * timings (benchmarks/kconfig-cli.sh), and the lower bound of what a cold CLI run costs. Same arguments
 * as the CLI's defconfig job, in the same order, and like the CLI it takes the variables from the
 * process environment (source env.sh first) and runs in the tree's directory:
 *
 * <pre>java -cp benchmarks.jar dev.tailor.benchmarks.kconfig.EngineMain --shell-cache FILE --config OUT defconfig DEFCONFIG</pre>
 */
public final class EngineMain {
    public static void main(String[] args) throws IOException {
        if (args.length != 6 || !args[0].equals("--shell-cache") || !args[2].equals("--config")
                || !args[4].equals("defconfig")) {
            System.err.println("usage: EngineMain --shell-cache FILE --config OUT defconfig DEFCONFIG");
            System.exit(2);
        }
        Path cwd = Path.of("").toAbsolutePath();
        String srctree = System.getenv().getOrDefault("srctree", ".");
        ShellCache shell = ShellCache.replayOnly(Path.of(args[1]), srctree);
        Kconfig k = Kconfig.load("Kconfig",
                new Kconfig.LoadOptions(System.getenv(), cwd, shell, Diagnostics.printingTo(System.out, System.err)));
        new ConfigReader(k).read(Path.of(args[5]), args[5]);
        new ConfigTool(k).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        new ConfigWriter(k).writeDotConfig(Path.of(args[3]));
    }
}
