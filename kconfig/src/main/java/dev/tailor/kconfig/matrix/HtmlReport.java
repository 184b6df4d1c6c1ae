package dev.tailor.kconfig.matrix;

import dev.tailor.kconfig.matrix.TestCaseResult.Outcome;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * {@code matrix.html}: the run on one page — totals and coverage; the matrix itself, one row per configuration
 * and one column per option that some configuration sets away from its default, coloured by outcome; the
 * time of each configuration; every failure with its messages and the command that reproduces it. Rendered
 * from the template {@code matrix.html.vm} next to this class; the page needs no script and no network.
 */
final class HtmlReport {
    private static final String TEMPLATE = "dev/tailor/kconfig/matrix/matrix.html.vm";

    private HtmlReport() {}

    /** One configuration's row: its values by option (absent = the default). */
    public record Row(EntryResult result, Map<String, String> values, String label, String css, long passed,
            long failed, long skipped, List<TestCaseResult> failures, int barPercent) {}

    static String render(MatrixResult r) {
        TreeSet<String> options = new TreeSet<>();
        double slowest = 0;
        for (EntryResult e : r.entries()) {
            options.addAll(e.settings().keySet());
            slowest = Math.max(slowest, e.seconds());
        }
        List<Row> rows = new ArrayList<>();
        for (EntryResult e : r.entries()) {
            List<TestCaseResult> failures = e.tests().stream().filter(t -> t.outcome() == Outcome.FAILED).toList();
            rows.add(new Row(e, e.settings(), e.status().label(), e.status() == EntryResult.Status.PASSED ? "pass" : "fail",
                    e.count(Outcome.PASSED), e.count(Outcome.FAILED), e.count(Outcome.SKIPPED), failures,
                    slowest <= 0 ? 0 : (int) Math.round(100 * e.seconds() / slowest)));
        }
        VelocityContext context = new VelocityContext();
        context.put("result", r);
        context.put("rows", rows);
        context.put("options", List.copyOf(options));
        context.put("summary", MatrixReports.summary(r));
        context.put("failed", r.failures().size());
        context.put("when", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        context.put("h", new Html());
        StringWriter out = new StringWriter();
        template().merge(context, out);
        return out.toString();
    }

    private static Template template() {
        RuntimeInstance velocity = new RuntimeInstance();
        Properties p = new Properties();
        p.setProperty("resource.loaders", "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty("runtime.strict_mode.enable", "true");
        velocity.init(p);
        return velocity.getTemplate(TEMPLATE, "UTF-8");
    }

    /** What the template calls: escaping and number formats. */
    public static final class Html {
        public String esc(Object o) {
            if (o == null) return "";
            String s = o.toString();
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '&' -> b.append("&amp;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }

        public String seconds(double s) {
            return String.format(Locale.ROOT, "%.1f", s);
        }

        public String percent(double p) {
            return String.format(Locale.ROOT, "%.2f", p);
        }
    }
}
