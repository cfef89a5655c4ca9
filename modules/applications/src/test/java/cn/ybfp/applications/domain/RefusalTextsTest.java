package cn.ybfp.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The module's refusals by key, with their arguments (both bundles have the same keys: the portal's MessagesTest). */
class RefusalTextsTest {

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
}
