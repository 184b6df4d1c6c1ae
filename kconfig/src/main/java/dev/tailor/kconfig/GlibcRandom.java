package dev.tailor.kconfig;

/**
 * The sequence of glibc's srand()/rand() (the additive feedback generator of random_r's TYPE_3), so that
 * randconfig with a given KCONFIG_SEED makes the same choices as Linux's conf built against glibc.
 */
final class GlibcRandom {
    private final int[] r = new int[34];
    private int i;
    private final int[] ring = new int[34];

    GlibcRandom(int seed) {
        if (seed == 0) seed = 1;
        r[0] = seed;
        for (int k = 1; k < 31; k++) {
            // 16807 * r mod (2^31 - 1), computed on the signed 32-bit seed as glibc does.
            int prev = r[k - 1];
            int q = prev / 127773;
            int rem = prev % 127773;
            int word = 16807 * rem - 2836 * q;
            if (word < 0) word += 2147483647;
            r[k] = word;
        }
        for (int k = 31; k < 34; k++) r[k] = r[k - 31];
        System.arraycopy(r, 0, ring, 0, 34);
        i = 34;
        for (int k = 34; k < 344; k++) step();
    }

    private int step() {
        int v = ring[(i - 31) % 34] + ring[(i - 3) % 34];
        ring[i % 34] = v;
        i++;
        return v;
    }

    /** The next value of rand(): 0 to 2^31-1. */
    int next() {
        return step() >>> 1;
    }
}
