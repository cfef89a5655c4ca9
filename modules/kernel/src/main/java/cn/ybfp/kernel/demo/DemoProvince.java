package cn.ybfp.kernel.demo;

import cn.ybfp.kernel.Caller;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;

/** What a {@link DemoPart} builds with: the day, a seeded random, the demo users and the portal's clock. */
public interface DemoProvince {

    /** The day the demo is built (Beijing): deadlines and notice periods are laid out around it. */
    LocalDate today();

    /**
     * A random of the part's own, from the demo's seed and the part's name: the same seed builds the same province,
     * and one part's draws do not shift another's.
     */
    Random random(String part);

    /** The demo user as the services see a logged-in caller. */
    default Caller caller(DemoUser user) {
        return user.caller();
    }

    /**
     * Runs a step as if on {@code day} (10:00 Beijing time): the portal's injected clock reads that day on this
     * thread, so what the step records carries the day a clerk would have done it on.
     */
    <T> T on(LocalDate day, Supplier<T> step);

    default void on(LocalDate day, Runnable step) {
        on(day, () -> {
            step.run();
            return null;
        });
    }

    /**
     * Runs many service calls in one transaction (each service's own joins it), since a transaction per call makes
     * the first start slow; the calls must all succeed.
     */
    void inOneTransaction(Runnable calls);
}
