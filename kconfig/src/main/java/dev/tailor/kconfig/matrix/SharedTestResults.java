package dev.tailor.kconfig.matrix;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The results of the test classes run so far in one matrix, by {@link TestFingerprints fingerprint}: a
 * configuration runs a test class only when no other configuration has run (or is running) it on the same
 * code, and takes the other's results otherwise. The first configuration to ask for a fingerprint claims it and
 * must {@link Claim#complete complete} or {@link Claim#abandon abandon} it; others wait for that.
 */
final class SharedTestResults {
    /** The results of a test class, and the configuration that ran it. */
    record Recorded(String configuration, List<TestCaseResult> results) {}

    private final Map<String, CompletableFuture<Recorded>> byFingerprint = new ConcurrentHashMap<>();

    /** A fingerprint this configuration runs: the others wait for what it records. */
    final class Claim {
        private final String fingerprint;
        private final CompletableFuture<Recorded> future;

        private Claim(String fingerprint, CompletableFuture<Recorded> future) {
            this.fingerprint = fingerprint;
            this.future = future;
        }

        void complete(Recorded recorded) {
            future.complete(recorded);
        }

        /**
         * Unless completed: the class did not run to the end, so whoever waits runs it, and so does a later
         * configuration.
         */
        void abandon() {
            if (future.isDone()) return;
            byFingerprint.remove(fingerprint, future);
            future.cancel(false);
        }
    }

    /** A claim on {@code fingerprint} if nobody has one, else null (then {@link #await} gives the results). */
    Claim claim(String fingerprint) {
        CompletableFuture<Recorded> mine = new CompletableFuture<>();
        return byFingerprint.putIfAbsent(fingerprint, mine) == null ? new Claim(fingerprint, mine) : null;
    }

    /**
     * The results recorded for {@code fingerprint}, waiting for the configuration that claimed it; null if it
     * abandoned the claim (or this thread was interrupted).
     */
    Recorded await(String fingerprint) {
        CompletableFuture<Recorded> future = byFingerprint.get(fingerprint);
        if (future == null) return null;
        try {
            return future.get();
        } catch (CancellationException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the matrix is stopping: the caller's own run of it ends at once
            return null;
        }
    }
}
