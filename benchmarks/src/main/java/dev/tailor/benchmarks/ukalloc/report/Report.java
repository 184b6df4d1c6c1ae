package dev.tailor.benchmarks.ukalloc.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the allocator suite's JMH JSON results and writes {@code allocator-ratios.md} (ns/op, B/op, ratios
 * to the peers, targets met or missed) and {@code allocator-ratios.svg} (bar chart) into a directory; the
 * Markdown also goes to standard output.
 *
 * <pre>java -cp benchmarks.jar dev.tailor.benchmarks.ukalloc.report.Report OUT-DIR RESULT.json...</pre>
 */
public final class Report {
    private final Results results;

    Report(Results results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Report OUT-DIR RESULT.json...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Results results = Results.read(Arrays.stream(args, 1, args.length).map(Path::of).toList());
        if (results.all().isEmpty()) {
            System.err.println("no allocator results in " + String.join(", ", Arrays.asList(args).subList(1, args.length)));
            System.exit(1);
        }
        String markdown = new Report(results).markdown();
        Files.createDirectories(out);
        Files.writeString(out.resolve("allocator-ratios.md"), markdown);
        Files.writeString(out.resolve("allocator-ratios.svg"), new SvgChart(results).svg());
        System.out.print(markdown);
        System.out.println("\nwritten: " + out.resolve("allocator-ratios.md") + ", " + out.resolve("allocator-ratios.svg"));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        List<String> patterns = results.patterns();
        md.append("Measured with ").append(String.join("; ", results.settings()))
                .append(". Errors: JMH's 99.9 % interval (none with one iteration).\n\n");
        md.append("## ns per step (free one block + allocate one), one thread\n\n");
        matrix(md, results.subjects().stream().toList(), patterns, (s, p) -> results.find(s, p)
                .map(r -> number(r.nsPerOp()) + (Double.isNaN(r.error()) ? "" : " ± " + number(r.error()))));
        List<String> reset = results.subjects().stream().filter(s -> results.all().stream()
                .anyMatch(r -> r.subject().equals(s) && r.resets() > 0)).toList();
        if (!reset.isEmpty()) {
            md.append("\nMade anew when their memory ran out, inside the measured time (resets during the "
                    + "measured iterations; expected for the bump pointer and the region, a sign of "
                    + "fragmentation or a small heap for the others):\n\n");
            matrix(md, reset, patterns, (s, p) -> results.find(s, p).filter(r -> r.resets() > 0)
                    .map(r -> String.format(Locale.ROOT, "%.0f", r.resets())));
        }
        md.append("\n## Java heap bytes per step (`-prof gc`: gc.alloc.rate.norm)\n\n");
        matrix(md, results.subjects().stream().toList(), patterns, (s, p) -> results.find(s, p)
                .filter(r -> !Double.isNaN(r.bytesPerOp())).map(r -> number(r.bytesPerOp())));
        for (String peer : List.of(Targets.BUMP, Targets.JEMALLOC_FFM, Targets.GLIBC)) {
            md.append("\n## Tailor backend / ").append(peer).append(" (time ratio; below 1: faster than ")
                    .append(peer).append(")\n\n");
            matrix(md, results.backends(), patterns,
                    (s, p) -> Targets.ratio(results, s, peer, p).map(Report::number));
        }
        threads(md);
        md.append("\n## Targets\n\n| backend | target | measured | limit | |\n| --- | --- | ---: | ---: | --- |\n");
        for (Targets.Check c : Targets.evaluate(results)) {
            md.append("| ").append(c.subject()).append(" | ").append(c.target()).append(" | ")
                    .append(Double.isNaN(c.value()) ? "-" : number(c.value())).append(" | ")
                    .append(number(c.limit())).append(" | ").append(switch (c.verdict()) {
                        case MET -> "met";
                        case MISSED -> "**missed**";
                        case NO_DATA -> "no data (subject or peer not in the run)";
                    }).append(" |\n");
        }
        md.append("\nFragmentation (the replay target) is not measured by this suite: `uktool replay` does it.\n");
        return md.toString();
    }

    private void threads(StringBuilder md) {
        List<Result> one = results.all().stream().filter(r -> r.method().equals("oneThread")).toList();
        if (one.isEmpty()) {
            return;
        }
        md.append("\n## One allocator, 1 and 2 threads (ThreadedBenchmark), ns per step as each thread sees it\n\n")
                .append("| backend | pattern | 1 thread | 2 threads | 2 / 1 |\n| --- | --- | ---: | ---: | ---: |\n");
        for (Result r : one) {
            Optional<Result> two = results.find(r.subject(), r.pattern(), "twoThreads");
            md.append("| ").append(r.subject()).append(" | ").append(r.pattern()).append(" | ")
                    .append(number(r.nsPerOp())).append(" | ").append(two.map(t -> number(t.nsPerOp())).orElse("-"))
                    .append(" | ").append(two.map(t -> number(t.nsPerOp() / r.nsPerOp())).orElse("-")).append(" |\n");
        }
    }

    private static void matrix(StringBuilder md, List<String> rows, List<String> patterns,
            BiFunction<String, String, Optional<String>> cell) {
        md.append("| |");
        patterns.forEach(p -> md.append(' ').append(p).append(" |"));
        md.append("\n| --- |");
        patterns.forEach(p -> md.append(" ---: |"));
        md.append('\n');
        for (String row : rows) {
            md.append("| ").append(row).append(" |");
            for (String p : patterns) {
                md.append(' ').append(cell.apply(row, p).orElse("-")).append(" |");
            }
            md.append('\n');
        }
    }

    /** Three significant digits, no exponent; "0" for what rounds to it. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        String format = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : a >= 0.01 ? "%.3f" : a == 0 ? "%.0f" : "%.1e";
        return String.format(Locale.ROOT, format, v);
    }
}
