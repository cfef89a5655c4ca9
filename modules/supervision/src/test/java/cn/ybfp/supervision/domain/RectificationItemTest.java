package cn.ybfp.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.supervision.api.RectificationStatus;
import cn.ybfp.supervision.api.SampleFinding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RectificationItemTest {

    static final LocalDate FOUND = LocalDate.of(2026, 12, 1);
    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 9, 0);

    @Test
    void theDeadlineIsThirtyDaysOnAndOverdueTheDayAfter() {
        var item = new RectificationItem("220112", 1, "问题", "条款", FOUND, 30, "待遇科");
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(item.overdue(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(item.overdue(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void theCountyAnswersAndOnlyAnAnsweredItemIsClosedOrSentBack() {
        var item = new RectificationItem("220112", 1, "问题", "条款", FOUND, 30, "待遇科");
        assertThatThrownBy(() -> item.close("sheng", AT, null)).isInstanceOf(SupervisionException.class);
        item.answer("已补付", "xq", AT);
        assertThat(item.status()).isEqualTo(RectificationStatus.ANSWERED);
        assertThatThrownBy(() -> item.answer("又答", "xq", AT)).isInstanceOf(SupervisionException.class);
        item.reopen("佐证不足");
        assertThat(item.status()).isEqualTo(RectificationStatus.OPEN);
        item.answer("补充了佐证", "xq", AT);
        item.close("sheng", AT, null);
        assertThat(item.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(item.overdue(LocalDate.of(2027, 6, 1))).isFalse(); // closed: never overdue
    }

    @Test
    void aProblemNeedsItsClauseAndAFindingIsRecordedOnce() {
        var decision = new Decision("BILL", 7, "JS7", "王秀兰", new BigDecimal("8000.00"), FOUND, "xq", "/app/claims/7");
        var item = new SampleItem(1, "220112", decision);
        assertThatThrownBy(() -> item.find(SampleFinding.PROBLEM, " ", "说明", "sheng", AT))
                .isInstanceOfSatisfying(
                        SupervisionException.class, e -> assertThat(e.field()).isEqualTo("clause"));
        item.find(SampleFinding.COMPLIANT, null, null, "sheng", AT);
        assertThatThrownBy(() -> item.find(SampleFinding.PROBLEM, "条款", null, "sheng", AT))
                .isInstanceOf(SupervisionException.class);
    }
}
