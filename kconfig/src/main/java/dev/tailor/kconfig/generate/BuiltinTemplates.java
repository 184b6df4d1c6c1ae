package dev.tailor.kconfig.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The templates built into kconfig, under the names an override folder gives them ({@code kconfig/...}). They
 * live in this package (resources next to these classes), which the module opens: a resource of a named
 * module is found only in an open package, and Velocity, another module, reads it.
 */
public final class BuiltinTemplates extends ClasspathResourceLoader {
    private static final String PREFIX = "kconfig/";
    private static final String HOME = BuiltinTemplates.class.getPackageName().replace('.', '/') + "/";

    /** The built-in template of that name, or null. */
    static InputStream open(String name) throws IOException {
        return name.startsWith(PREFIX) ? BuiltinTemplates.class.getModule().getResourceAsStream(
                HOME + name.substring(PREFIX.length())) : null;
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        try {
            InputStream in = open(name);
            if (in == null) throw new ResourceNotFoundException("no built-in template " + name);
            return new InputStreamReader(in, encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("built-in template " + name + ": " + e.getMessage(), e, null);
        }
    }
}
