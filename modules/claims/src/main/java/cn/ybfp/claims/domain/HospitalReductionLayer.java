package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * Hospital reduction and supplementary commercial insurance (医疗机构减免、医疗商业补充保险), the fourth and fifth of
 * Shandong's "五重保障", settled in the same one bill (实现与医疗机构减免、建档立卡贫困人口医疗商业补充保险等政策间的
 * 有机衔接, 鲁医保发〔2019〕69号 一（二）; 一站式服务、一窗口办理、一单制结算, 同文 二（三）2). The hospital and the
 * insurer report the amounts with the claim; they are taken as given, but never more than the in-policy cost still
 * left to the patient, because out-of-catalogue cost is paid by nobody (吉医保发〔2019〕52号 二（一）).
 */
final class HospitalReductionLayer implements Layer {

    @Override
    public void apply(ClaimSettlement s) {
        BigDecimal reportedReduction = s.claim.hospitalReduction();
        BigDecimal reportedSupplementary = s.claim.supplementaryInsurance();
        if (reportedReduction.signum() == 0 && reportedSupplementary.signum() == 0) {
            s.line("医疗机构减免、商业补充保险：未申报");
            return;
        }
        s.hospitalReduction = Money.min(reportedReduction, s.inPolicyLeft());
        s.supplementaryInsurance = Money.min(reportedSupplementary, s.inPolicyLeft());
        s.line("医疗机构减免 " + Texts.yuan(s.hospitalReduction) + limited(reportedReduction, s.hospitalReduction)
                + "，商业补充保险 " + Texts.yuan(s.supplementaryInsurance)
                + limited(reportedSupplementary, s.supplementaryInsurance));
    }

    private static String limited(BigDecimal reported, BigDecimal taken) {
        return reported.compareTo(taken) == 0 ? "" : "（申报 " + Texts.yuan(reported) + "，以政策范围内个人负担为限）";
    }
}
