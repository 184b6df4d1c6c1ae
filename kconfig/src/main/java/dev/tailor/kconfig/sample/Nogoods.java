package dev.tailor.kconfig.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets of options no configuration has together, learnt from the solver's explanations of failed
 * queries. Checking a candidate against them is far cheaper than asking the solver again, and most
 * failures repeat (two members of one choice, a feature and one that excludes it).
 */
final class Nogoods {
    private final Features features;
    private final Map<Integer, Integer> optionOfLiteral = new HashMap<>();
    /** Per option: the nogoods that contain it. */
    private final List<List<int[]>> byOption = new ArrayList<>();

    Nogoods(Features features) {
        this.features = features;
        for (int o = 0; o < features.options(); o++) {
            for (int lit : features.cube(o)) optionOfLiteral.put(lit, o);
            byOption.add(new ArrayList<>());
        }
    }

    /** Records the options behind the literals of an unsatisfiable query (those of no option are ignored). */
    void learn(int[] conflictingLiterals) {
        int[] options = Arrays.stream(conflictingLiterals).map(l -> optionOfLiteral.getOrDefault(l, -1))
                .filter(o -> o >= 0).distinct().sorted().toArray();
        if (options.length == 0) return;
        for (int o : options) byOption.get(o).add(options);
    }

    /**
     * Whether some nogood lies within the tuple plus the promised options ({@code promised[feature]},
     * -1 where open): then no configuration keeps the promises and has the tuple.
     */
    boolean excludes(int[] promised, int[] tuple) {
        for (int o : tuple) {
            for (int[] nogood : byOption.get(o)) {
                if (within(nogood, promised, tuple)) return true;
            }
        }
        return false;
    }

    private boolean within(int[] nogood, int[] promised, int[] tuple) {
        for (int o : nogood) {
            if (promised[features.feature(o)] == o) continue;
            boolean inTuple = false;
            for (int x : tuple) inTuple |= x == o;
            if (!inTuple) return false;
        }
        return true;
    }
}
