package cn.ybfp.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The module's refusals in both languages: the same keys, English without Chinese, arguments filled in. */
class RefusalTextsTest {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    void everyRefusalHasItsEnglishText() {
        var chinese = bundle(Locale.CHINESE);
        var english = bundle(Locale.ENGLISH);
        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        for (String key : english.keySet()) {
            assertThat(CHINESE.matcher(english.getString(key)).find()).as(key).isFalse();
        }
    }

    @Test
    void aStepRefusedInItsStateNamesStateAndAction() {
        var e = CaseRefusedException.of(null, "case.illegalStep", CaseState.PAID, CaseAction.PAY);
        assertThat(e.getMessage()).isEqualTo("本案当前为“已拨付”，不能“拨付”（可能已由他人办理，请刷新）");
        assertThat(e.message(Locale.ENGLISH)).startsWith("The case is \"");
    }

    @Test
    void fourEyesNamesTheClerkOfTheStepBefore() {
        assertThat(FourEyesRule.refusal("xq-a", "xq-b", "approve")).isNull();
        assertThat(FourEyesRule.refusal("xq-a", "xq-a", "approve").message(Locale.ENGLISH))
                .isEqualTo("Another clerk must approve (xq-a took the step before)");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                CaseRefusedException.TEXTS,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
