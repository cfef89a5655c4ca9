package cn.ybfp.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.AssistanceCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistanceClassAsOfTest {

    private static final CategorySpan MONITORED_2023_ON =
            span(AssistanceCategory.MONITORED_AT_RISK, "2023-01-01", null);
    private static final CategorySpan LOW_INCOME_2024 =
            span(AssistanceCategory.LOW_INCOME_GUARANTEE, "2024-03-01", "2024-12-31");
    private static final CategorySpan ORPHAN_2024_JUNE_ON = span(AssistanceCategory.ORPHAN, "2024-06-01", null);

    @Test
    void theBestClassHeldOnTheDateWinsAndSaysWhy() {
        var spans = List.of(MONITORED_2023_ON, LOW_INCOME_2024);
        // 2024-02-29: only 易返贫致贫 (class 3) is held yet
        assertThat(AssistanceClassAsOf.resolve(spans, LocalDate.parse("2024-02-29"))
                        .orElseThrow()
                        .assistanceClass())
                .isEqualTo(3);
        // 2024-03-01: 低保 (class 2) starts and beats class 3; both are listed as held
        var march = AssistanceClassAsOf.resolve(spans, LocalDate.parse("2024-03-01"))
                .orElseThrow();
        assertThat(march.assistanceClass()).isEqualTo(2);
        assertThat(march.decisive()).isEqualTo(LOW_INCOME_2024);
        assertThat(march.heldOnDate()).containsExactly(MONITORED_2023_ON, LOW_INCOME_2024);
        // 2025-01-01: 低保 ended on 2024-12-31 (inclusive), back to class 3
        assertThat(AssistanceClassAsOf.resolve(spans, LocalDate.parse("2025-01-01"))
                        .orElseThrow()
                        .assistanceClass())
                .isEqualTo(3);
    }

    @Test
    void anOrphanCountsAsClassOne() {
        var spans = List.of(LOW_INCOME_2024, ORPHAN_2024_JUNE_ON);
        var resolution = AssistanceClassAsOf.resolve(spans, LocalDate.parse("2024-06-01"))
                .orElseThrow();
        assertThat(resolution.assistanceClass()).isEqualTo(1);
        assertThat(resolution.decisive().category()).isEqualTo(AssistanceCategory.ORPHAN);
    }

    @Test
    void categoriesWithoutAClassOfTheirOwnGiveNone() {
        var spans = List.of(
                span(AssistanceCategory.SEVERELY_DISABLED, "2020-01-01", null),
                span(AssistanceCategory.STABLE_LIFTED, "2021-01-01", null),
                MONITORED_2023_ON);
        assertThat(AssistanceClassAsOf.resolve(spans, LocalDate.parse("2022-06-30")))
                .isEmpty();
        assertThat(AssistanceClassAsOf.resolve(spans, LocalDate.parse("2023-06-30"))
                        .orElseThrow()
                        .assistanceClass())
                .isEqualTo(3);
    }

    @Test
    void nothingBeforeTheFirstCategoryStarts() {
        assertThat(AssistanceClassAsOf.resolve(List.of(MONITORED_2023_ON), LocalDate.parse("2022-12-31")))
                .isEmpty();
    }

    static CategorySpan span(AssistanceCategory category, String from, String to) {
        return new CategorySpan(category, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "文号");
    }
}
