package dev.tailor.kconfig;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fuzz targets take seeds from the corpus when it is there; without it they run from their committed
 * seeds alone, and this test is reported skipped with the path it looked for.
 */
class FuzzSeedsTest {
    @Test
    void theCorpusGivesSeedsToEveryTarget() {
        Corpus.dir("linux-6.18");
        assertTrue(FuzzSeeds.kconfigFiles().count() >= 20);
        assertTrue(FuzzSeeds.macroFiles().count() >= 5);
        assertTrue(FuzzSeeds.configFiles().count() >= 5);
        assertTrue(FuzzSeeds.defconfigFiles().count() >= 20);
    }
}
