package ir.hami.testing;

import java.util.concurrent.Callable;

/**
 * What the test-only {@code @RunAs} beans share: the work runs inside the bean's method, so the services it calls
 * see the bean's run-as role. Whatever the work throws is handed back as thrown (not wrapped by the EJB container).
 */
public abstract class RunAsRole {

    /** The work's result, or what it threw. */
    public record Outcome<T>(T value, Throwable thrown) {
    }

    public <T> Outcome<T> attempt(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Throwable t) {
            return new Outcome<>(null, t);
        }
    }

    /** Runs the work with this bean's role and returns its result, or throws what it threw. */
    public static <T> T callAs(RunAsRole bean, Callable<T> work) throws Exception {
        Outcome<T> outcome = bean.attempt(work);
        if (outcome.thrown() == null) {
            return outcome.value();
        }
        if (outcome.thrown() instanceof Exception e) {
            throw e;
        }
        throw (Error) outcome.thrown();
    }

    /** A step without a result. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    public static void runAs(RunAsRole bean, Step step) throws Exception {
        callAs(bean, () -> {
            step.run();
            return null;
        });
    }
}
