package dev.tailor.kconfig.matrix;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Keeps tests of different configurations from seeing each other's changes to JVM-wide state: the matrix runs
 * configurations in one JVM, and {@code System.out} or a system property is one for all of them. A test or
 * class that says it changes such state, with JUnit's own annotations for parallel execution ({@link
 * Isolated}, or {@link ResourceLock} on any resource, such as {@code Resources.SYSTEM_OUT}), runs alone: while
 * it runs, no test of any configuration does. Every other test runs alongside the others.
 */
final class GlobalStateLock {
    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();

    private GlobalStateLock() {}

    /** Called on the test's thread before it runs; returns whether {@link #exit} must be called. */
    static boolean enter(TestIdentifier id) {
        boolean alone = isolated(id);
        if (alone) LOCK.writeLock().lock();
        else if (id.isTest()) LOCK.readLock().lock();
        else return false;
        return true;
    }

    /** Called on the same thread after it ran, for each {@link #enter} that returned true. */
    static void exit(TestIdentifier id) {
        if (LOCK.isWriteLockedByCurrentThread() && isolated(id)) LOCK.writeLock().unlock();
        else LOCK.readLock().unlock();
    }

    private static boolean isolated(TestIdentifier id) {
        Optional<TestSource> source = id.getSource();
        if (source.isEmpty()) return false;
        try {
            if (source.get() instanceof MethodSource m && id.isTest()) return declares(m.getJavaMethod());
            if (source.get() instanceof ClassSource c && id.isContainer()) {
                return declares(c.getJavaClass()) || c.getJavaClass().isAnnotationPresent(Isolated.class);
            }
        } catch (RuntimeException e) {
            return false;   // a source that cannot be loaded is reported by the engine itself
        }
        return false;
    }

    private static boolean declares(AnnotatedElement element) {
        return element.getAnnotationsByType(ResourceLock.class).length > 0;
    }
}
