package dev.tailor.kconfig.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a test class of one configuration depends on, as one digest: the bytes of every class of the
 * configuration (its rendered classes and its tests) that the test class can reach through the class
 * references of the class files, the test class included. Two configurations whose digests for a test class
 * are equal run that test on the same code, so its result in one is its result in the other (the rest of the
 * class path, the system properties and the JVM are the same for every configuration of a matrix). This is
 * class-level regression test selection, as Ekstazi does between revisions, here between configurations.
 *
 * <p>A reference the class files do not show is a look-up by name: a class loaded with {@code Class.forName}
 * or through a {@code ClassLoader} or {@code ServiceLoader}, a resource (the configuration's
 * {@code META-INF/kconfig/config}). When any reachable class makes one, the digest covers every class and
 * resource of the configuration: such a test is reused only by a configuration that is the same throughout.
 */
final class TestFingerprints {
    /** Every class file of the configuration, by internal name. */
    private final Map<String, byte[]> classes = new HashMap<>();
    /** Every other file of the class folders (resources), by path relative to its folder. */
    private final Map<String, byte[]> resources = new TreeMap<>();
    private final Map<String, ClassReferences> references = new HashMap<>();
    private String whole;

    /** The class files and resources of {@code folders} (a name in an earlier folder wins, as on a class path). */
    TestFingerprints(List<Path> folders) {
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    byte[] bytes = Files.readAllBytes(file);
                    if (name.endsWith(".class")) classes.putIfAbsent(name.substring(0, name.length() - 6), bytes);
                    else resources.putIfAbsent(name, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the classes of " + folder, e);
            }
        }
    }

    /** The digest of what the test class {@code binaryName} depends on. */
    String of(String binaryName) {
        String start = binaryName.replace('.', '/');
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!classes.containsKey(name) || !reached.add(name)) continue;
            ClassReferences refs = references.computeIfAbsent(name, n -> ClassReferences.of(classes.get(n)));
            if (refs.looksUp()) return whole();
            todo.addAll(refs.classes());
        }
        MessageDigest digest = sha256();
        for (String name : reached) {
            update(digest, name, classes.get(name));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of every class and resource: for a test that looks things up by name. */
    private String whole() {
        if (whole == null) {
            MessageDigest digest = sha256();
            new TreeMap<>(classes).forEach((name, bytes) -> update(digest, name, bytes));
            resources.forEach((name, bytes) -> update(digest, "/" + name, bytes));
            whole = HexFormat.of().formatHex(digest.digest());
        }
        return whole;
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
