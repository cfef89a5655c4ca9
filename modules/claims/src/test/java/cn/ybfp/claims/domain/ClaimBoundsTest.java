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
        // today, the day of death and exactly the bound are all allowed
        assertThatCode(() -> ClaimBounds.checkDate("c1", claim.date(), BIRTH, LocalDate.of(2026, 12, 6), TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> ClaimBounds.checkAmounts(claim, MAX)).doesNotThrowAnyException();
    }

    @Test
    void aDateAfterTodayIsRefused() {
        assertThatThrownBy(() -> ClaimBounds.checkDate("c1", LocalDate.of(2026, 12, 7), BIRTH, null, TODAY))
                .hasMessage("费用明细 c1：出院（就诊）日期（date）不能晚于今天（2026-12-06）");
    }

    @Test
    void aDateBeforeBirthOrAfterDeathIsRefused() {
        assertThatThrownBy(() -> ClaimBounds.checkDate("c1", LocalDate.of(1978, 8, 4), BIRTH, null, TODAY))
                .hasMessage("费用明细 c1：出院（就诊）日期（date）早于参保人出生日期");
        assertThatThrownBy(() ->
                        ClaimBounds.checkDate("c2", LocalDate.of(2026, 3, 2), BIRTH, LocalDate.of(2026, 3, 1), TODAY))
                .hasMessage("费用明细 c2：出院（就诊）日期（date）晚于参保人死亡日期（2026-03-01）");
    }

    @Test
    void anAmountOneCentAboveTheBoundIsRefused() {
        Claim claim = inpatient("c1", "2026-01-01", 1, "10000000.01").build();
        assertThatThrownBy(() -> ClaimBounds.checkAmounts(claim, MAX))
                .hasMessage("费用明细 c1：总费用（totalCost）不能超过 10000000.00 元");
    }
}
