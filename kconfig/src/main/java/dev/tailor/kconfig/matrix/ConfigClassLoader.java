package dev.tailor.kconfig.matrix;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader of one configuration's classes and tests: its own folders and the class path, over the
 * platform class loader, so that nothing of another configuration (or of the tool running the matrix) is
 * seen — except JUnit, which comes from the loader of the launcher that runs the tests: the engine and the
 * annotations the tests use must be the very classes the launcher knows.
 */
final class ConfigClassLoader extends URLClassLoader {
    /** Packages that are the launcher's: JUnit and what its API exposes. */
    private static final List<String> SHARED = List.of("org.junit.", "org.opentest4j.", "org.apiguardian.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader junit;

    ConfigClassLoader(String name, List<Path> path, ClassLoader junit) {
        super(name, urls(path), ClassLoader.getPlatformClassLoader());
        this.junit = junit;
    }

    private static URL[] urls(List<Path> path) {
        List<URL> urls = new ArrayList<>();
        for (Path p : path) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + p, e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String prefix : SHARED) {
            if (name.startsWith(prefix)) return junit.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    /** Closes quietly: the loader is done with once its tests ran. */
    void release() {
        try {
            close();
        } catch (IOException e) {
            // Only open jar files are closed; nothing to report about a configuration's result.
        }
    }
}
