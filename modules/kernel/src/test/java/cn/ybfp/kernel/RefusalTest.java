package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal by key speaks the page's language, its arguments too; getMessage() is Chinese. */
class RefusalTest {

    private static final String TEXTS = "cn.ybfp.kernel.refusals";

    @Test
    void aFieldNameIsATextOfTheSameBundle() {
        var refusal = Refusal.of(TEXTS, "required", new Refusal.Text("field.name"));
        assertThat(refusal.in(Locale.CHINESE)).isEqualTo("姓名：不能为空");
        assertThat(refusal.in(Locale.ENGLISH)).isEqualTo("Name: must not be empty");
    }

    @Test
    void anEnumerationIsShownByItsLabelAndOtherArgumentsAsTheyAre() {
        // no portal bundle on the kernel's class path: the constant's own label() stands in
        var refusal = Refusal.of(TEXTS, "state", AssistanceCategory.ORPHAN, "2026-01-31");
        assertThat(refusal.in(Locale.CHINESE)).isEqualTo("本案当前为“孤儿”，2026-01-31");
        assertThat(refusal.in(Locale.ENGLISH)).isEqualTo("The case is \"孤儿\", 2026-01-31");
    }

    @Test
    void anExceptionByKeySaysItsChineseTextAndAnyLanguageOnRequest() {
        var e = new InvalidInputException("name", Refusal.of(TEXTS, "required", new Refusal.Text("field.name")));
        assertThat(e.getMessage()).isEqualTo("姓名：不能为空");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("Name: must not be empty");
        assertThat(new InvalidInputException("name", "姓名不能为空").message(Locale.ENGLISH))
                .isEqualTo("姓名不能为空");
    }

    @Test
    void aLanguageWithoutTextsFallsBackToChinese() {
        assertThat(Refusal.of(TEXTS, "required", new Refusal.Text("field.name")).in(Locale.FRENCH))
                .isEqualTo("姓名：不能为空");
    }

    @Test
    void aPartThatIsItselfSaidInALanguageIsSaidInTheSameOne() {
        var part = Refusal.of(TEXTS, "required", new Refusal.Text("field.name"));
        var whole = Refusal.of(TEXTS, "state", part, "2026-01-31");
        assertThat(whole.in(Locale.ENGLISH)).isEqualTo("The case is \"Name: must not be empty\", 2026-01-31");
    }

    @Test
    void formValuesNameTheFieldAndSayWhyInThePagesLanguage() {
        var label = Refusal.of(TEXTS, "field.members");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> FormValues.whole("三十一", "members", label, 1, 30));
        assertThat(e.field()).isEqualTo("members");
        assertThat(e.getMessage()).isEqualTo("家庭人口：应为 1–30 的整数");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("Household members: a whole number from 1 to 30");
    }
}
