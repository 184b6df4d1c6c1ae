package dev.tailor.kconfig;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that a reader sees either the old contents or the new ones, never a mix: the bytes
 * go to a temporary file beside the target, which is then renamed over it. A new file gets the
 * permissions fopen() would give it (0666 less the umask), as Linux's conf_write; a replaced file keeps
 * its own.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the bytes to {@code file}, creating its directory if needed. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = newFileBeside(file, dir);
        try {
            Files.write(tmp, bytes);
            keepPermissions(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Creates an empty file with a fresh name; not createTempFile, whose files are private (0600). */
    private static Path newFileBeside(Path file, Path dir) throws IOException {
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path tmp = dir.resolve(file.getFileName() + "." + suffix + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // Another writer's name: draw again.
            }
        }
    }

    private static void keepPermissions(Path file, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (old == null || !Files.exists(file)) return;
        Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(old.readAttributes().permissions());
    }

    /** Writes the bytes unless the file already holds exactly them; true if it was written. */
    public static boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        write(file, bytes);
        return true;
    }
}
