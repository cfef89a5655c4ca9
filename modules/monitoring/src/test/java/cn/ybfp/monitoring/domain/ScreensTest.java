package cn.ybfp.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.domain.OutpatientDuringStayScreen.Visit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreensTest {

    private static final LocalDate DISCHARGED = LocalDate.of(2026, 3, 10);
    private static final Stay FIRST = new Stay(1, "双阳区医院", LocalDate.of(2026, 3, 1), DISCHARGED);

    @Test
    void aReadmissionOnDay15IsFlaggedOnDay16ItIsNot() {
        Stay day15 = new Stay(2, "双阳区医院", DISCHARGED.plusDays(15), DISCHARGED.plusDays(20));
        Stay day16 = new Stay(3, "双阳区医院", DISCHARGED.plusDays(16), DISCHARGED.plusDays(20));
        assertThat(ReadmissionScreen.screen(List.of(day15, FIRST), 15))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ScreenKind.SPLIT_ADMISSION);
                    assertThat(f.before()).isEqualTo(FIRST);
                    assertThat(f.after()).isEqualTo(day15);
                    assertThat(f.days()).isEqualTo(15);
                });
        assertThat(ReadmissionScreen.screen(List.of(FIRST, day16), 15)).isEmpty();
    }

    @Test
    void aReadmissionElsewhereIsARepeatAdmissionAndAnOverlapIsFlaggedToo() {
        Stay elsewhere = new Stay(2, "长春市中心医院", DISCHARGED.plusDays(3), DISCHARGED.plusDays(8));
        Stay overlapping = new Stay(3, "农安县医院", DISCHARGED.minusDays(2), DISCHARGED.plusDays(1));
        assertThat(ReadmissionScreen.screen(List.of(FIRST, elsewhere), 15))
                .extracting(ReadmissionScreen.Finding::kind, ReadmissionScreen.Finding::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScreenKind.REPEAT_ADMISSION, 3L));
        assertThat(ReadmissionScreen.screen(List.of(FIRST, overlapping), 15))
                .extracting(ReadmissionScreen.Finding::days)
                .containsExactly(-2L);
    }

    @Test
    void anOutpatientClaimFromTheAdmissionDayToTheDischargeDayIsFlagged() {
        Visit onAdmission = new Visit(10, "双阳区医院", LocalDate.of(2026, 3, 1));
        Visit onDischarge = new Visit(11, "云山街道社区卫生服务中心", DISCHARGED);
        Visit dayBefore = new Visit(12, "双阳区医院", LocalDate.of(2026, 2, 28));
        Visit dayAfter = new Visit(13, "双阳区医院", DISCHARGED.plusDays(1));
        assertThat(OutpatientDuringStayScreen.screen(
                        List.of(FIRST), List.of(onAdmission, onDischarge, dayBefore, dayAfter)))
                .extracting(f -> f.visit().claimId())
                .containsExactly(10L, 11L);
    }

    @Test
    void anInstitutionFarAboveItsCountysAverageAdmissionRateIsFlagged() {
        // 2,000 target people; A 30, B 6, C 4 admissions: rates 15.00, 3.00, 2.00 per 1,000; the average of the three
        // institutions is 40 × 1,000 / 2,000 / 3 = 6.67; 150 % of it is 10.00: only A is above
        var found = AdmissionRateScreen.screen(
                List.of(
                        new AdmissionRateScreen.Admissions("A", 30),
                        new AdmissionRateScreen.Admissions("B", 6),
                        new AdmissionRateScreen.Admissions("C", 4)),
                2000,
                150);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.hospital()).isEqualTo("A");
            assertThat(f.rate()).isEqualTo(new BigDecimal("15.00"));
            assertThat(f.average()).isEqualTo(new BigDecimal("6.67"));
        });
        // exactly at 150 %: 2 institutions, 30 admissions, one with 9 × 2 × 100 = 1,800 < 30 × 150 = 4,500; one with
        // 21 × 2 × 100 = 4,200 < 4,500: neither; and one institution alone has no average to compare with
        assertThat(AdmissionRateScreen.screen(
                        List.of(
                                new AdmissionRateScreen.Admissions("A", 21),
                                new AdmissionRateScreen.Admissions("B", 9)),
                        2000,
                        150))
                .isEmpty();
        assertThat(AdmissionRateScreen.screen(List.of(new AdmissionRateScreen.Admissions("A", 50)), 2000, 150))
                .isEmpty();
    }

    @Test
    void theOutOfCatalogueShareAgainstTheLimitOfTheLevel() {
        // level 2: 5,000 of 200,000 = 2.50 %, limit 2 %: 0.50 points over
        assertThat(OutOfCatalogueShare.percent(new BigDecimal("5000.00"), new BigDecimal("200000.00")))
                .isEqualTo(new BigDecimal("2.50"));
        assertThat(OutOfCatalogueShare.over(new BigDecimal("5000.00"), new BigDecimal("200000.00"), 2))
                .contains(new BigDecimal("0.50"));
        // level 3: 1,234.56 of 98,765.43 = 1.25 % (1.24999… → 1.25 half up), 1.75 points under 3 %
        assertThat(OutOfCatalogueShare.over(new BigDecimal("1234.56"), new BigDecimal("98765.43"), 3))
                .contains(new BigDecimal("-1.75"));
        assertThat(OutOfCatalogueShare.limitPercent(1)).contains(new BigDecimal("1.00"));
        assertThat(OutOfCatalogueShare.limitPercent(null)).isEmpty();
        assertThat(OutOfCatalogueShare.percent(BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualTo(new BigDecimal("0.00"));
    }
}
