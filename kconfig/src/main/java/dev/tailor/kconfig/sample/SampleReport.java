package dev.tailor.kconfig.sample;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * What a sampling run produced: the configurations of the requested shard, how many there are in all,
 * the t-wise coverage of the whole sample, the time taken, and what the translation could not express.
 *
 * @param strategy how the sample was drawn
 * @param total configurations in all shards
 * @param samples the configurations of this shard, checked against the engine
 * @param coverage the t-wise coverage of all configurations
 * @param features the features that can vary
 * @param seconds the wall time of the whole run
 * @param notes what the translation leaves out
 */
public record SampleReport(Strategy strategy, int total, List<Sample> samples, Coverage coverage, int features,
        double seconds, List<String> notes) {

    /** Whether the engine contradicted the solver anywhere. */
    public boolean hasMismatches() {
        return samples.stream().anyMatch(s -> !s.mismatches().isEmpty());
    }

    /**
     * The report as JSON: {@code {"samples": [{"name", "file", "shard"}...], "coverage": {"t", "valid",
     * "covered", "percent"}, "seconds"}} plus the strategy, the total, the number of features, the notes
     * and any mismatches. {@code samples} is what a CI matrix iterates over.
     *
     * @param directory the directory prefix of each file name, as the user gave it ("" for none)
     * @param shards how many shards the sample is split into, to name each configuration's shard
     */
    public String toJson(String directory, int shards) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        JsonArray mismatches = new JsonArray();
        for (Sample s : samples) {
            JsonObject o = new JsonObject();
            o.addProperty("name", s.name());
            o.addProperty("file", directory.isEmpty() ? s.fileName() : directory + "/" + s.fileName());
            o.addProperty("shard", (s.number() - 1) % shards + 1);
            list.add(o);
            s.mismatches().forEach(m -> mismatches.add(s.name() + ": " + m));
        }
        root.add("samples", list);
        JsonObject cov = new JsonObject();
        cov.addProperty("t", coverage.t());
        cov.addProperty("valid", coverage.valid());
        cov.addProperty("covered", coverage.covered());
        cov.addProperty("percent", coverage.percent());
        if (coverage.undecided() > 0) cov.addProperty("undecided", coverage.undecided());
        root.add("coverage", cov);
        root.addProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        root.addProperty("strategy", strategy.cliName());
        root.addProperty("total", total);
        root.addProperty("features", features);
        JsonArray n = new JsonArray();
        notes.forEach(n::add);
        root.add("notes", n);
        if (!mismatches.isEmpty()) root.add("mismatches", mismatches);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
