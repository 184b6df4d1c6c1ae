package dev.tailor.kconfig.sample;

import java.util.Random;

/**
 * The t-wise interactions of a set of features: every combination of t options of t different features.
 * They are visited in an order drawn from the seed, so that the greedy sampler's result depends on the seed
 * and on nothing else.
 */
final class Tuples {
    /** Receives each tuple (the array is reused); returns false to stop the enumeration. */
    interface Visitor {
        boolean visit(int[] options);
    }

    private final Features features;
    private final int t;
    private final int[] order;

    Tuples(Features features, int t, long seed) {
        this.features = features;
        this.t = t;
        order = new int[features.options()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    int t() {
        return t;
    }

    /** Visits every tuple; false when the visitor stopped early. */
    boolean forEach(Visitor visitor) {
        return visit(visitor, new int[t], 0, 0);
    }

    private boolean visit(Visitor visitor, int[] tuple, int depth, int from) {
        if (depth == t) return visitor.visit(tuple);
        for (int i = from; i < order.length; i++) {
            int option = order[i];
            int f = features.feature(option);
            boolean clash = false;
            for (int d = 0; d < depth; d++) clash |= features.feature(tuple[d]) == f;
            if (clash) continue;
            tuple[depth] = option;
            if (!visit(visitor, tuple, depth + 1, i + 1)) return false;
        }
        return true;
    }

    /** The number of tuples. */
    long count() {
        long[] n = {0};
        forEach(tuple -> {
            n[0]++;
            return true;
        });
        return n[0];
    }
}
