package dev.tailor.kconfig.matrix;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class file refers to, read from its constant pool (JVMS 4.4): the classes it names, and whether it
 * calls a method that looks a class or a resource up by name. Read here rather than with the JDK's
 * {@code java.lang.classfile}, which is final only from Java 24: the fuzzing build compiles this module for 23.
 *
 * @param classes internal names of the classes named, as classes or inside descriptors and signatures
 * @param looksUp whether some method it calls looks something up by name
 */
record ClassReferences(Set<String> classes, boolean looksUp) {
    /** Class names inside descriptors and signatures: {@code Lp/Name;}. */
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([^;<>]+)[;<]");
    /** Owners whose every method looks something up by name. */
    private static final Set<String> LOOKUP_OWNERS = Set.of("java/lang/ClassLoader", "java/util/ServiceLoader",
            "java/net/URLClassLoader");
    /** Methods that look something up by name, whatever their owner ({@code Class}, {@code Module}, a loader). */
    private static final Set<String> LOOKUP_METHODS = Set.of("forName", "getResource", "getResourceAsStream",
            "getResources", "getSystemResource", "getSystemResourceAsStream", "loadClass", "findClass", "resources");

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int NAME_AND_TYPE = 12;

    /** The references of the class file {@code bytes}. */
    static ClassReferences of(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] tags = new int[count];
            int[] first = new int[count]; // Class: its name; a member ref: its owner; NameAndType: its name
            int[] second = new int[count]; // a member ref: its NameAndType
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case UTF8 -> utf8[i] = in.readUTF(); // the class file's modified UTF-8 is DataInput's
                    case CLASS, NAME_AND_TYPE, 9, 10, 11 -> { // 9-11: Fieldref, Methodref, InterfaceMethodref
                        first[i] = in.readUnsignedShort();
                        second[i] = tag == CLASS ? 0 : in.readUnsignedShort();
                    }
                    case 8, 16, 19, 20 -> in.skipNBytes(2); // String, MethodType, Module, Package
                    case 15 -> in.skipNBytes(3); // MethodHandle
                    case 3, 4, 17, 18 -> in.skipNBytes(4); // Integer, Float, Dynamic, InvokeDynamic
                    case 5, 6 -> { // Long, Double: two entries
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("constant pool tag " + tag + " at entry " + i);
                }
            }
            Set<String> classes = new HashSet<>();
            boolean looksUp = false;
            for (int i = 1; i < count; i++) {
                if (tags[i] == CLASS) {
                    classes.add(utf8[first[i]]);
                } else if (tags[i] == UTF8) {
                    Matcher m = DESCRIPTOR_CLASS.matcher(utf8[i]);
                    while (m.find()) classes.add(m.group(1));
                } else if (tags[i] >= 9 && tags[i] <= 11) {
                    looksUp |= LOOKUP_OWNERS.contains(utf8[first[first[i]]])
                            || LOOKUP_METHODS.contains(utf8[first[second[i]]]);
                }
            }
            return new ClassReferences(classes, looksUp);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a class file: " + e.getMessage(), e);
        }
    }
}
