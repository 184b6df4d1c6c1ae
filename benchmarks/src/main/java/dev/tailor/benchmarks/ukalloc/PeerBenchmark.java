package dev.tailor.benchmarks.ukalloc;

import org.openjdk.jmh.annotations.Param;

/**
 * What the Tailor backends are held against, on the same patterns in the same run: the bump pointer (the
 * limit), glibc and jemalloc through FFM, jemalloc through LWJGL's JNI binding, Netty's pooled and adaptive
 * allocators.
 */
public class PeerBenchmark extends PatternBenchmark {
    @Param({"bump-pointer", "glibc", "jemalloc-ffm", "jemalloc-jni", "netty-pooled", "netty-adaptive"})
    public String peer;

    @Override
    protected Blocks open(Pattern pattern) {
        return switch (peer) {
            case "bump-pointer" -> new HeapBlocks(peer, new BumpHeap(), pattern);
            case "glibc" -> new HeapBlocks(peer, new GlibcHeap(), pattern);
            case "jemalloc-ffm" -> new HeapBlocks(peer, new JemallocFfmHeap(), pattern);
            case "jemalloc-jni" -> new HeapBlocks(peer, new JemallocJniHeap(), pattern);
            case "netty-pooled" -> NettyBlocks.pooled(pattern);
            case "netty-adaptive" -> NettyBlocks.adaptive(pattern);
            default -> throw new IllegalArgumentException("unknown peer " + peer);
        };
    }
}
