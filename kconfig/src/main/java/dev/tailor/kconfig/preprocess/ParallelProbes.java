package dev.tailor.kconfig.preprocess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the probes a tree is expected to run in parallel, ahead of the parser, which then takes each
 * result as it gets to it. The parser still asks for every command in its own order, and a command that
 * was not expected runs when asked, so the results are exactly those of running the probes one by one;
 * only commands that the tree stopped running are run for nothing.
 *
 * <p>Linux's tool runs its ~100 probes one after the other; they are independent processes, so on two
 * cores this roughly halves the time they take.
 */
public final class ParallelProbes implements ShellRunner, AutoCloseable {
    private final ShellRunner delegate;
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<String>> started = new HashMap<>();
    private final List<String> requested = new ArrayList<>();

    /**
     * @param expected the commands to start now, in the order they are expected
     * @param threads how many run at a time
     */
    public ParallelProbes(ShellRunner delegate, Collection<String> expected, int threads) {
        this.delegate = delegate;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kconfig-probe");
            t.setDaemon(true);
            return t;
        });
        for (String command : expected) {
            started.computeIfAbsent(command, c -> CompletableFuture.supplyAsync(() -> delegate.run(c), pool));
        }
    }

    @Override
    public synchronized String run(String command) {
        requested.add(command);
        CompletableFuture<String> result = started.remove(command);
        if (result == null) return delegate.run(command);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for: " + command, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The commands asked for so far, in order: what to expect next time. */
    public synchronized List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
