package org.dialogue.meetings.testing;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Test only: one caller of the services, either a role (through its {@link RoleWrapper}) or anonymous (the test's own
 * thread, which has no signed-in user). What the work returns comes back; what it throws (a business exception, a
 * {@code jakarta.ejb.EJBAccessException}, an assertion error) is rethrown as itself, unwrapped.
 */
public final class Caller {

    /** Work without a result. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final String name;
    private final Supplier<? extends RoleWrapper> wrapper;

    private Caller(String name, Supplier<? extends RoleWrapper> wrapper) {
        this.name = name;
        this.wrapper = wrapper;
    }

    /** Calls through the given run-as bean (looked up when used, so it may come from a field injected later). */
    public static Caller through(String name, Supplier<? extends RoleWrapper> wrapper) {
        return new Caller(name, Objects.requireNonNull(wrapper));
    }

    /** Calls from the test's own thread: nobody is signed in. */
    public static Caller anonymous() {
        return new Caller("anonymous", null);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    public <T> T call(Callable<T> work) {
        if (wrapper == null) {
            try {
                return work.call();
            } catch (Exception e) {
                throw sneaky(e);
            }
        }
        Outcome outcome = wrapper.get().attempt(work);
        if (outcome.thrown() != null) {
            throw sneaky(outcome.thrown());
        }
        return (T) outcome.value();
    }

    public void run(Work work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Rethrows any throwable, checked or not, as it is. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable thrown) throws E {
        throw (E) thrown;
    }

    @Override
    public String toString() {
        return name;
    }
}
