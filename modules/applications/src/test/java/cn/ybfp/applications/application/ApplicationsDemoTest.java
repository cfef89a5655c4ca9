package cn.ybfp.applications.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.application.ApplicationsDemo.Planned;
import cn.ybfp.applications.application.ApplicationsDemo.Step;
import cn.ybfp.applications.domain.TimeLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The demo's plan against the time limits, whatever day of the week the demo is built on: every step lies in the
 * past and in order, the planned cases and only they are overdue today, the notices still run, and objections and
 * appeals come within their periods (the services would refuse them otherwise, and the portal would not start).
 */
class ApplicationsDemoTest {

    private static final TimeLimits LIMITS = new TimeLimits(5, 10, 7, 30);

    @Test
    void thePlanFitsTheTimeLimitsOnAnyDay() {
        for (int weekday = 0; weekday < 7; weekday++) {
            LocalDate today = LocalDate.of(2026, 12, 7).plusDays(weekday);
            for (long seed = 0; seed < 20; seed++) {
                Random random = new Random(seed);
                for (Planned planned : ApplicationsDemo.PLAN) {
                    List<Step> steps = planned.ending().steps;
                    List<LocalDate> days =
                            ApplicationsDemo.days(steps, today, planned.daysAgo(), LIMITS.noticeDays(), random);
                    String which = planned + " built on " + today + ": " + days;
                    for (int i = 1; i < days.size(); i++) {
                        assertThat(days.get(i)).as(which).isAfter(days.get(i - 1));
                        if (steps.get(i) == Step.OBJECT) {
                            assertThat(days.get(i))
                                    .as(which)
                                    .isBeforeOrEqualTo(days.get(i - 1).plusDays(7));
                        }
                        if (steps.get(i) == Step.APPEAL) {
                            assertThat(days.get(i))
                                    .as(which)
                                    .isBeforeOrEqualTo(days.get(i - 1).plusDays(30));
                        }
                    }
                    assertThat(days.get(days.size() - 1)).as(which).isBefore(today);
                    CaseState state = planned.ending().state;
                    LocalDate due = LIMITS.dueOn(state, days.get(days.size() - 1));
                    if (state == CaseState.IN_NOTICE) {
                        assertThat(due).as("notice still running: " + which).isAfterOrEqualTo(today);
                    } else {
                        assertThat(due != null && today.isAfter(due))
                                .as("overdue: " + which)
                                .isEqualTo(planned.overdue());
                    }
                }
            }
        }
    }
}
