package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    // 2026-11-20 is a Friday
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void weekendsDoNotCount() {
        assertThat(WorkingDays.after(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 11, 23)); // Monday
        assertThat(WorkingDays.after(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 11, 27)); // next Friday
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.after(FRIDAY, 10)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theFirstWorkingDayOfAMonthSkipsTheWeekend() {
        // 1 August 2026 is a Saturday, 1 December 2026 a Tuesday
        assertThat(WorkingDays.firstOf(java.time.YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(WorkingDays.firstOf(java.time.YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
