package dev.tailor.kconfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeds for the fuzz targets taken from the reference corpus (../shared/corpus): a spread of its small
 * Kconfig and configuration files, named by their path in the corpus. Without the corpus there are none,
 * and the targets run from the seeds committed under src/test/resources alone.
 */
final class FuzzSeeds {
    /** Larger inputs slow every fuzzing round down; the small files cover the same syntax. */
    private static final long MAX_BYTES = 4096;
    private static final int MAX_SEEDS = 40;

    private FuzzSeeds() {}

    static Stream<Arguments> kconfigFiles() {
        return spread(p -> isKconfig(p) && size(p) <= MAX_BYTES);
    }

    /** Kconfig files that use the macro language. */
    static Stream<Arguments> macroFiles() {
        return spread(p -> isKconfig(p) && size(p) <= 4 * MAX_BYTES && contains(p, "$("));
    }

    static Stream<Arguments> configFiles() {
        return spread(p -> p.getFileName().toString().endsWith(".config") && size(p) <= MAX_BYTES);
    }

    static Stream<Arguments> defconfigFiles() {
        return spread(p -> p.getFileName().toString().endsWith("defconfig") && size(p) <= MAX_BYTES);
    }

    private static boolean isKconfig(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("Kconfig") || name.equals("Config.uk");
    }

    /** Up to {@link #MAX_SEEDS} matching files, evenly spread over the sorted list of all that match. */
    private static Stream<Arguments> spread(Predicate<Path> wanted) {
        Path corpus = Corpus.sharedDir().resolve("corpus");
        if (!Files.isDirectory(corpus)) return Stream.empty();
        List<Path> all;
        try (Stream<Path> files = Files.walk(corpus)) {
            all = files.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Arguments> seeds = new ArrayList<>();
        int step = Math.max(1, all.size() / MAX_SEEDS);
        for (int i = 0; i < all.size() && seeds.size() < MAX_SEEDS; i += step) {
            Path p = all.get(i);
            seeds.add(Arguments.of(Named.of(corpus.relativize(p).toString(), read(p))));
        }
        return seeds.stream();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path p, String text) {
        return new String(read(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
