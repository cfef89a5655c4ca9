package cn.ybfp.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The uploader applies alone up to 100 changed rows; above that another clerk must. */
class SecondClerkRuleTest {

    @Test
    void theUploaderAppliesAloneUpToTheLimit() {
        assertThat(SecondClerkRule.needsSecondClerk("xq-a", "xq-a", 100, 100)).isFalse();
        assertThat(SecondClerkRule.needsSecondClerk("xq-a", "xq-a", 0, 100)).isFalse();
    }

    @Test
    void aboveTheLimitTheUploaderNeedsASecondClerk() {
        assertThat(SecondClerkRule.needsSecondClerk("xq-a", "xq-a", 101, 100)).isTrue();
    }

    @Test
    void anotherClerkAppliesAnyList() {
        assertThat(SecondClerkRule.needsSecondClerk("xq-b", "xq-a", 1_000_000, 100))
                .isFalse();
    }
}
