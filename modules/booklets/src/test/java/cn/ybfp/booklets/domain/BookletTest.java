package cn.ybfp.booklets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.booklets.api.BookletStatus;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.api.RecognitionSource;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.api.WithdrawalReason;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BookletTest {

    private static final Patient PATIENT =
            new Patient(7, "李建国", ResidentId.parse("220112197808050312"), DivisionCode.of("220112001"));
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 10);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 0);

    private static Booklet booklet() {
        return new Booklet("2201122026000001", PATIENT, ISSUED, "xq-shuangyang", NOW);
    }

    @Test
    void aBookletRunsFromItsIssueToTheEndOfTheNextYear() {
        Booklet b = booklet();
        assertThat(b.validTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(b.county()).isEqualTo("220112");
        assertThat(b.validOn(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(b.validOn(ISSUED)).isTrue();
        assertThat(b.validOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(b.validOn(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void itIsRenewedOnlyInTheLastNinetyDaysForOneMoreYear() {
        Booklet b = booklet();
        // 2027-12-31 minus 89 days = 2027-10-03: the first day of the window
        assertThatThrownBy(() -> b.renew(LocalDate.of(2027, 10, 2), "xq", NOW))
                .hasMessageContaining("2027-12-31")
                .hasMessageContaining("90");
        b.renew(LocalDate.of(2027, 10, 3), "xq", NOW);
        assertThat(b.validTo()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void aWithdrawalCountsFromItsDaySoEarlierClaimsStayCovered() {
        Booklet b = booklet();
        b.withdraw(WithdrawalReason.AUDIT_FINDING, LocalDate.of(2026, 6, 1), "人情卡", "sheng-jianguan", NOW);
        assertThat(b.status()).isEqualTo(BookletStatus.WITHDRAWN);
        assertThat(b.validOn(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(b.validOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThatThrownBy(() -> b.renew(LocalDate.of(2027, 12, 1), "xq", NOW)).hasMessageContaining("已撤销");
        assertThatThrownBy(() -> b.withdraw(WithdrawalReason.CURED, LocalDate.of(2026, 7, 1), null, "xq", NOW))
                .hasMessageContaining("已撤销");
    }

    @Test
    void aWithdrawalCannotPrecedeTheBooklet() {
        assertThatThrownBy(() -> booklet().withdraw(WithdrawalReason.CURED, LocalDate.of(2026, 3, 9), null, "xq", NOW))
                .hasMessageContaining("2026-03-10");
    }

    @Test
    void aBookletPastItsEndGivesUpThePersonsPlaceSoANewOneCanBeIssued() {
        Booklet b = booklet();
        assertThat(b.lapse(LocalDate.of(2027, 12, 31))).isFalse(); // its last day
        assertThat(b.lapse(LocalDate.of(2028, 1, 1))).isTrue();
    }

    @Test
    void aNumberSaysTheCountyTheYearAndTheSerial() {
        assertThat(BookletNumber.of(DivisionCode.of("220112"), 2026, 123)).isEqualTo("2201122026000123");
        assertThatThrownBy(() -> BookletNumber.of(DivisionCode.of("220112"), 2026, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecognitionIsDecidedOnceAndNotByWhoeverStartedIt() {
        var diagnosis = new Diagnosis(new DiseaseCode("M03900"), "高血压病", DiseaseKind.CHRONIC, "双阳区医院", "王医生", ISSUED);
        var r = new Recognition(PATIENT, diagnosis, RecognitionSource.TOWNSHIP, null, "xz-yunshan", NOW);
        assertThatThrownBy(() -> r.coverDrugsOnly("xz-yunshan", NOW)).hasMessageContaining("两人分办");
        assertThat(r.status()).isEqualTo(RecognitionStatus.PENDING);
        r.coverDrugsOnly("xq-shuangyang", NOW);
        assertThat(r.status()).isEqualTo(RecognitionStatus.DRUG_COVER);
        assertThatThrownBy(() -> r.refuse("不符合", "xq-nongan", NOW)).hasMessageContaining("已经办结");
    }
}
