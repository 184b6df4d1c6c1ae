package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.ByteText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One configuration of a matrix: its id (a file-name-safe word such as {@code sample-0001} or {@code fast}),
 * its defconfig text (the values that differ from the defaults; every other symbol gets its default), and
 * where it came from, for reports.
 */
public record MatrixEntry(String id, String defconfig, String source) {
    public MatrixEntry {
        Objects.requireNonNull(defconfig, "defconfig");
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("not a usable configuration id: " + id);
        }
    }

    /** A defconfig file as an entry, named after the file: {@code fast_defconfig} is {@code fast}. */
    public static MatrixEntry of(Path defconfig) throws IOException {
        String id = defconfig.getFileName().toString().replaceFirst("_defconfig$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return new MatrixEntry(id.matches("[A-Za-z0-9].*") ? id : "config-" + id,
                ByteText.decode(Files.readAllBytes(defconfig)), defconfig.toString());
    }
}
