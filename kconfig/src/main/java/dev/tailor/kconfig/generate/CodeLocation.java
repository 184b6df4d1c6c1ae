package dev.tailor.kconfig.generate;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/** Where a class was loaded from: its jar or class folder. */
public final class CodeLocation {
    private CodeLocation() {}

    /** The jar or folder, or null when it is not a file (a class of the JDK). */
    public static Path of(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return null;
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
