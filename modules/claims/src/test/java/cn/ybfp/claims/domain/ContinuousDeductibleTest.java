package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Referral;
import org.junit.jupiter.api.Test;

class ContinuousDeductibleTest {

    @Test
    void compliantReferralOwesTheRestOfTheLevelDeductible() {
        // 800 − 200 = 600; 200 − 800 → 0, never negative
        assertThat(ContinuousDeductible.due(yuan("800.00"), Referral.COMPLIANT, yuan("200.00")))
                .isEqualTo(yuan("600.00"));
        assertThat(ContinuousDeductible.due(yuan("200.00"), Referral.COMPLIANT, yuan("800.00")))
                .isEqualTo(yuan("0.00"));
        assertThat(ContinuousDeductible.due(yuan("800.00"), Referral.COMPLIANT, yuan("0.00")))
                .isEqualTo(yuan("800.00"));
    }

    @Test
    void otherReferralsOweTheWholeLevelDeductible() {
        assertThat(ContinuousDeductible.due(yuan("800.00"), Referral.NONE, yuan("200.00")))
                .isEqualTo(yuan("800.00"));
        assertThat(ContinuousDeductible.due(yuan("800.00"), Referral.NON_COMPLIANT, yuan("200.00")))
                .isEqualTo(yuan("800.00"));
    }
}
