package dev.tailor.kconfig.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 over labelled inputs: strings, files and whole folders (by relative path, sorted). */
final class InputDigest {
    private final MessageDigest sha;

    InputDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void field(byte[] bytes) {
        // Length-prefixed, so that no two different sequences of fields give the same stream.
        sha.update(longBytes(bytes.length));
        sha.update(bytes);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    InputDigest add(String label, String value) {
        field(label.getBytes(StandardCharsets.UTF_8));
        field(value == null ? new byte[] {0} : ("=" + value).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A file's bytes, or a marker when it does not exist. */
    InputDigest addFile(String label, Path file) throws IOException {
        field(label.getBytes(StandardCharsets.UTF_8));
        if (file != null && Files.isRegularFile(file)) {
            field(Files.readAllBytes(file));
        } else {
            field(new byte[] {0});
        }
        return this;
    }

    /** Every regular file below a folder (none if it does not exist), by relative path. */
    InputDigest addFolder(String label, Path dir) throws IOException {
        add(label, dir == null ? null : dir.toString());
        if (dir == null || !Files.isDirectory(dir)) return this;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) addFile(dir.relativize(f).toString().replace('\\', '/'), f);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
