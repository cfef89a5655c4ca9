package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * The basic deductible of a compliant referral is continuous (对按规定转诊的贫困患者，住院费用连续计算起付线,
 * 鲁医保发〔2019〕69号 二（二）5; 农村低收入人口按规定转诊…住院起付线连续计算, 医保发〔2021〕10号 四（十二）):
 * the patient pays only what the previous inpatient claim of the year left of this level's deductible.
 */
final class ContinuousDeductible {

    private ContinuousDeductible() {}

    /**
     * @param appliedOnPreviousInpatientClaim the deductible applied on the person's previous inpatient claim of the
     *                                        year (0 for the first one)
     */
    static BigDecimal due(BigDecimal levelDeductible, Referral referral, BigDecimal appliedOnPreviousInpatientClaim) {
        if (referral != Referral.COMPLIANT) {
            return levelDeductible;
        }
        return Money.max(Money.ZERO, levelDeductible.subtract(appliedOnPreviousInpatientClaim));
    }
}
