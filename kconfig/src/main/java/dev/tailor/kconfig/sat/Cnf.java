package dev.tailor.kconfig.sat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A formula in conjunctive normal form under construction, with Tseitin gates: {@link #and} and {@link #or}
 * return a literal equivalent to their inputs' conjunction or disjunction, folding constants and sharing
 * gates built before, so that a translated expression costs one variable per distinct subterm.
 *
 * <p>Literals are DIMACS integers: variable {@code v} is {@code v}, its negation {@code -v}. Variable 1 is
 * the constant true ({@link #TRUE}); {@link #FALSE} is its negation.
 */
public final class Cnf {
    public static final int TRUE = 1;
    public static final int FALSE = -1;

    private int variables = 1;
    /** Clauses, flat: the length, then the literals. */
    private int[] data = new int[1 << 12];
    private int size;
    private final Map<Gate, Integer> gates = new HashMap<>();

    /** Gates are keyed by their sorted inputs: and(a, b) and and(b, a) are one gate. */
    private record Gate(int[] inputs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Gate g && Arrays.equals(inputs, g.inputs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(inputs);
        }
    }

    public Cnf() {
        clause(TRUE);
    }

    /** A fresh variable. */
    public int newVariable() {
        return ++variables;
    }

    public int variables() {
        return variables;
    }

    /** Adds the clause; false literals are left out, a clause with a true literal is dropped. */
    public void clause(int... literals) {
        int kept = 0;
        int[] lits = literals.clone();
        for (int lit : lits) {
            if (lit == TRUE) return;
            if (lit != FALSE) lits[kept++] = lit;
        }
        if (size + kept + 1 > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + kept + 1));
        data[size++] = kept;
        System.arraycopy(lits, 0, data, size, kept);
        size += kept;
    }

    /** {@code a -> b}. */
    public void implies(int a, int b) {
        clause(-a, b);
    }

    /** Calls the consumer with each clause (a fresh array each time). */
    public void forEachClause(java.util.function.Consumer<int[]> consumer) {
        for (int i = 0; i < size; ) {
            int n = data[i++];
            consumer.accept(Arrays.copyOfRange(data, i, i + n));
            i += n;
        }
    }

    /** A literal equivalent to the conjunction of the inputs (true for none). */
    public int and(int... inputs) {
        int[] lits = inputs.clone();
        Arrays.sort(lits);
        int kept = 0;
        for (int i = 0; i < lits.length; i++) {
            int lit = lits[i];
            if (lit == FALSE) return FALSE;
            if (lit == TRUE || (kept > 0 && lits[kept - 1] == lit)) continue;
            lits[kept++] = lit;
        }
        lits = Arrays.copyOf(lits, kept);
        for (int lit : lits) {
            if (lit > 0 && Arrays.binarySearch(lits, -lit) >= 0) return FALSE;
        }
        if (kept == 0) return TRUE;
        if (kept == 1) return lits[0];
        Gate key = new Gate(lits);
        Integer known = gates.get(key);
        if (known != null) return known;
        int g = newVariable();
        int[] back = new int[kept + 1];
        for (int i = 0; i < kept; i++) {
            clause(-g, lits[i]);
            back[i] = -lits[i];
        }
        back[kept] = g;
        clause(back);
        gates.put(key, g);
        return g;
    }

    /** A literal equivalent to the disjunction of the inputs (false for none). */
    public int or(int... inputs) {
        int[] negated = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) negated[i] = -inputs[i];
        return -and(negated);
    }

    /** {@code a <-> b} as a literal. */
    public int iff(int a, int b) {
        return or(and(a, b), and(-a, -b));
    }

    /** Requires exactly one of the literals (none may be constant true twice). */
    public void exactlyOne(int... literals) {
        clause(literals);
        atMostOne(literals);
    }

    /** Requires at most one of the literals. */
    public void atMostOne(int... literals) {
        if (literals.length <= 6) {
            for (int i = 0; i < literals.length; i++) {
                for (int j = i + 1; j < literals.length; j++) clause(-literals[i], -literals[j]);
            }
            return;
        }
        // Sequential counter: linear in the number of literals.
        int prev = literals[0];
        for (int i = 1; i < literals.length; i++) {
            clause(-prev, -literals[i]);
            if (i == literals.length - 1) break;
            int s = newVariable();
            clause(-prev, s);
            clause(-literals[i], s);
            prev = s;
        }
    }
}
