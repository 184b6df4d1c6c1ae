package dev.tailor.kconfig.generate;

import dev.tailor.kconfig.ConfigReader;
import dev.tailor.kconfig.ConfigTool;
import dev.tailor.kconfig.Kconfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration a generation is made from: a defconfig, a .config, or none (every symbol at its
 * default). A defconfig and a .config are read alike, as Linux's conf does (conf_read, then defaults for
 * the rest); they differ in what the messages call them.
 *
 * @param description what it is, for messages: {@code defconfig FILE}, {@code config FILE} or
 *     {@code the Kconfig defaults}
 * @param file the file, absolute; null for the defaults
 */
public record ConfigInput(String description, Path file) {
    /** A defconfig file; it must exist. */
    public static ConfigInput defconfig(Path file) throws GenerateException {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) throw new GenerateException("kconfig: can't find default configuration \"" + f + "\"");
        return new ConfigInput("defconfig " + f, f);
    }

    /** A .config file; it must exist. */
    public static ConfigInput config(Path file) throws GenerateException {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) throw new GenerateException("kconfig: can't find configuration \"" + f + "\"");
        return new ConfigInput("config " + f, f);
    }

    /** No file: the Kconfig defaults. */
    public static ConfigInput defaults() {
        return new ConfigInput("the Kconfig defaults", null);
    }

    /**
     * Resolves the configuration in a loaded tree: the file's values (conf_read; a warning for each line it
     * cannot use goes to the tree's diagnostics), every other symbol at its default.
     *
     * @return the number of warnings while reading the file
     * @throws dev.tailor.kconfig.KconfigException for an error located in the file
     */
    public int resolve(Kconfig kconfig) throws IOException {
        int warnings = file == null ? 0 : new ConfigReader(kconfig).read(file, file.toString());
        new ConfigTool(kconfig).fillNewSymbols(ConfigTool.Fill.DEFAULT, null);
        return warnings;
    }
}
