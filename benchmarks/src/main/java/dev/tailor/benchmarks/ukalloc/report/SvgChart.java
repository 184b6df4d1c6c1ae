package dev.tailor.benchmarks.ukalloc.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A horizontal bar chart of the single-thread results, one panel per pattern, one bar per subject, on a
 * logarithmic time axis shared by all panels (the subjects span three orders of magnitude). Tailor's
 * backends in orange, the peers in grey. Plain SVG, no library.
 */
final class SvgChart {
    private static final int LABEL = 150;
    private static final int PLOT = 620;
    private static final int ROW = 16;
    private static final int TITLE = 22;
    private static final int GAP = 12;

    private final Results results;

    SvgChart(Results results) {
        this.results = results;
    }

    String svg() {
        List<String> subjects = results.subjects().stream().toList();
        List<String> patterns = results.patterns();
        List<Double> scores = results.all().stream().filter(r -> r.method().equals("replay"))
                .map(Result::nsPerOp).toList();
        double low = Math.floor(Math.log10(scores.stream().min(Double::compare).orElse(1.0)));
        double high = Math.ceil(Math.log10(scores.stream().max(Double::compare).orElse(10.0)));
        if (high <= low) {
            high = low + 1;
        }
        int panel = TITLE + subjects.size() * ROW + GAP;
        int height = 30 + patterns.size() * panel + 30;
        int width = LABEL + PLOT + 90;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
                width, height));
        svg.append("<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"bold\">ns per step (free + allocate), "
                + "one thread, log scale; orange: Tailor backends, grey: peers</text>\n");
        for (int e = (int) low; e <= high; e++) {
            double x = x(Math.pow(10, e), low, high);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"28\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s ns</text>\n",
                    x, x, height - 24, x, height - 10, Report.number(Math.pow(10, e))));
        }
        int y = 30;
        for (String pattern : patterns) {
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>\n",
                    y + 15, pattern));
            y += TITLE;
            for (String subject : subjects) {
                Optional<Result> r = results.find(subject, pattern);
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                        LABEL - 6, y + ROW - 4, subject));
                if (r.isPresent()) {
                    double ns = r.get().nsPerOp();
                    double end = x(ns, low, high);
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n"
                            + "<text x=\"%.1f\" y=\"%d\">%s</text>\n",
                            LABEL, y + 2, Math.max(1, end - LABEL), ROW - 4, r.get().tailor() ? "#e67e22" : "#8c96a0",
                            end + 4, y + ROW - 4, Report.number(ns)));
                }
                y += ROW;
            }
            y += GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    /** The x of {@code ns} on the log axis from 10^low to 10^high. */
    private static double x(double ns, double low, double high) {
        double f = (Math.log10(Math.max(ns, Math.pow(10, low))) - low) / (high - low);
        return LABEL + f * PLOT;
    }
}
