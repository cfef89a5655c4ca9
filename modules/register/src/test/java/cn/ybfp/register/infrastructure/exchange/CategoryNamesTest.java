package cn.ybfp.register.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.AssistanceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryNamesTest {

    @ParameterizedTest
    @EnumSource(AssistanceCategory.class)
    void readsTheCodeTheLabelAndTheShortLabel(AssistanceCategory category) {
        assertThat(CategoryNames.of(category.name())).contains(category);
        assertThat(CategoryNames.of(category.name().toLowerCase())).contains(category);
        assertThat(CategoryNames.of(category.label())).contains(category);
        assertThat(CategoryNames.of(category.shortLabel())).contains(category);
    }

    @ParameterizedTest
    @CsvSource({
        "低保户, LOW_INCOME_GUARANTEE",
        "城乡低保对象, LOW_INCOME_GUARANTEE",
        "最低生活保障对象, LOW_INCOME_GUARANTEE",
        "低保家庭, LOW_INCOME_GUARANTEE",
        "特困供养人员, EXTREMELY_POOR",
        "五保户, EXTREMELY_POOR",
        "特困人员（特困供养人员）, EXTREMELY_POOR",
        "孤儿, ORPHAN",
        "事实无人抚养儿童, ORPHAN",
        "孤儿（含事实无人抚养儿童）, ORPHAN",
        "建档立卡贫困户, REGISTERED_POOR",
        "建档立卡户, REGISTERED_POOR",
        "脱贫不稳定户, MONITORED_AT_RISK",
        "边缘易致贫户, MONITORED_AT_RISK",
        "突发严重困难户, MONITORED_AT_RISK",
        "监测对象, MONITORED_AT_RISK",
        "低保边缘户, MARGINAL_LOW_INCOME",
        "低保边缘家庭, MARGINAL_LOW_INCOME",
        "返贫致贫户, RETURNED_TO_POVERTY",
        "因病致贫人员, ILLNESS_IMPOVERISHED",
        "重度残疾人员, SEVERELY_DISABLED",
        "重残, SEVERELY_DISABLED",
        "稳定脱贫户, STABLE_LIFTED",
    })
    void readsTheNamesDepartmentsUse(String text, AssistanceCategory expected) {
        assertThat(CategoryNames.of(text)).contains(expected);
    }

    @Test
    void ignoresBlanksAndFullWidthForms() {
        assertThat(CategoryNames.of(" 低 保 户\u3000")).contains(AssistanceCategory.LOW_INCOME_GUARANTEE);
        assertThat(CategoryNames.of("ＬＯＷ＿ＩＮＣＯＭＥ＿ＧＵＡＲＡＮＴＥＥ")).contains(AssistanceCategory.LOW_INCOME_GUARANTEE);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "贫困", "脱贫户", "脱贫人口", "户", "低保特困", "低保/重残", "LOW_INCOME", "其他", "边缘户"})
    void leavesUnknownAndAmbiguousNamesUnmapped(String text) {
        assertThat(CategoryNames.of(text)).isEmpty();
    }
}
