package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A claim's date lies between birth and death and not after today; no amount above 10,000,000.00. */
class ClaimBoundsTest {

    private static final LocalDate BIRTH = LocalDate.of(1978, 8, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final BigDecimal MAX = new BigDecimal("10000000.00");

    @Test
    void aClaimWithinBoundsPasses() {
        Claim claim = inpatient("c1", "2026-12-06", 1, "10000000.00").build();
        assertThatCode(() -> ClaimBounds.check(claim, BIRTH, LocalDate.of(2026, 12, 6), TODAY, MAX))
                .doesNotThrowAnyException(); // today, the day of death and exactly the bound are all allowed
    }

    @Test
    void aDateAfterTodayIsRefused() {
        Claim claim = inpatient("c1", "2026-12-07", 1, "100.00").build();
        assertThatThrownBy(() -> ClaimBounds.check(claim, BIRTH, null, TODAY, MAX))
                .hasMessage("费用明细 c1：出院（就诊）日期（date）不能晚于今天（2026-12-06）");
    }

    @Test
    void aDateBeforeBirthOrAfterDeathIsRefused() {
        Claim early = inpatient("c1", "1978-08-04", 1, "100.00").build();
        assertThatThrownBy(() -> ClaimBounds.check(early, BIRTH, null, TODAY, MAX))
                .hasMessage("费用明细 c1：出院（就诊）日期（date）早于参保人出生日期");
        Claim late = inpatient("c2", "2026-03-02", 1, "100.00").build();
        assertThatThrownBy(() -> ClaimBounds.check(late, BIRTH, LocalDate.of(2026, 3, 1), TODAY, MAX))
                .hasMessage("费用明细 c2：出院（就诊）日期（date）晚于参保人死亡日期（2026-03-01）");
    }

    @Test
    void anAmountOneCentAboveTheBoundIsRefused() {
        Claim claim = inpatient("c1", "2026-01-01", 1, "10000000.01").build();
        assertThatThrownBy(() -> ClaimBounds.check(claim, BIRTH, null, TODAY, MAX))
                .hasMessage("费用明细 c1：总费用（totalCost）不能超过 10000000.00 元");
    }
}
