package cn.ybfp.register.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.AssistanceCategory;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowCheckTest {

    private final RowCheck check = new RowCheck(Set.of("220112001", "220122100"), code -> code.startsWith("220112"));

    @Test
    void acceptsAGoodRowAndParsesIt() {
        StagedRow staged = check.check(row("220112197808050312", "李建国", "低保户", "220112001", "2022/3/1", "2026年6月30日"));
        assertThat(staged.rejected()).isFalse();
        assertThat(staged.category).isEqualTo(AssistanceCategory.LOW_INCOME_GUARANTEE);
        assertThat(staged.recognisedDate).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(staged.endDate).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(staged.residentId.birthDate()).isEqualTo(LocalDate.of(1978, 8, 5));
    }

    @Test
    void givesEachRejectionItsOwnReasonInTheOrderAClerkFixesThem() {
        assertThat(reason(row("220112197808050313", "李建国", "低保", "220112001", "2022-03-01", null)))
                .isEqualTo("身份证号校验位错误");
        assertThat(reason(row("220112197808050312", null, "低保", "220112001", "2022-03-01", null)))
                .isEqualTo("姓名为空");
        assertThat(reason(row("220112197808050312", "李建国", "低保", "220112999", "2022-03-01", null)))
                .isEqualTo("行政区划代码不存在或不是乡镇（街道）");
        assertThat(reason(row("220112197808050312", "李建国", "低保", "220112", "2022-03-01", null)))
                .isEqualTo("行政区划代码不存在或不是乡镇（街道）");
        assertThat(reason(row("220112197808050312", "李建国", "低保", "220122100", "2022-03-01", null)))
                .isEqualTo("行政区划不在您的辖区内");
        assertThat(reason(row("220112197808050312", "李建国", "脱贫户", "220112001", "2022-03-01", null)))
                .isEqualTo("救助对象类别无法识别");
        assertThat(reason(row("220112197808050312", "李建国", "低保", "220112001", "2022-02-30", null)))
                .isEqualTo("认定日期无效");
        assertThat(reason(row("220112197808050312", "李建国", "低保", "220112001", "2022-03-01", "2021-12-31")))
                .isEqualTo("终止日期无效或早于认定日期");
    }

    private String reason(ExchangeRow row) {
        return check.check(row).rejection();
    }

    private static ExchangeRow row(String id, String name, String category, String division, String from, String to) {
        return new ExchangeRow(2, id, name, category, division, from, to, null);
    }
}
