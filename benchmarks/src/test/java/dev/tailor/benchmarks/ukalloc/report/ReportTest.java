package dev.tailor.benchmarks.ukalloc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on a hand-written JMH result file whose ratios are known. */
class ReportTest {
    @TempDir
    Path dir;

    private static String run(String benchmark, String params, double score, String error, double bytes, double resets) {
        return """
                {"jmhVersion":"1.37","benchmark":"dev.tailor.benchmarks.ukalloc.%s","mode":"avgt","threads":1,
                 "forks":1,"jdkVersion":"25","warmupIterations":1,"warmupTime":"1 s","measurementIterations":1,
                 "measurementTime":"1 s","params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"ns/op"},
                 "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op"},"resets":{"score":%s}}}
                """.formatted(benchmark, params, score, error, bytes, resets);
    }

    private Results results() throws IOException {
        String json = "[" + String.join(",",
                run("PeerBenchmark.replay", "\"pattern\":\"MIXED_16_2048\",\"peer\":\"bump-pointer\"", 4, "0.1", 0.001, 7),
                run("PeerBenchmark.replay", "\"pattern\":\"MIXED_16_2048\",\"peer\":\"jemalloc-ffm\"", 40, "\"NaN\"", 0, 0),
                run("PeerBenchmark.replay", "\"pattern\":\"LIVE_10000\",\"peer\":\"glibc\"", 100, "1", 0, 0),
                run("PeerBenchmark.replay", "\"pattern\":\"MIXED_16_2048\",\"peer\":\"netty-pooled\"", 90, "1", 144, 0),
                run("AllocatorBenchmark.replay", "\"backend\":\"fast\",\"pattern\":\"MIXED_16_2048\"", 8, "0.2", 0.002, 0),
                run("AllocatorBenchmark.replay", "\"backend\":\"fast\",\"pattern\":\"LIVE_10000\"", 60, "2", 3, 0),
                run("ThreadedBenchmark.oneThread", "\"backend\":\"fast\",\"pattern\":\"FIXED64\"", 10, "1", 0, 0),
                run("ThreadedBenchmark.twoThreads", "\"backend\":\"fast\",\"pattern\":\"FIXED64\"", 25, "1", 0, 0),
                run("OtherBenchmark.x", "\"backend\":\"fast\",\"pattern\":\"FIXED64\"", 1, "1", 0, 0)) + "]";
        Path file = dir.resolve("r.json");
        Files.writeString(file, json);
        return Results.read(List.of(file));
    }

    @Test
    void targetsAreRatiosToThePeersOfTheSameRun() throws IOException {
        Map<String, Targets.Check> checks = Targets.evaluate(results()).stream()
                .collect(Collectors.toMap(Targets.Check::target, Function.identity()));
        assertEquals(5 + 1, checks.size());
        Targets.Check bump = checks.get("MIXED_16_2048 ≤ 3.00 × bump-pointer");
        assertEquals(2.0, bump.value(), 1e-9);
        assertEquals(Targets.Verdict.MET, bump.verdict());
        Targets.Check jemalloc = checks.get("MIXED_16_2048 ≤ 0.250 × jemalloc-ffm");
        assertEquals(0.2, jemalloc.value(), 1e-9);
        assertEquals(Targets.Verdict.MET, jemalloc.verdict());
        Targets.Check live = checks.get("LIVE_10000 ≤ 0.500 × glibc");
        assertEquals(0.6, live.value(), 1e-9);
        assertEquals(Targets.Verdict.MISSED, live.verdict());
        assertEquals(Targets.Verdict.NO_DATA, checks.get("LARGE_64K_1M ≤ 1.00 × glibc").verdict());
        Targets.Check heap = checks.get("no Java heap allocation (largest B/op of its patterns)");
        assertEquals(3, heap.value(), 1e-9);
        assertEquals(Targets.Verdict.MISSED, heap.verdict());
        Targets.Check threads = checks.get("FIXED64: 2 threads ≤ 2 × 1 thread, per operation");
        assertEquals(2.5, threads.value(), 1e-9);
        assertEquals(Targets.Verdict.MISSED, threads.verdict());
    }

    @Test
    void markdownAndChartShowEverySubject() throws IOException {
        Results results = results();
        assertEquals(List.of("bump-pointer", "jemalloc-ffm", "glibc", "netty-pooled", "fast"),
                List.copyOf(results.subjects()));
        assertEquals(List.of("MIXED_16_2048", "LIVE_10000"), results.patterns());
        String md = new Report(results).markdown();
        assertTrue(md.contains("| fast | 8.00 ± 0.200 | 60.0 ± 2.00 |"), md);
        assertTrue(md.contains("| jemalloc-ffm | 40.0 | - |"), md); // no error with one iteration
        assertTrue(md.contains("| netty-pooled | 144 | - |"), md); // B/op
        assertTrue(md.contains("| bump-pointer | 7 | - |"), md); // resets
        assertTrue(md.contains("| fast | FIXED64 | 10.0 | 25.0 | 2.50 |"), md);
        String svg = new SvgChart(results).svg();
        assertEquals(6, svg.split("<rect x=").length - 1, svg); // one bar per single-thread result
    }
}
