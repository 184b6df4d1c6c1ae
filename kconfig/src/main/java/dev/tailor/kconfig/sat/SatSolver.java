package dev.tailor.kconfig.sat;

import dev.tailor.kconfig.KconfigException;
import org.sat4j.core.LiteralsUtils;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.minisat.core.IPhaseSelectionStrategy;
import org.sat4j.minisat.core.Solver;
import org.sat4j.minisat.orders.VarOrderHeap;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.IVecInt;
import org.sat4j.specs.TimeoutException;

/**
 * SAT4J on a {@link Cnf}: incremental satisfiability under assumptions, the model, which assumptions
 * made a query unsatisfiable, and cardinality constraints that can be taken back. The solver tries every
 * decision variable at the polarity {@link #prefer} gave it (or the search last gave it) first, so callers
 * steer which of the many models they get (near the current .config, or random per seed) while the
 * answers stay deterministic.
 */
public final class SatSolver {
    private final Solver<?> solver;
    private final Phases phases;
    private final int variables;

    /** The clauses of the formula, loaded once. */
    public SatSolver(Cnf cnf) {
        variables = cnf.variables();
        solver = SolverFactory.newMiniLearningHeapRsatExpSimpBiere();
        phases = new Phases(variables);
        solver.setOrder(new VarOrderHeap(phases));
        // A conflict bound instead of a time bound: a time bound starts a timer thread on every call.
        solver.setTimeoutOnConflicts(Integer.MAX_VALUE);
        solver.newVar(variables);
        try {
            cnf.forEachClause(c -> {
                try {
                    solver.addClause(new VecInt(c));
                } catch (ContradictionException e) {
                    throw new Unsatisfiable();
                }
            });
        } catch (Unsatisfiable e) {
            throw new KconfigException("kconfig: the tree's constraints admit no configuration at all");
        }
    }

    private static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }

    /** Decisions on the literals' variables try to make the literals true first. */
    public void prefer(int... literals) {
        phases.prefer(literals);
    }

    /** Decisions on every variable try {@code positive} first. */
    public void preferAll(boolean positive) {
        phases.preferAll(positive);
    }

    /** Decisions on every variable try a polarity drawn from {@code random} first. */
    public void preferRandomly(java.util.Random random) {
        phases.preferRandomly(random);
    }

    /** Whether the formula has a model in which every assumption holds. */
    public boolean solve(int... assumptions) {
        try {
            return solver.isSatisfiable(new VecInt(assumptions));
        } catch (TimeoutException e) {
            throw new KconfigException("kconfig: the SAT solver gave up");
        }
    }

    /** The model found by the last successful {@link #solve}. */
    public Model model() {
        boolean[] values = new boolean[variables + 1];
        for (int lit : solver.model()) {
            if (lit > 0 && lit <= variables) values[lit] = true;
        }
        values[Cnf.TRUE] = true;
        return new Model(values);
    }

    /** After an unsatisfiable {@link #solve}: assumptions that together already have no model. */
    public int[] conflictingAssumptions() {
        IVecInt core = solver.unsatExplanation();
        return core == null ? new int[0] : core.toArray();
    }

    /** Adds "at most {@code k} of the literals are true"; null when that can never hold. */
    public IConstr atMost(int[] literals, int k) {
        try {
            return solver.addAtMost(new VecInt(literals), k);
        } catch (ContradictionException e) {
            return null;
        }
    }

    /** Takes back a constraint {@link #atMost} added. */
    public void remove(IConstr constraint) {
        if (constraint != null) solver.removeConstr(constraint);
    }

    /**
     * SAT4J's phase saving, plus polarities a caller sets before a query (SAT4J's own strategies reset
     * them to negative at the start of every query).
     */
    private static final class Phases implements IPhaseSelectionStrategy {
        private int[] phase = new int[0];

        Phases(int variables) {
            init(variables + 1);
        }

        void prefer(int[] literals) {
            for (int lit : literals) {
                int v = Math.abs(lit);
                if (v < phase.length) phase[v] = lit > 0 ? LiteralsUtils.posLit(v) : LiteralsUtils.negLit(v);
            }
        }

        void preferRandomly(java.util.Random random) {
            for (int v = 1; v < phase.length; v++) {
                phase[v] = random.nextBoolean() ? LiteralsUtils.posLit(v) : LiteralsUtils.negLit(v);
            }
        }

        void preferAll(boolean positive) {
            for (int v = 1; v < phase.length; v++) {
                phase[v] = positive ? LiteralsUtils.posLit(v) : LiteralsUtils.negLit(v);
            }
        }

        @Override
        public void init(int nlength) {
            if (phase.length >= nlength) return;
            int old = phase.length;
            phase = java.util.Arrays.copyOf(phase, nlength);
            for (int v = Math.max(1, old); v < nlength; v++) phase[v] = LiteralsUtils.negLit(v);
        }

        @Override
        public void init(int var, int p) {
            phase[var] = p;
        }

        @Override
        public int select(int var) {
            return phase[var];
        }

        @Override
        public void updateVar(int p) { }

        /** Phase saving (as SAT4J's RSAT strategy): a search returns to the polarities it last assigned. */
        @Override
        public void assignLiteral(int p) {
            phase[LiteralsUtils.var(p)] = p;
        }

        @Override
        public void updateVarAtDecisionLevel(int q) { }
    }
}
