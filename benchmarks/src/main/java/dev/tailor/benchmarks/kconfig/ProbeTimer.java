package dev.tailor.benchmarks.kconfig;

import dev.tailor.kconfig.preprocess.ProcessShellRunner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What running the x86_64 tree's ~100 {@code $(shell,...)} probes for real costs on this machine, through
 * the engine's own {@link ProcessShellRunner}: one after the other (what Linux's conf and the engine do
 * today) and on a pool of threads (what a parallel prefetch of the recorded commands would cost).
 *
 * <p>The commands are the keys of shell-cache.json, run with {@code /bin/sh -c} in a scratch directory
 * with env.sh's variables. The kernel's {@code scripts/*.sh} are not in the corpus, so the commands that
 * call them fail at once ("not found") and cost less than for real: the figures are a lower bound. The
 * report says how many outputs agree with the recording (the rest: the missing scripts, or another
 * compiler).
 *
 * <pre>java -cp benchmarks.jar dev.tailor.benchmarks.kconfig.ProbeTimer [rounds] [threads...]
 *     java -cp benchmarks.jar dev.tailor.benchmarks.kconfig.ProbeTimer --list   (NUL-separated commands)</pre>
 */
public final class ProbeTimer {
    public static void main(String[] args) throws Exception {
        LinuxCorpus corpus = LinuxCorpus.locate();
        Map<String, String> recorded = corpus.shellRunner().entries();
        List<String> commands = new ArrayList<>(recorded.keySet());
        if (args.length > 0 && args[0].equals("--list")) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (String c : commands) out.print(c + '\0');
            out.flush();
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] pools = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2, 4};
        Path scratch = Files.createTempDirectory("tailor-probes");
        try {
            ProcessShellRunner shell = new ProcessShellRunner(scratch, withPath(corpus.environment));
            int agree = 0;
            for (String c : commands) if (shell.run(c).equals(recorded.get(c))) agree++;
            System.out.printf(Locale.ROOT, "%d probes from %s, run with /bin/sh -c in %s (%d CPUs);"
                    + " %d outputs equal the recording%n", commands.size(), corpus.shellCache, scratch,
                    Runtime.getRuntime().availableProcessors(), agree);
            System.out.printf(Locale.ROOT, "%-10s %12s %12s%n", "threads", "median [s]", "best [s]");
            for (int threads : pools) {
                long[] t = new long[rounds];
                for (int r = 0; r < rounds; r++) t[r] = runAll(commands, shell, threads);
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%-10d %12.3f %12.3f%n", threads, t[rounds / 2] / 1e9, t[0] / 1e9);
            }
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** env.sh's variables plus this process's PATH and HOME (where gcc, rustc, ... are found). */
    private static Map<String, String> withPath(Map<String, String> env) {
        Map<String, String> m = new LinkedHashMap<>(env);
        for (String k : List.of("PATH", "HOME", "LANG")) {
            String v = System.getenv(k);
            if (v != null) m.putIfAbsent(k, v);
        }
        return m;
    }

    private static long runAll(List<String> commands, ProcessShellRunner shell, int threads) throws Exception {
        long t0 = System.nanoTime();
        if (threads <= 1) {
            for (String c : commands) shell.run(c);
        } else {
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<String>> results = new ArrayList<>();
                for (String c : commands) results.add(pool.submit(() -> shell.run(c)));
                for (Future<String> f : results) f.get();
            }
        }
        return System.nanoTime() - t0;
    }

    private ProbeTimer() {}
}
