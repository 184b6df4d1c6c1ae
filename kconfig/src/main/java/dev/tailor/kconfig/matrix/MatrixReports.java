package dev.tailor.kconfig.matrix;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tailor.kconfig.AtomicFiles;
import dev.tailor.kconfig.matrix.TestCaseResult.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The reports of a matrix run: a console table, {@code matrix.json}, one JUnit XML file per configuration
 * ({@code junit/TEST-<id>.xml}, the suite named after the configuration, which CI servers show) and
 * {@code matrix.html} ({@link HtmlReport}).
 */
public final class MatrixReports {
    private MatrixReports() {}

    /** Writes matrix.json, matrix.html and junit/ into the folder; returns matrix.html's path. */
    public static Path write(MatrixResult result, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("junit"));
        AtomicFiles.write(dir.resolve("matrix.json"), json(result).getBytes(StandardCharsets.UTF_8));
        for (EntryResult e : result.entries()) {
            AtomicFiles.write(dir.resolve("junit/TEST-" + e.entry().id() + ".xml"),
                    junitXml(e).getBytes(StandardCharsets.UTF_8));
        }
        Path html = dir.resolve("matrix.html");
        AtomicFiles.write(html, HtmlReport.render(result).getBytes(StandardCharsets.UTF_8));
        return html;
    }

    /** The console table: one line per configuration, then the totals and every failure with its reproducer. */
    public static String table(MatrixResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-16s %-13s %6s %6s %6s %8s  %s%n", "configuration", "status", "passed",
                "failed", "skipped", "seconds", "differs from the defaults"));
        for (EntryResult e : result.entries()) {
            List<String> diffs = e.settings().entrySet().stream().map(s -> s.getKey() + "=" + s.getValue()).toList();
            out.append(String.format(Locale.ROOT, "%-16s %-13s %6d %6d %6d %8.1f  %s%n", e.entry().id(),
                    e.status().label(), e.count(Outcome.PASSED), e.count(Outcome.FAILED), e.count(Outcome.SKIPPED),
                    e.seconds(), diffs.isEmpty() ? "(defaults)" : String.join(" ", diffs)));
        }
        out.append(summary(result)).append('\n');
        for (EntryResult e : result.failures()) {
            out.append('\n').append(e.entry().id()).append(": ").append(e.status().label()).append('\n');
            if (!e.detail().isEmpty()) out.append(indent(e.detail())).append('\n');
            for (TestCaseResult t : e.tests()) {
                if (t.outcome() == Outcome.FAILED) {
                    out.append("  ").append(t.className()).append(' ').append(t.name()).append(": ")
                            .append(t.message()).append('\n');
                }
            }
            out.append("  reproduce: ").append(e.reproduce()).append('\n');
        }
        return out.toString();
    }

    /** One line: how many configurations passed, tests, coverage, time. */
    public static String summary(MatrixResult r) {
        long passed = r.entries().size() - r.failures().size();
        String coverage = r.coverage() == null ? "" : String.format(Locale.ROOT,
                ", %d-wise coverage %.2f %% (%d of %d valid interactions)", r.coverage().t(), r.coverage().percent(),
                r.coverage().covered(), r.coverage().valid());
        String reused = r.reused() == 0 ? "" : String.format(Locale.ROOT,
                " (%d of them run once for configurations with the same code)", r.reused());
        return String.format(Locale.ROOT, "%d of %d configurations passed; tests: %d passed, %d failed, %d skipped%s%s; "
                + "%.1f s on %d threads", passed, r.entries().size(), r.tests(Outcome.PASSED), r.tests(Outcome.FAILED),
                r.tests(Outcome.SKIPPED), reused, coverage, r.seconds(), r.threads());
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }

    static String json(MatrixResult r) {
        JsonObject root = new JsonObject();
        root.addProperty("passed", r.passed());
        if (r.strategy() != null) root.addProperty("strategy", r.strategy());
        if (r.coverage() != null) {
            JsonObject cov = new JsonObject();
            cov.addProperty("t", r.coverage().t());
            cov.addProperty("valid", r.coverage().valid());
            cov.addProperty("covered", r.coverage().covered());
            cov.addProperty("percent", r.coverage().percent());
            root.add("coverage", cov);
        }
        root.addProperty("seconds", round(r.seconds()));
        root.addProperty("threads", r.threads());
        JsonArray list = new JsonArray();
        for (EntryResult e : r.entries()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.entry().id());
            o.addProperty("source", e.entry().source());
            o.addProperty("status", e.status().name().toLowerCase(Locale.ROOT));
            JsonArray diffs = new JsonArray();
            e.differences().forEach(diffs::add);
            o.add("differences", diffs);
            JsonObject tests = new JsonObject();
            for (Outcome outcome : Outcome.values()) {
                tests.addProperty(outcome.name().toLowerCase(Locale.ROOT), e.count(outcome));
            }
            tests.addProperty("reused", e.reused());
            o.add("tests", tests);
            JsonObject seconds = new JsonObject();
            seconds.addProperty("render", round(e.renderSeconds()));
            seconds.addProperty("compile", round(e.compileSeconds()));
            seconds.addProperty("test", round(e.testSeconds()));
            o.add("seconds", seconds);
            if (!e.detail().isEmpty()) o.addProperty("detail", e.detail());
            JsonArray failures = new JsonArray();
            for (TestCaseResult t : e.tests()) {
                if (t.outcome() != Outcome.FAILED) continue;
                JsonObject f = new JsonObject();
                f.addProperty("class", t.className());
                f.addProperty("test", t.name());
                f.addProperty("message", t.message());
                failures.add(f);
            }
            if (!failures.isEmpty()) o.add("failures", failures);
            if (e.status() != EntryResult.Status.PASSED) o.addProperty("reproduce", e.reproduce());
            list.add(o);
        }
        root.add("configurations", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /**
     * The configuration as a JUnit XML test suite (the format of Ant and Surefire that CI servers read): its
     * tests, or one failing test case named after the step that stopped it; its differing values as properties.
     */
    static String junitXml(EntryResult e) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            List<TestCaseResult> cases = new ArrayList<>(e.tests());
            boolean stopped = e.status() != EntryResult.Status.PASSED && e.status() != EntryResult.Status.TEST_FAILURE;
            x.writeStartElement("testsuite");
            x.writeAttribute("name", e.entry().id());
            x.writeAttribute("tests", Integer.toString(cases.size() + (stopped ? 1 : 0)));
            x.writeAttribute("failures", Long.toString(e.count(Outcome.FAILED)));
            x.writeAttribute("errors", stopped ? "1" : "0");
            x.writeAttribute("skipped", Long.toString(e.count(Outcome.SKIPPED)));
            x.writeAttribute("time", seconds(e.seconds()));
            x.writeCharacters("\n  ");
            x.writeStartElement("properties");
            property(x, "source", e.entry().source());
            for (String d : e.differences()) property(x, "setting", d);
            property(x, "reproduce", e.reproduce());
            x.writeCharacters("\n  ");
            x.writeEndElement();
            if (stopped) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", e.entry().id());
                x.writeAttribute("name", e.status().label());
                x.writeAttribute("time", seconds(e.renderSeconds() + e.compileSeconds()));
                x.writeStartElement("error");
                x.writeAttribute("message", e.status().label());
                x.writeCharacters(e.detail());
                x.writeEndElement();
                x.writeEndElement();
            }
            for (TestCaseResult t : cases) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", t.className());
                x.writeAttribute("name", t.name());
                x.writeAttribute("time", seconds(t.seconds()));
                if (t.outcome() == Outcome.FAILED) {
                    x.writeStartElement("failure");
                    x.writeAttribute("message", t.message() == null ? "" : t.message());
                    x.writeCharacters(t.trace() == null ? "" : t.trace());
                    x.writeEndElement();
                } else if (t.outcome() == Outcome.SKIPPED) {
                    x.writeEmptyElement("skipped");
                    if (t.message() != null) x.writeAttribute("message", t.message());
                }
                if (t.reusedFrom() != null) {
                    x.writeStartElement("system-out");
                    x.writeCharacters("not run again: the result in " + t.reusedFrom()
                            + ", where every class this test reaches is the same");
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("writing JUnit XML", ex);
        }
        return text.toString();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value == null ? "" : value);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
