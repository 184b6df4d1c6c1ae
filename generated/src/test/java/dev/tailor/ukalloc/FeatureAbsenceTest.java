package dev.tailor.ukalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.ModuleAttribute;
import java.lang.classfile.attribute.ModuleExportInfo;
import java.lang.classfile.attribute.ModuleRequireInfo;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.MemberRefEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.lang.reflect.AccessFlag;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Absence is verified: inspects the class files this build compiled ({@code target/classes}) with the
 * JDK's {@code java.lang.classfile} API and checks them against the build's own configuration
 * ({@code META-INF/kconfig/config}, written by {@code kconfig:generate}). A feature that is off must
 * leave no class, field, method or reference behind; a feature that is on must be there (so that the
 * absence checks cannot pass on an empty or wrong directory).
 *
 * <p>Hand-written, not rendered, and it names no generated class in its code: it compiles and runs in
 * every configuration, so every profile checks its own jar contents ({@code .ci/run} builds several).
 */
class FeatureAbsenceTest {
    private static final String PKG = "dev/tailor/ukalloc/";
    private static final Pattern MAKEFILE_LINE =
            Pattern.compile("^SRCS-(?:\\$\\(CONFIG_([A-Za-z0-9_]+)\\)|(y|n))\\s*\\+=\\s*templates/main/(\\S+)\\.java\\.vm\\s*$");
    /** The counter hooks {@code Allocator} has with statistics. */
    private static final Set<String> STATS_HOOKS = Set.of("countAlloc", "countFree", "countEnomem");
    /** The module descriptor's class file, in the root of target/classes. */
    private static final String DESCRIPTOR = "module-info";
    /** The package of the command line: in the module, not exported. */
    private static final String TOOL = "dev.tailor.ukalloc.tool";
    /** BuddyRegion's helpers for the sanity checks only. */
    private static final Set<String> SANITY_HELPERS = Set.of("headerIntact", "countFree");

    private static Path classesDir;
    private static final Map<String, String> config = new LinkedHashMap<>();
    /** Internal name of every class in target/classes -> its model. */
    private static final Map<String, ClassModel> classes = new TreeMap<>();

    @BeforeAll
    static void readBuild() throws IOException, URISyntaxException {
        URL url = FeatureAbsenceTest.class.getClassLoader().getResource("META-INF/kconfig/config");
        assertTrue(url != null && "file".equals(url.getProtocol()),
                "META-INF/kconfig/config not found as a file on the test class path: " + url);
        Path configFile = Path.of(url.toURI());
        classesDir = configFile.getParent().getParent().getParent();
        for (String line : Files.readAllLines(configFile, StandardCharsets.UTF_8)) {
            Matcher set = Pattern.compile("^CONFIG_([A-Za-z0-9_]+)=(.*)$").matcher(line);
            Matcher unset = Pattern.compile("^# CONFIG_([A-Za-z0-9_]+) is not set$").matcher(line);
            if (set.matches()) {
                config.put(set.group(1), set.group(2));
            } else if (unset.matches()) {
                config.put(unset.group(1), "n");
            }
        }
        try (Stream<Path> files = Files.walk(classesDir)) {
            // Ours only: with LIBUKTOOL the packaging step puts Picocli's next to them (commandLine() checks
            // that a build without the tool has none).
            for (Path file : files.filter(f -> f.toString().endsWith(".class")
                    && classesDir.relativize(f).toString().startsWith(PKG)).toList()) {
                ClassModel model = ClassFile.of().parse(Files.readAllBytes(file));
                classes.put(model.thisClass().asInternalName(), model);
            }
        }
        // Without the allocator API (LIBUKALLOC=n: a boot without allocator) there is no Allocator class either.
        assertEquals(on("LIBUKALLOC"), classes.containsKey(PKG + "Allocator"),
                "dev/tailor/ukalloc/Allocator.class in " + classesDir + " vs LIBUKALLOC: not the build's classes?");
    }

    private static boolean on(String symbol) {
        String value = config.get(symbol);
        return "y".equals(value) || "m".equals(value);
    }

    // ---------------------------------------------------------------------------------------------------
    // The configuration itself

