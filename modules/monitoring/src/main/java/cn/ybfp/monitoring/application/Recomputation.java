package cn.ybfp.monitoring.application;

import cn.ybfp.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The full recomputation of a year's warnings and screens from the claims monitoring keeps: what the listeners did
 * claim by claim, done again for everyone (after the province changes a year's parameters, and each night), plus the
 * institutions' admission rates per quarter. It raises what is due and not raised, withdraws what is no longer due,
 * and records the flags not recorded; it never records anything twice (the unique keys). It walks the year a few
 * thousand people at a time, each step in its own transaction ({@link RecomputationStep}), so that a million claims
 * never sit in one transaction.
 */
@ApplicationScoped
public class Recomputation {

    @Inject
    RecomputationStep steps;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record Result(int year, long claims, long people, int warningsRaised, int flagsAdded, Duration took) {}

    /** The province recomputes a year (after changing its parameters). */
    public Result recompute(Caller caller, int year) {
        Authority.toSetRules(caller);
        return run(year);
    }

    /** The nightly job's recomputation of a year, for nobody's jurisdiction. */
    public Result run(int year) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        long claims = 0;
        long people = 0;
        int raised = 0;
        int flagged = 0;
        for (var done = steps.people(year, Long.MIN_VALUE, today);
                done.lastPerson() != null;
                done = steps.people(year, done.lastPerson(), today)) {
            claims += done.claims();
            people += done.people();
            raised += done.warningsRaised();
            flagged += done.flagsAdded();
        }
        flagged += steps.rates(year, today);
        return new Result(year, claims, people, raised, flagged, Duration.ofNanos(System.nanoTime() - started));
    }
}
