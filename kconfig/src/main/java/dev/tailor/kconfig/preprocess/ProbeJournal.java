package dev.tailor.kconfig.preprocess;

import dev.tailor.kconfig.AtomicFiles;
import dev.tailor.kconfig.ByteText;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers which $(shell,...) commands a tree ran last time, so that {@link ParallelProbes} can start
 * them early on the next run. One small JSON file per tree (keyed by the tree's absolute top file) in a
 * cache directory; a journal that cannot be read or written is simply not used.
 */
public final class ProbeJournal {
    private static final Gson GSON = new Gson();

    private final Path file;

    private ProbeJournal(Path file) {
        this.file = file;
    }

    /** The journal of the tree whose top file is {@code kconfigFile}, kept under {@code cacheDir}. */
    public static ProbeJournal of(Path cacheDir, Path kconfigFile) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(kconfigFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return new ProbeJournal(cacheDir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default cache directory: $XDG_CACHE_HOME/tailor/kconfig-probes, else ~/.cache/tailor/kconfig-probes. */
    public static Path defaultDirectory(String xdgCacheHome, String home) {
        Path base = xdgCacheHome != null && !xdgCacheHome.isEmpty() ? Path.of(xdgCacheHome)
                : Path.of(home == null ? System.getProperty("user.home") : home, ".cache");
        return base.resolve("tailor").resolve("kconfig-probes");
    }

    public Path file() {
        return file;
    }

    /** The commands of the last run, or none. */
    public List<String> commands() {
        try {
            List<String> list = GSON.fromJson(ByteText.read(file),
                    new TypeToken<List<String>>() {}.getType());
            return list == null ? List.of() : list;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Records this run's commands, if they differ from the last run's. */
    public void save(List<String> commands) {
        if (commands.equals(commands())) return;
        try {
            AtomicFiles.write(file, ByteText.encode(GSON.toJson(commands)));
        } catch (IOException e) {
            // A journal is only a speed-up.
        }
    }
}
