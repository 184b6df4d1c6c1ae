package dev.tailor.benchmarks.ukalloc;

import io.netty.buffer.AdaptiveByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;

/**
 * Netty's allocators: {@code directBuffer(size)} and {@code release()}. Every block is a {@code ByteBuf}, a
 * Java object (recycled or not: {@code -prof gc} tells); pages are {@code pages * 4096} bytes without a
 * page alignment (Netty offers none by default). Both are made with their thread caches on for any thread,
 * not only Netty's event-loop threads; the leak detector is off ({@code -Dio.netty.leakDetection.level=disabled}
 * in the fork's options).
 */
final class NettyBlocks implements Blocks {
    private final ByteBufAllocator allocator;
    private final boolean pages;
    private final ByteBuf[] live;

    private NettyBlocks(ByteBufAllocator allocator, Pattern pattern) {
        this.allocator = allocator;
        this.pages = pattern.pages;
        this.live = new ByteBuf[pattern.slots];
    }

    static NettyBlocks pooled(Pattern pattern) {
        return new NettyBlocks(new PooledByteBufAllocator(true, 0, PooledByteBufAllocator.defaultNumDirectArena(),
                PooledByteBufAllocator.defaultPageSize(), PooledByteBufAllocator.defaultMaxOrder(),
                PooledByteBufAllocator.defaultSmallCacheSize(), PooledByteBufAllocator.defaultNormalCacheSize(),
                true), pattern);
    }

    static NettyBlocks adaptive(Pattern pattern) {
        return new NettyBlocks(new AdaptiveByteBufAllocator(true, true), pattern);
    }

    @Override
    public void replace(int slot, long amount) {
        ByteBuf old = live[slot];
        if (old != null) {
            old.release();
        }
        int bytes = (int) (pages ? amount << 12 : amount);
        live[slot] = allocator.directBuffer(bytes, bytes);
    }

    @Override
    public void close() {
        for (int s = 0; s < live.length; s++) {
            if (live[s] != null) {
                live[s].release();
                live[s] = null;
            }
        }
    }
}
