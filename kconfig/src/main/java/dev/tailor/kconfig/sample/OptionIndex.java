package dev.tailor.kconfig.sample;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Configurations as the options they have, indexed by option: which configurations have a given option is
 * one bit set, so "does any configuration have all options of this tuple" is an intersection of t of them.
 * An entry may leave a feature open (-1), as a partial configuration does.
 */
final class OptionIndex {
    private final BitSet[] having;
    private final List<int[]> entries = new ArrayList<>();

    OptionIndex(int options) {
        having = new BitSet[options];
        for (int o = 0; o < options; o++) having[o] = new BitSet();
    }

    int size() {
        return entries.size();
    }

    /** The option per feature of entry {@code i} (-1 where open); do not modify. */
    int[] entry(int i) {
        return entries.get(i);
    }

    int add(int[] optionPerFeature) {
        int i = entries.size();
        entries.add(optionPerFeature.clone());
        for (int o : optionPerFeature) if (o >= 0) having[o].set(i);
        return i;
    }

    /** Sets the options of entry {@code i}. */
    void replace(int i, int[] optionPerFeature) {
        int[] old = entries.get(i);
        for (int f = 0; f < old.length; f++) {
            if (old[f] == optionPerFeature[f]) continue;
            if (old[f] >= 0) having[old[f]].clear(i);
            if (optionPerFeature[f] >= 0) having[optionPerFeature[f]].set(i);
            old[f] = optionPerFeature[f];
        }
    }

    /** Gives entry {@code i} the option for its feature. */
    void set(int i, int feature, int option) {
        int[] e = entries.get(i);
        if (e[feature] >= 0) having[e[feature]].clear(i);
        e[feature] = option;
        having[option].set(i);
    }

    /** The first entry that has every option of the tuple, or -1. */
    int firstHavingAll(int[] tuple) {
        BitSet first = having[tuple[0]];
        int i = first.nextSetBit(0);
        while (i >= 0) {
            int next = i;
            for (int k = 1; k < tuple.length && next == i; k++) {
                next = having[tuple[k]].nextSetBit(i);
            }
            if (next == i) return i;
            if (next < 0) return -1;
            i = first.nextSetBit(next);
        }
        return -1;
    }
}
