package cn.ybfp.booklets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.booklets.api.DiseaseKind;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CatalogueEntryTest {

    private static final LocalDateTime JANUARY = LocalDateTime.of(2026, 1, 1, 9, 0);
    private static final LocalDateTime DECEMBER = LocalDateTime.of(2026, 12, 6, 10, 0);

    @Test
    void aCopyKeepsTheDiseaseItsKindAndCoverageInTheNewYearWithWhoCopiedIt() {
        var dialysis = new CatalogueEntry(
                "220000", 2026, new DiseaseCode("M07803"), "慢性肾功能不全（血透治疗）", DiseaseKind.SPECIAL, false, "a", JANUARY);
        var next = dialysis.copyTo("220200", 2027, "sheng-jianguan", DECEMBER);
        assertThat(next.region()).isEqualTo("220200");
        assertThat(next.year()).isEqualTo(2027);
        assertThat(next.code()).isEqualTo("M07803");
        assertThat(next.name()).isEqualTo("慢性肾功能不全（血透治疗）");
        assertThat(next.kind()).isEqualTo(DiseaseKind.SPECIAL);
        assertThat(next.covered()).isFalse();
        assertThat(next.changedBy()).isEqualTo("sheng-jianguan");
        assertThat(next.changedAt()).isEqualTo(DECEMBER);
        assertThat(dialysis.year()).isEqualTo(2026); // the source stays as it was
    }

    @Test
    void theRegionDecidesAgainWhoChangedItIsKept() {
        var diabetes = new CatalogueEntry(
                "220000", 2026, new DiseaseCode("M01600"), "糖尿病", DiseaseKind.CHRONIC, true, "a", JANUARY);
        diabetes.change(DiseaseKind.SPECIAL, false, "sheng-jianguan", DECEMBER);
        assertThat(diabetes.kind()).isEqualTo(DiseaseKind.SPECIAL);
        assertThat(diabetes.covered()).isFalse();
        assertThat(diabetes.changedBy()).isEqualTo("sheng-jianguan");
        assertThat(diabetes.changedAt()).isEqualTo(DECEMBER);
    }
}
