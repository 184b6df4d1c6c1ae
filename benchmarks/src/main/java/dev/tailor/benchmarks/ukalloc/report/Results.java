package dev.tailor.benchmarks.ukalloc.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

/** The allocator suite's results from JMH's JSON files ({@code -rf json}); other benchmarks are skipped. */
public final class Results {
    private static final String PACKAGE = "dev.tailor.benchmarks.ukalloc.";
    private static final List<String> SUITE = List.of("AllocatorBenchmark", "PeerBenchmark", "ThreadedBenchmark");

    private final List<Result> all;
    private final SequencedSet<String> settings;

    /** @param settings how the results were measured (JMH iterations, JDK), one line per distinct set-up */
    public Results(List<Result> all, SequencedSet<String> settings) {
        this.all = List.copyOf(all);
        this.settings = settings;
    }

    public static Results read(List<Path> files) throws IOException {
        List<Result> all = new ArrayList<>();
        SequencedSet<String> settings = new LinkedHashSet<>();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file)) {
                for (JsonElement e : JsonParser.parseReader(in).getAsJsonArray()) {
                    Optional<Result> r = parse(e.getAsJsonObject());
                    r.ifPresent(all::add);
                    r.ifPresent(x -> settings.add(settings(e.getAsJsonObject())));
                }
            }
        }
        return new Results(all, settings);
    }

    private static String settings(JsonObject run) {
        return run.get("forks").getAsInt() + " fork(s), " + run.get("warmupIterations").getAsInt() + " warm-up × "
                + run.get("warmupTime").getAsString() + " + " + run.get("measurementIterations").getAsInt()
                + " measured × " + run.get("measurementTime").getAsString() + ", JDK " + run.get("jdkVersion").getAsString()
                + ", JMH " + run.get("jmhVersion").getAsString();
    }

    /** How the results were measured: one line per distinct JMH set-up. */
    public SequencedSet<String> settings() {
        return settings;
    }

    private static Optional<Result> parse(JsonObject run) {
        String benchmark = run.get("benchmark").getAsString();
        String[] classAndMethod = benchmark.startsWith(PACKAGE)
                ? benchmark.substring(PACKAGE.length()).split("\\.") : new String[0];
        if (classAndMethod.length != 2 || !SUITE.contains(classAndMethod[0])) {
            return Optional.empty();
        }
        JsonObject params = run.getAsJsonObject("params");
        boolean peer = params.has("peer");
        String subject = (peer ? params.get("peer") : params.get("backend")).getAsString();
        JsonObject primary = run.getAsJsonObject("primaryMetric");
        JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
        return Optional.of(new Result(subject, !peer, params.get("pattern").getAsString(), classAndMethod[1],
                number(primary.get("score")), number(primary.get("scoreError")),
                secondary(secondary, "gc.alloc.rate.norm", Double.NaN), secondary(secondary, "resets", 0)));
    }

    private static double secondary(JsonObject metrics, String name, double otherwise) {
        return metrics != null && metrics.has(name) ? number(metrics.getAsJsonObject(name).get("score")) : otherwise;
    }

    /** JMH writes "NaN" as a string. */
    private static double number(JsonElement e) {
        return e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : Double.parseDouble(e.getAsString());
    }

    public List<Result> all() {
        return all;
    }

    /** The single-thread result of a subject on a pattern ({@code replay}). */
    public Optional<Result> find(String subject, String pattern) {
        return find(subject, pattern, "replay");
    }

    public Optional<Result> find(String subject, String pattern, String method) {
        return all.stream().filter(r -> r.subject().equals(subject) && r.pattern().equals(pattern)
                && r.method().equals(method)).findFirst();
    }

    /** Subjects of the single-thread suite, peers first, each group in the order of the results. */
    public SequencedSet<String> subjects() {
        SequencedSet<String> names = new LinkedHashSet<>();
        all.stream().filter(r -> !r.tailor() && r.method().equals("replay")).forEach(r -> names.add(r.subject()));
        all.stream().filter(r -> r.tailor() && r.method().equals("replay")).forEach(r -> names.add(r.subject()));
        return names;
    }

    /** Tailor backends of the single-thread suite. */
    public List<String> backends() {
        return all.stream().filter(r -> r.tailor() && r.method().equals("replay")).map(Result::subject)
                .distinct().toList();
    }

    /** Patterns of the single-thread suite, in the order of the {@code Pattern} enum where known. */
    public List<String> patterns() {
        return all.stream().filter(r -> r.method().equals("replay")).map(Result::pattern).distinct().sorted((a, b) -> Integer.compare(order(a), order(b)))
                .toList();
    }

    private static int order(String pattern) {
        try {
            return dev.tailor.benchmarks.ukalloc.Pattern.valueOf(pattern).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }
}