    @Test
    void buildConfigMatchesTheConfigInTheJar() throws ReflectiveOperationException {
        Class<?> buildConfig = Class.forName("dev.tailor.ukalloc.BuildConfig");
        Map<String, Object> constants = new LinkedHashMap<>();
        for (Field f : buildConfig.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("CONFIG_")) {
                constants.put(f.getName().substring("CONFIG_".length()), f.get(null));
            }
        }
        assertEquals(config.keySet(), constants.keySet(), "BuildConfig constants vs META-INF/kconfig/config");
        config.forEach((symbol, value) -> {
            Object constant = constants.get(symbol);
            if (constant instanceof Boolean b) {
                assertEquals(on(symbol), b, symbol);
            }
        });
    }

    /**
     * Every module's Makefile.uk: a template under {@code SRCS-$(CONFIG_X)} is compiled exactly when X is on.
     * Catches stale classes of a previous configuration too.
     */
    @Test
    void classesAreThoseTheMakefilesSelect() throws IOException {
        Path modules = Path.of(System.getProperty("tailor.root", ".."), "modules");
        assertTrue(Files.isDirectory(modules), "modules folder not found from " + Path.of("").toAbsolutePath());
        Map<String, Boolean> wanted = new TreeMap<>();
        try (Stream<Path> makefiles = Files.list(modules)) {
            for (Path makefile : makefiles.map(m -> m.resolve("Makefile.uk")).filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(makefile, StandardCharsets.UTF_8)) {
                    Matcher m = MAKEFILE_LINE.matcher(line.strip());
                    if (m.matches()) {
                        boolean enabled = m.group(1) != null ? on(m.group(1)) : "y".equals(m.group(2));
                        wanted.merge(m.group(3), enabled, Boolean::logicalOr);
                    }
                }
            }
        }
        assertFalse(wanted.isEmpty(), "no SRCS lines in " + modules + "/*/Makefile.uk");
        List<String> wrong = new ArrayList<>();
        wanted.forEach((cls, enabled) -> {
            boolean present = cls.equals(DESCRIPTOR) ? Files.isRegularFile(classesDir.resolve(DESCRIPTOR + ".class"))
                    : classes.containsKey(cls);
            boolean nested = classes.keySet().stream().anyMatch(c -> c.startsWith(cls + "$"));
            if (enabled && !present) {
                wrong.add("missing: " + cls);
            } else if (!enabled && (present || nested)) {
                wrong.add("present although its symbol is off: " + cls);
            }
        });
        assertEquals(List.of(), wrong, "classes vs Makefile.uk selection");
    }

    // ---------------------------------------------------------------------------------------------------
    // Backends

    @Test
    void disabledBackendHasNoClass() {
        checkPackage("LIBUKALLOCREGION", PKG + "region/", PKG + "region/RegionAllocator");
        checkPackage("LIBUKALLOCBBUDDY", PKG + "bbuddy/", PKG + "bbuddy/BuddyAllocator");
        checkPackage("LIBTLSF", PKG + "tlsf/", PKG + "tlsf/TlsfAllocator");
        checkPackage("LIBTINYALLOC", PKG + "tinyalloc/", PKG + "tinyalloc/TinyAllocator");
        checkPackage("LIBUKALLOCBUMP", PKG + "bump/", PKG + "bump/BumpAllocator");
        checkPackage("LIBUKALLOCLINKEDLIST", PKG + "linkedlist/", PKG + "linkedlist/LinkedListAllocator");
        checkPackage("LIBUKALLOCFIXEDBLOCK", PKG + "fixedblock/", PKG + "fixedblock/FixedBlockAllocator");
        checkPackage("LIBUKTOOL", PKG + "tool/", PKG + "tool/Main");
        checkPackage("LIBUKALLOCDLMALLOC", PKG + "dlmalloc/", PKG + "dlmalloc/DlmallocAllocator");
        checkPackage("LIBUKALLOCMIMALLOC", PKG + "mimalloc/", PKG + "mimalloc/MimallocAllocator");
        checkPackage("LIBUKALLOCSLAB", PKG + "slab/", PKG + "slab/SlabAllocator");
    }

    // ---------------------------------------------------------------------------------------------------
    // Thread safety (the LIBUKALLOC_THREADSAFE choice)

    /** Methods of a backend that change its state: with a lock mode each must hold the allocator's lock. */
    private static final Set<String> STATE_METHODS = Set.of("malloc", "posixMemalign", "free", "palloc", "pfree");
    /** Backend packages with per-thread caches: in the PERTHREAD mode these methods of theirs take no lock. */
    private static final Set<String> PER_THREAD_BACKENDS = Set.of(PKG + "slab/", PKG + "mimalloc/");
    private static final Set<String> LOCK_FREE_METHODS = Set.of("malloc", "posixMemalign", "free");

    /**
     * NONE: no synchronized method or block, no lock, atomic, VarHandle or ThreadLocal anywhere. LOCK: every
     * backend's own malloc, posixMemalign, free, palloc and pfree are synchronized. PERTHREAD: the same, but
     * a backend with per-thread caches must have real ones: its malloc, posixMemalign and free are not
     * synchronized, and it uses a ThreadLocal and VarHandles (the lock-free remote frees).
     */
    @Test
    void threadSafety() {
        List<String> synchronizedMethods = members(false, (cls, name) -> isSynchronized(cls, name));
        List<String> monitors = new ArrayList<>();
        classes.forEach((name, model) -> model.methods().forEach(m -> m.code().ifPresent(code -> code.elementStream()
                .filter(e -> e instanceof java.lang.classfile.instruction.MonitorInstruction)
                .findAny().ifPresent(e -> monitors.add(name + "." + m.methodName().stringValue())))));
        List<String> concurrency = referencesTo(s -> s.contains("java/util/concurrent/locks/")
                || s.contains("java/util/concurrent/atomic/") || s.contains("java/util/concurrent/Concurrent")
                || s.contains("java/lang/ThreadLocal") || s.contains("java/lang/invoke/VarHandle"));
        // THREADSAFE_NONE, or no allocator at all (LIBUKALLOC=n): nothing may lock.
        if (!on("LIBUKALLOC_THREADSAFE_LOCK") && !on("LIBUKALLOC_THREADSAFE_PERTHREAD")) {
            assertEquals(List.of(), synchronizedMethods, "no lock mode: synchronized methods");
            assertEquals(List.of(), monitors, "no lock mode: synchronized blocks");
            assertEquals(List.of(), concurrency, "no lock mode: locks, atomics, VarHandles, ThreadLocals");
        } else {
            boolean perThread = on("LIBUKALLOC_THREADSAFE_PERTHREAD");
            List<String> unlocked = members(false, (cls, name) -> isBackend(cls) && STATE_METHODS.contains(name)
                    && !isSynchronized(cls, name) && !isAbstract(cls, name)
                    && !(perThread && hasPerThreadCaches(cls) && LOCK_FREE_METHODS.contains(name)));
            assertEquals(List.of(), unlocked, "a lock mode: backend methods that change state without the lock");
            assertFalse(synchronizedMethods.isEmpty(), "a lock mode, but no synchronized method at all");
            if (perThread) {
                for (String pkg : PER_THREAD_BACKENDS) {
                    if (classes.keySet().stream().noneMatch(c -> c.startsWith(pkg))) {
                        continue;
                    }
                    assertEquals(List.of(), members(false, (cls, name) -> cls.startsWith(pkg)
                            && LOCK_FREE_METHODS.contains(name) && isSynchronized(cls, name)),
                            "PERTHREAD: a backend with per-thread caches locks in malloc or free");
                    for (String type : List.of("java/lang/ThreadLocal", "java/lang/invoke/VarHandle")) {
                        assertTrue(concurrency.stream().anyMatch(r -> r.startsWith(pkg) && r.contains(type)),
                                "PERTHREAD: " + pkg + " has per-thread caches but does not use " + type);
                    }
                }
            }
        }
    }

    private static boolean hasPerThreadCaches(String cls) {
        return PER_THREAD_BACKENDS.stream().anyMatch(cls::startsWith);
    }

    /** A class of a backend package (dev/tailor/ukalloc/<backend>/), not of boot or the tool. */
    private static boolean isBackend(String cls) {
        String rest = cls.startsWith(PKG) ? cls.substring(PKG.length()) : "";
        return rest.contains("/") && !rest.startsWith("boot/") && !rest.startsWith("tool/");
    }

    private static boolean isSynchronized(String cls, String method) {
        return classes.get(cls).methods().stream().anyMatch(m -> m.methodName().equalsString(method)
                && (m.flags().flagsMask() & ClassFile.ACC_SYNCHRONIZED) != 0);
    }

    private static boolean isAbstract(String cls, String method) {
        return classes.get(cls).methods().stream().filter(m -> m.methodName().equalsString(method))
                .allMatch(m -> (m.flags().flagsMask() & (ClassFile.ACC_ABSTRACT | ClassFile.ACC_BRIDGE)) != 0);
    }

    private static void checkPackage(String symbol, String pkg, String mainClass) {
        if (on(symbol)) {
            assertTrue(classes.containsKey(mainClass), symbol + "=y but no " + mainClass);
        } else {
            assertEquals(List.of(), classes.keySet().stream().filter(c -> c.startsWith(pkg)).toList(),
                    symbol + "=n: classes of " + pkg);
            assertEquals(List.of(), referencesTo(s -> s.contains(pkg)), symbol + "=n: references to " + pkg);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // ukalloc options

    @Test
    void statistics() {
        if (on("LIBUKALLOC_IFSTATS")) {
            requireClass(PKG + "Stats");
            requireClass(PKG + "AllocStats");
            requireField(PKG + "Allocator", "stats");
            requireField(PKG + "Allocator", "STATS_BYTES");
            requireMethod(PKG + "Allocator", "stats");
            for (String hook : STATS_HOOKS) {
                requireMethod(PKG + "Allocator", hook);
            }
            if (on("LIBUKALLOCBBUDDY")) {
                requireCall(PKG + "bbuddy/BuddyAllocator", "palloc", PKG + "bbuddy/BuddyAllocator", "countAlloc");
                requireField(PKG + "bbuddy/BuddyAllocator", "D_STATS");
            }
            if (on("LIBUKALLOCREGION")) {
                requireField(PKG + "region/RegionAllocator", "D_STATS");
            }
        } else {
            requireNoClass(PKG + "Stats");
            requireNoClass(PKG + "AllocStats");
            // No field or method with "stats" in its name, in any class (BuildConfig's CONFIG_ names aside).
            assertEquals(List.of(), members(true, (owner, name) -> !owner.equals(PKG + "BuildConfig")
                    && name.toLowerCase().contains("stats")), "IFSTATS=n: stats members");
            assertEquals(List.of(), members(false, (owner, name) -> name.toLowerCase().contains("stats")),
                    "IFSTATS=n: stats methods");
            assertEquals(List.of(), members(false, (owner, name) -> STATS_HOOKS.contains(name)
                    && !owner.equals(PKG + "bbuddy/BuddyRegion")), "IFSTATS=n: counter hooks");
            assertEquals(List.of(), memberRefs((owner, name) -> STATS_HOOKS.contains(name)
                    && !owner.equals(PKG + "bbuddy/BuddyRegion")), "IFSTATS=n: calls of counter hooks");
            assertEquals(List.of(), memberRefs((owner, name) -> name.toLowerCase().contains("stats")),
                    "IFSTATS=n: references to stats members");
        }
    }

    @Test
    void globalStatistics() {
        if (on("LIBUKALLOC_IFSTATS_GLOBAL")) {
            requireMethod(PKG + "Allocator", "globalStats");
            requireField(PKG + "Stats", "GLOBAL");
        } else {
            assertEquals(List.of(), members(false, (owner, name) -> name.equals("globalStats")),
                    "IFSTATS_GLOBAL=n: globalStats methods");
            assertEquals(List.of(), memberRefs((owner, name) -> name.equals("globalStats")
                    || owner.equals(PKG + "Stats") && name.equals("GLOBAL")), "IFSTATS_GLOBAL=n: references");
            if (classes.containsKey(PKG + "Stats")) {
                assertFalse(hasField(PKG + "Stats", "GLOBAL"), "IFSTATS_GLOBAL=n: Stats.GLOBAL");
            }
        }
    }

    @Test
    void perLibraryStatistics() {
        if (on("LIBUKALLOC_IFSTATS_PERLIB")) {
            requireClass(PKG + "LibraryAllocator");
            requireMethod(PKG + "Registry", "library");
            requireMethod(PKG + "Registry", "libraries");
        } else {
            requireNoClass(PKG + "LibraryAllocator");
            assertFalse(hasMethod(PKG + "Registry", "library"), "IFSTATS_PERLIB=n: Registry.library");
            assertFalse(hasMethod(PKG + "Registry", "libraries"), "IFSTATS_PERLIB=n: Registry.libraries");
        }
    }

    @Test
    void mallocLayer() {
        if (on("LIBUKALLOC_IFMALLOC")) {
            requireClass(PKG + "MallocAllocator");
        } else {
            requireNoClass(PKG + "MallocAllocator");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // ukallocbbuddy options

    @Test
    void freeListSanity() {
        String buddy = PKG + "bbuddy/BuddyAllocator";
        String region = PKG + "bbuddy/BuddyRegion";
        String sanity = PKG + "bbuddy/FreeListSanity";
        if (on("LIBUKALLOCBBUDDY_FREELIST_SANITY")) {
            requireClass(sanity);
            requireMethod(buddy, "sanityCheck");
            requireCall(buddy, "palloc", buddy, "sanityCheck");
            requireCall(buddy, "pfree", buddy, "sanityCheck");
            for (String helper : SANITY_HELPERS) {
                requireMethod(region, helper);
            }
        } else {
            requireNoClass(sanity);
            assertEquals(List.of(), memberRefs((owner, name) -> owner.equals(sanity)),
                    "FREELIST_SANITY=n: calls of FreeListSanity");
            assertEquals(List.of(), members(false, (owner, name) -> name.equals("sanityCheck")),
                    "FREELIST_SANITY=n: sanityCheck methods");
            assertEquals(List.of(), memberRefs((owner, name) -> name.equals("sanityCheck")),
                    "FREELIST_SANITY=n: sanityCheck calls");
            assertEquals(List.of(), members(false, (owner, name) -> owner.equals(region) && SANITY_HELPERS.contains(name)),
                    "FREELIST_SANITY=n: BuddyRegion's sanity helpers");
            assertEquals(List.of(), memberRefs((owner, name) -> owner.equals(region) && SANITY_HELPERS.contains(name)),
                    "FREELIST_SANITY=n: calls of BuddyRegion's sanity helpers");
        }
    }

    @Test
    void smallBlocksOfTheBuddyAllocator() {
        String buddy = PKG + "bbuddy/BuddyAllocator";
        String small = PKG + "slab/SmallBlocks";
        if (on("LIBUKALLOCBBUDDY_SMALL")) {
            requireClass(small);
            requireCall(buddy, "malloc", buddy, "small");
            requireCall(buddy, "free", small, "freeIfSmall");
        } else {
            requireNoClass(small);
            assertEquals(List.of(), referencesTo(name -> name.contains(small)), "BBUDDY_SMALL=n: uses of SmallBlocks");
            assertFalse(hasMethod(buddy, "malloc"), "BBUDDY_SMALL=n: the buddy allocator's malloc is the page layer's");
        }
    }

    @Test
    void blockCacheOfMimalloc() {
        String mimalloc = PKG + "mimalloc/MimallocAllocator";
        String cache = PKG + "mimalloc/BlockCache";
        if (on("LIBUKALLOCMIMALLOC_BLOCKCACHE")) {
            requireField(mimalloc, "cache");
            requireCall(mimalloc, "free", cache, "put");
            requireCall(mimalloc, "small", cache, "take");
            // the free check is the bit map write in free (and malloc); without it free only reads the bit
            boolean check = on("LIBUKALLOCMIMALLOC_BLOCKCACHE_FREECHECK");
            assertEquals(check, calls(mimalloc, "free", mimalloc, "release"), "MIMALLOC_BLOCKCACHE_FREECHECK=" + check
                    + ": free clears the block's bit");
        } else {
            requireNoClass(cache);
            assertFalse(hasField(mimalloc, "cache"), "MIMALLOC_BLOCKCACHE=n: a cache field");
            assertFalse(hasField(mimalloc, "C_CACHE"), "MIMALLOC_BLOCKCACHE=n: room for a cache in the control block");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // ukallocstack options

    @Test
    void stackCache() {
        String stacks = PKG + "stack/StackAllocator";
        String cache = PKG + "stack/StackCache";
        if (on("LIBUKALLOCSTACK_CACHE")) {
            requireField(stacks, "cache");
            requireCall(stacks, "retire", cache, "keep");
            requireCall(stacks, "mapping", cache, "take");
        } else {
            requireNoClass(cache);
            assertFalse(hasField(stacks, "cache"), "STACK_CACHE=n: a cache field");
            assertFalse(hasMethod(stacks, "trim"), "STACK_CACHE=n: trim");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // uktool

    /**
     * Without LIBUKTOOL no class but ours (Picocli) in target/classes (the tool's own: disabledBackendHasNoClass)
     * and no main class option (the manifest's Main-Class is that option: .ci/run checks the jar itself). With
     * it, the option names the tool's main class.
     */
    @Test
    void commandLine() throws IOException {
        String mainClass = config.get("LIBUKTOOL_MAIN_CLASS");
        if (on("LIBUKTOOL")) {
            assertTrue(mainClass != null && mainClass.length() > 2, "LIBUKTOOL=y but LIBUKTOOL_MAIN_CLASS is " + mainClass);
            requireClass(mainClass.substring(1, mainClass.length() - 1).replace('.', '/'));
        } else {
            assertEquals(null, mainClass, "LIBUKTOOL=n: LIBUKTOOL_MAIN_CLASS");
            List<String> foreign;
            try (Stream<Path> files = Files.walk(classesDir)) {
                foreign = files.map(f -> classesDir.relativize(f).toString().replace('\\', '/'))
                        .filter(f -> f.endsWith(".class") && !f.startsWith(PKG) && !f.equals(DESCRIPTOR + ".class"))
                        .sorted().toList();
            }
            assertTrue(foreign.isEmpty(), "LIBUKTOOL=n: " + foreign.size() + " classes that are not ours (Picocli) in "
                    + classesDir + ", such as " + foreign.subList(0, Math.min(3, foreign.size())));
        }
    }

    /**
     * The module descriptor exports every package that has classes, the tool's excepted, and no other; it needs
     * Picocli at compile time only, and only with the tool (whose jar holds Picocli's classes), and opens the
     * tool to Picocli (for Picocli as a module of its own).
     */
    @Test
    void moduleDescriptorExportsThePackagesOfThisConfiguration() throws IOException {
        ClassModel model = ClassFile.of().parse(Files.readAllBytes(classesDir.resolve(DESCRIPTOR + ".class")));
        ModuleAttribute module = model.findAttribute(Attributes.module()).orElseThrow();
        assertEquals("dev.tailor.ukalloc", module.moduleName().name().stringValue());
        Set<String> packages = new TreeSet<>();
        classes.keySet().forEach(cls -> packages.add(cls.substring(0, cls.lastIndexOf('/')).replace('/', '.')));
        packages.remove(TOOL);
        Set<String> exports = new TreeSet<>();
        for (ModuleExportInfo e : module.exports()) {
            assertEquals(List.of(), e.exportsTo(), "exported to everyone: " + e.exportedPackage().name());
            exports.add(e.exportedPackage().name().stringValue().replace('/', '.'));
        }
        assertEquals(packages, exports, "exported packages vs packages with classes (" + TOOL + " excepted)");
        Map<String, Boolean> requires = new TreeMap<>();
        for (ModuleRequireInfo r : module.requires()) {
            requires.put(r.requires().name().stringValue(), r.has(AccessFlag.STATIC_PHASE));
        }
        Map<String, Boolean> expected = new TreeMap<>(Map.of("java.base", false));
        if (on("LIBUKTOOL")) expected.put("info.picocli", true);
        assertEquals(expected, requires, "required modules (name -> static)");
        List<String> opens = module.opens().stream().map(o -> o.openedPackage().name().stringValue().replace('/', '.')
                + " to " + o.opensTo().stream().map(m -> m.name().stringValue()).toList()).toList();
        assertEquals(on("LIBUKTOOL") ? List.of(TOOL + " to [info.picocli]") : List.of(), opens, "opened packages");
    }

    // ---------------------------------------------------------------------------------------------------
    // Class-file queries

    private interface MemberFilter {
        boolean test(String owner, String name);
    }

    /** Declared fields ({@code fields}) or methods of every class that match, as {@code owner.name}. */
    private static List<String> members(boolean fields, MemberFilter filter) {
        List<String> found = new ArrayList<>();
        classes.forEach((name, model) -> {
            if (fields) {
                for (FieldModel f : model.fields()) {
                    if (filter.test(name, f.fieldName().stringValue())) {
                        found.add(name + "." + f.fieldName().stringValue());
                    }
                }
            } else {
                for (MethodModel m : model.methods()) {
                    if (filter.test(name, m.methodName().stringValue())) {
                        found.add(name + "." + m.methodName().stringValue() + m.methodType().stringValue());
                    }
                }
            }
        });
        return found;
    }

    /**
     * Field and method references (calls, field accesses, method handles of lambdas and method references)
     * in every class's constant pool that match, as {@code user -> owner.name}.
     */
    private static List<String> memberRefs(MemberFilter filter) {
        List<String> found = new ArrayList<>();
        classes.forEach((name, model) -> {
            for (PoolEntry entry : model.constantPool()) {
                if (entry instanceof MemberRefEntry ref
                        && filter.test(ref.owner().asInternalName(), ref.name().stringValue())) {
                    found.add(name + " -> " + ref.owner().asInternalName() + "." + ref.name().stringValue());
                }
            }
        });
        return found;
    }

    /**
     * References to types anywhere in a constant pool (class entries, and descriptors and signatures, where
     * a type appears as {@code Lname;}) that match, as {@code user -> entry}. Classes that are themselves
     * matched are left out.
     */
    private static List<String> referencesTo(Predicate<String> filter) {
        Set<String> found = new LinkedHashSet<>();
        classes.forEach((name, model) -> {
            if (filter.test(name)) {
                return;
            }
            for (PoolEntry entry : model.constantPool()) {
                String text = entry instanceof ClassEntry c ? c.asInternalName()
                        : entry instanceof Utf8Entry u ? u.stringValue() : null;
                if (text != null && filter.test(text)) {
                    found.add(name + " -> " + text);
                }
            }
        });
        return new ArrayList<>(found);
    }

    private static void requireClass(String cls) {
        assertTrue(classes.containsKey(cls), "expected class " + cls);
    }

    /** Neither the class (nor its nested classes) nor any reference to it. */
    private static void requireNoClass(String cls) {
        assertEquals(List.of(), classes.keySet().stream().filter(c -> c.equals(cls) || c.startsWith(cls + "$")).toList(),
                "class that must be absent");
        assertEquals(List.of(), referencesTo(s -> s.equals(cls) || s.contains("L" + cls + ";")
                || s.startsWith(cls + "$") || s.contains("L" + cls + "$")), "references to " + cls);
    }

    private static boolean hasField(String cls, String field) {
        ClassModel model = classes.get(cls);
        return model != null && model.fields().stream().anyMatch(f -> f.fieldName().equalsString(field));
    }

    private static boolean hasMethod(String cls, String method) {
        ClassModel model = classes.get(cls);
        return model != null && model.methods().stream().anyMatch(m -> m.methodName().equalsString(method));
    }

    private static void requireField(String cls, String field) {
        assertTrue(hasField(cls, field), "expected field " + cls + "." + field);
    }

    private static void requireMethod(String cls, String method) {
        assertTrue(hasMethod(cls, method), "expected method " + cls + "." + method);
    }

    /** Some {@code caller} method of {@code cls} has an invoke instruction calling {@code owner.name}. */
    private static void requireCall(String cls, String caller, String owner, String name) {
        assertTrue(calls(cls, caller, owner, name), "expected " + cls + "." + caller + " to call " + owner + "." + name);
    }

    private static boolean calls(String cls, String caller, String owner, String name) {
        ClassModel model = classes.get(cls);
        if (model == null) {
            fail("expected class " + cls);
        }
        return model.methods().stream()
                .filter(m -> m.methodName().equalsString(caller))
                .flatMap(m -> m.code().stream())
                .flatMap(code -> code.elementStream())
                .anyMatch(e -> e instanceof java.lang.classfile.instruction.InvokeInstruction i
                        && i.owner().asInternalName().equals(owner) && i.name().equalsString(name));
    }
}
