package dev.tailor.kconfig.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs engine work on a thread with a large stack, as the kconfig command line does: the parser and the
 * value computation recurse as deeply as a Kconfig tree nests, and Maven's threads have ordinary stacks.
 */
final class BigStack {
    /** Reserved, not committed: only a tree that needs it uses the memory. */
    private static final long STACK_SIZE = 1L << 30;

    private BigStack() {}

    /** The work: it may fail with a Mojo exception or an unchecked one, rethrown as it is. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    static <T> T call(Work<T> work) throws MojoExecutionException, MojoFailureException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "kconfig", STACK_SIZE);
        worker.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        switch (failure[0]) {
            case null -> {
                @SuppressWarnings("unchecked")
                T value = (T) result[0];
                return value;
            }
            case MojoFailureException f -> throw f;
            case MojoExecutionException e -> throw e;
            case RuntimeException r -> throw r;
            case Error e -> throw e;
            case Throwable t -> throw new MojoExecutionException("kconfig: " + t, t);
        }
    }
}
