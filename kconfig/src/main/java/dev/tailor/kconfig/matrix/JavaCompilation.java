package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.generate.Generator;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in this JVM with the JDK's compiler ({@code javax.tools}), as the Maven compiler
 * plugin does in-process: no annotation processing, a fixed {@code --release}, errors as {@code file:line:
 * message} lines. One per thread: its file manager, which keeps the platform classes and the jars of the
 * class path open and indexed, is kept from one compilation to the next (it is not thread-safe).
 */
final class JavaCompilation implements AutoCloseable {
    private final JavaCompiler compiler;
    private final String release;
    private final Charset encoding;
    private final StandardJavaFileManager files;

    JavaCompilation(String release, Charset encoding) {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): the matrix needs a JDK, not a JRE");
        }
        this.release = release;
        this.encoding = encoding;
        files = compiler.getStandardFileManager(null, Locale.ROOT, encoding);
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    /** What javac said; {@code errors} empty means the classes were written. */
    record Outcome(List<String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Compiles every {@code .java} file below the source folders into {@code output}: on the class path, or, when
     * a folder has a {@code module-info.java}, as that module with the path as its module path.
     *
     * @param classPath what the sources may use
     */
    Outcome compile(List<Path> sourceRoots, List<Path> classPath, Path output) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(sources::add);
            }
        }
        Files.createDirectories(output);
        if (sources.isEmpty()) return new Outcome(List.of());
        StringWriter otherOutput = new StringWriter();
        List<String> options = new ArrayList<>(List.of("--release", release, "-proc:none", "-implicit:none",
                "-encoding", encoding.name(), "-d", output.toString()));
        // A named module's sources (a module-info.java at the top of a root) read modules, not the class path: what
        // they use must be on the module path. Tests without a descriptor compile on the class path, where the
        // module's classes are plain classes (module-info.class is ignored there), as they are when the tests run.
        boolean module = sourceRoots.stream().anyMatch(r -> Files.isRegularFile(r.resolve(Generator.MODULE_DESCRIPTOR)));
        options.add(module ? "--module-path" : "-classpath");
        options.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        // The options set the file manager's paths, and it is kept: the module path of the last compilation goes.
        if (!module) files.setLocationFromPaths(StandardLocation.MODULE_PATH, List.of());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Boolean ok = compiler.getTask(otherOutput, files, diagnostics, options, null,
                files.getJavaFileObjectsFromPaths(sources)).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
            errors.add(where + d.getMessage(Locale.ROOT));
        }
        if (!Boolean.TRUE.equals(ok) && errors.isEmpty()) {
            errors.add("javac failed: " + otherOutput.toString().strip());
        }
        return new Outcome(errors);
    }
}
