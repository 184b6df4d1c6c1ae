package dev.tailor.kconfig.sample;

import dev.tailor.kconfig.sat.EngineCheck.Mismatch;
import java.util.List;

/**
 * One configuration of a sample: its number (from 1, over all shards), its minimal defconfig as
 * savedefconfig writes it, and the symbols on which the engine contradicted the solver (none unless the
 * translation has a bug).
 */
public record Sample(int number, String defconfig, List<Mismatch> mismatches) {
    /** {@code sample-0001}. */
    public String name() {
        return String.format("sample-%04d", number);
    }

    /** {@code sample-0001_defconfig}. */
    public String fileName() {
        return name() + "_defconfig";
    }
}
