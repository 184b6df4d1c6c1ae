package dev.tailor.kconfig.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelProbesTest {

    @Test
    void expectedCommandsRunConcurrentlyAndEachResultGoesToItsCommand() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        ShellRunner slow = cmd -> {
            bothStarted.countDown();
            try {
                // Neither finishes before the other has started: they run at the same time.
                if (!bothStarted.await(5, TimeUnit.SECONDS)) throw new IllegalStateException("not concurrent");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "out of " + cmd + "\n";
        };
        try (ParallelProbes probes = new ParallelProbes(slow, List.of("a", "b"), 2)) {
            assertEquals("out of b\n", probes.run("b"));
            assertEquals("out of a\n", probes.run("a"));
            assertEquals(List.of("b", "a"), probes.requested());
        }
    }

    @Test
    void anUnexpectedCommandRunsWhenAskedAndAStartedOneRunsOnce() {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        ShellRunner counting = cmd -> {
            runs.computeIfAbsent(cmd, c -> new AtomicInteger()).incrementAndGet();
            return cmd.toUpperCase();
        };
        try (ParallelProbes probes = new ParallelProbes(counting, List.of("x"), 2)) {
            assertEquals("X", probes.run("x"));
            assertEquals("Y", probes.run("y"));
            assertEquals("X", probes.run("x"));
        }
        assertEquals(2, runs.get("x").get(), "once ahead of time, once more when asked again");
        assertEquals(1, runs.get("y").get());
    }

    @Test
    void aFailureOfAStartedCommandReachesTheCaller() {
        ShellRunner failing = cmd -> {
            throw new IllegalArgumentException("cannot run " + cmd);
        };
        try (ParallelProbes probes = new ParallelProbes(failing, List.of("bad"), 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> probes.run("bad"));
            assertEquals("cannot run bad", e.getMessage());
        }
    }

    @Test
    void theJournalRemembersTheCommandsOfATree(@TempDir Path dir) throws Exception {
        Path tree = Files.createFile(dir.resolve("Kconfig"));
        ProbeJournal journal = ProbeJournal.of(dir.resolve("cache"), tree);
        assertEquals(List.of(), journal.commands());
        journal.save(List.of("gcc --version", "echo $((1+1))"));
        assertEquals(List.of("gcc --version", "echo $((1+1))"), ProbeJournal.of(dir.resolve("cache"), tree).commands());
        Files.writeString(journal.file(), "{not json");
        assertEquals(List.of(), journal.commands(), "a damaged journal is ignored");
        Path other = Files.createFile(dir.resolve("Config.uk"));
        assertEquals(List.of(), ProbeJournal.of(dir.resolve("cache"), other).commands());
    }

    @Test
    void theDefaultDirectoryFollowsXdg() {
        assertEquals(Path.of("/x/tailor/kconfig-probes"), ProbeJournal.defaultDirectory("/x", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/tailor/kconfig-probes"), ProbeJournal.defaultDirectory(null, "/home/u"));
    }
}
