package cn.ybfp.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.applications.api.CaseState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    // 2026-11-20 is a Friday
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void eachStateHasItsLimit() {
        TimeLimits limits = new TimeLimits(5, 10, 7, 30);
        assertThat(limits.dueOn(CaseState.ACCEPTED, FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(limits.dueOn(CaseState.DETERMINED, FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(limits.dueOn(CaseState.IN_NOTICE, FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 27)); // 7 days
        assertThat(limits.dueOn(CaseState.PAID, FRIDAY)).isNull();
    }
}
