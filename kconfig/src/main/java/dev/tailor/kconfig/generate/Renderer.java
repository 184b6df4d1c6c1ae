package dev.tailor.kconfig.generate;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * Velocity 2 in strict mode (an undefined reference, macro or method is an error), with the templates
 * looked up by relative name in these folders, first match wins:
 * <ol>
 * <li>the user's override folder (so a file there replaces the file of the same relative path below),</li>
 * <li>the template roots, in order ({@code <module>/templates/main/...}),</li>
 * <li>the shared templates folder ({@code macros.vm}, loaded as the global macro library),</li>
 * <li>the templates built into kconfig ({@code kconfig/Constants.java.vm}).</li>
 * </ol>
 */
final class Renderer {
    /** The shared macro library's name. */
    static final String MACROS = "macros.vm";

    private final Map<String, Path> folders = new LinkedHashMap<>();
    private final RuntimeInstance velocity = new RuntimeInstance();
    private final String encoding;

    /**
     * Folders that do not exist (or are null) are left out.
     *
     * @throws GenerateException if the shared macro library calls a macro nobody defines
     */
    Renderer(Path overrides, List<Path> templateRoots, Path shared, String encoding) throws GenerateException {
        this.encoding = encoding;
        if (overrides != null && Files.isDirectory(overrides)) folders.put("override", overrides);
        for (Path root : templateRoots) {
            if (Files.isDirectory(root)) folders.put("modules" + folders.size(), root);
        }
        if (shared != null && Files.isDirectory(shared)) folders.put("shared", shared);
        Properties p = new Properties();
        List<String> loaders = new ArrayList<>(folders.keySet());
        loaders.add("builtin");
        p.setProperty("resource.loaders", String.join(",", loaders));
        folders.forEach((name, dir) -> {
            p.setProperty("resource.loader." + name + ".class", FileResourceLoader.class.getName());
            p.setProperty("resource.loader." + name + ".path", dir.toString());
            p.setProperty("resource.loader." + name + ".cache", "true");
        });
        p.setProperty("resource.loader.builtin.class", BuiltinTemplates.class.getName());
        p.setProperty("resource.default_encoding", encoding);
        p.setProperty("runtime.strict_mode.enable", "true");
        p.setProperty("velocimacro.library.autoreload", "false");
        if (locate(MACROS) != null) p.setProperty("velocimacro.library.path", MACROS);
        velocity.init(p);
        if (locate(MACROS) == null) return;
        try {
            requireDefinedMacros(velocity.getTemplate(MACROS, encoding), MACROS);
        } catch (ParseErrorException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage(), Map.of()),
                    MACROS, e);
        } catch (VelocityException e) {
            throw new GenerateException(display(MACROS) + ": " + readable(e.getMessage(), Map.of()), e);
        }
    }

    /** The file a template name resolves to, null if none (a built-in template has none either). */
    Path locate(String name) {
        for (Path dir : folders.values()) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) return file;
        }
        return null;
    }

    /** Where a template name is shown in messages: its file, else the built-in name. */
    String display(String name) {
        Path file = locate(name);
        return file != null ? file.toString() : name + " (built into kconfig)";
    }

    /** Renders a template; any Velocity error is a build failure located at the template's file and line. */
    String render(String name, Map<String, Object> values) throws GenerateException {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        StringWriter out = new StringWriter();
        try {
            Template template = velocity.getTemplate(name, encoding);
            requireDefinedMacros(template, name);
            template.merge(context, out);
        } catch (ParseErrorException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage(), values),
                    name, e);
        } catch (MethodInvocationException e) {
            // The method's own message (a ConfigView's: "symbol X is not defined"), not Velocity's account
            // of the Java classes and exception involved.
            String reason = e.getCause() == null ? e.getMessage()
                    : "$" + e.getReferenceName() + "." + e.getMethodName() + "(): " + e.getCause().getMessage();
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), readable(reason, values), name, e);
        } catch (TemplateInitException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage(), values),
                    name, e);
        } catch (ResourceNotFoundException e) {
            throw new GenerateException("kconfig: template " + name + ": " + readable(e.getMessage(), values), e);
        } catch (VelocityException e) {
            throw new GenerateException(display(name) + ": " + readable(e.getMessage(), values), e);
        }
        return out.toString();
    }

    /**
     * Velocity copies a call of a macro it does not know into the output as text, strict mode or not: a typo
     * in a macro name would reach javac as a stray {@code #name(...)}. So every directive called with
     * parentheses must be Velocity's own or a macro of the template or of the library. ({@code #name}
     * without them stays text: Javadoc's {@code {@link #field}}.)
     */
    private void requireDefinedMacros(Template template, String rendering) throws GenerateException {
        List<Node> pending = new ArrayList<>(List.of((Node) template.getData()));
        List<String> source = null;
        while (!pending.isEmpty()) {
            Node node = pending.removeLast();
            if (node instanceof ASTDirective d && velocity.getDirective(d.getDirectiveName()) == null
                    && !velocity.isVelocimacro(d.getDirectiveName(), template)
                    && calledWithParentheses(source = source != null ? source : lines(template.getName()), d)) {
                throw failure(template.getName(), d.getLine(), d.getColumn(),
                        "macro #" + d.getDirectiveName() + " is not defined (not in the template nor in " + MACROS + ")",
                        rendering, null);
            }
            for (int i = 0; i < node.jjtGetNumChildren(); i++) pending.add(node.jjtGetChild(i));
        }
    }

    private static boolean calledWithParentheses(List<String> source, ASTDirective d) {
        int line = d.getLine() - 1;
        return line < 0 || line >= source.size() || Pattern.compile("#\\{?" + Pattern.quote(d.getDirectiveName())
                + "}?\\s*\\(").matcher(source.get(line)).find();
    }

    /** The lines of a template's text (a file, or a built-in resource). */
    private List<String> lines(String name) throws GenerateException {
        try {
            Path file = locate(name);
            if (file != null) return Files.readAllLines(file, java.nio.charset.Charset.forName(encoding));
            try (InputStream in = BuiltinTemplates.open(name)) {
                return in == null ? List.of() : new String(in.readAllBytes(), encoding).lines().toList();
            }
        } catch (java.io.IOException e) {
            throw new GenerateException(display(name) + ": can't read it: " + e.getMessage(), e);
        }
    }

    /**
     * Velocity's message, for a person: without its own copy of the location (the prefix has it once),
     * with {@code $name} for an object of the context instead of its Java class, and with the end of the
     * file named as such (Velocity shows it as a control character).
     */
    static String readable(String reason, Map<String, Object> values) {
        String r = VELOCITY_LOCATION.matcher(reason).replaceAll("");
        for (Map.Entry<String, Object> v : values.entrySet()) {
            r = r.replace("Object '" + v.getValue().getClass().getName() + "'", "$" + v.getKey());
        }
        return JAVA_OBJECT.matcher(r).replaceAll("the object").replace("\"\\u001c\"", "the end of the file");
    }

    private static final Pattern VELOCITY_LOCATION = Pattern.compile(" at [^ \\[]+\\[line \\d+, column \\d+\\]");
    private static final Pattern JAVA_OBJECT = Pattern.compile("Object '[\\w.$]+'");

    private GenerateException failure(String template, int line, int column, String reason, String rendering,
            Exception e) {
        String where = display(template != null ? template : rendering);
        String at = line > 0 ? where + ":" + line + (column > 0 ? ":" + column : "") : where;
        return new GenerateException(at + ": " + reason
                + (template != null && !template.equals(rendering) ? " (rendering " + display(rendering) + ")" : ""), e);
    }
}
