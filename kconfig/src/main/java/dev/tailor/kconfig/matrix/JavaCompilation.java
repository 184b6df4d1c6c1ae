package dev.tailor.kconfig.matrix;

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
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in this JVM with the JDK's compiler ({@code javax.tools}), as the Maven compiler
 * plugin does in-process: no annotation processing, a fixed {@code --release}, errors as {@code file:line:
 * message} lines.
 */
final class JavaCompilation {
    private final JavaCompiler compiler;
    private final String release;
    private final Charset encoding;

    JavaCompilation(String release, Charset encoding) {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): the matrix needs a JDK, not a JRE");
        }
        this.release = release;
        this.encoding = encoding;
    }

    /** What javac said; {@code errors} empty means the classes were written. */
    record Outcome(List<String> errors, List<String> warnings) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Compiles every {@code .java} file below the source folders into {@code output}.
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
        if (sources.isEmpty()) return new Outcome(List.of(), List.of());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, encoding)) {
            List<String> options = new ArrayList<>(List.of("--release", release, "-proc:none", "-implicit:none",
                    "-encoding", encoding.name(), "-d", output.toString()));
            options.add("-classpath");
            options.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
            Boolean ok = compiler.getTask(otherOutput, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
                String line = where + d.getMessage(Locale.ROOT);
                if (d.getKind() == Diagnostic.Kind.ERROR) errors.add(line);
                else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                    warnings.add(line);
                }
            }
            if (!Boolean.TRUE.equals(ok) && errors.isEmpty()) {
                errors.add("javac failed: " + otherOutput.toString().strip());
            }
            return new Outcome(errors, warnings);
        }
    }
}
