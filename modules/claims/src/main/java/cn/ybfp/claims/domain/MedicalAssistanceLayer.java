package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * Medical assistance (医疗救助), the third payer, by class, on the in-policy self-pay left after the two insurances
 * (先保险后救助): 住院救助 by class with a yearly deductible, a ratio and a yearly limit (吉政办发〔2022〕16号 四（五）;
 * 医保发〔2021〕10号 三（七）; 鲁医保发〔2019〕69号 二（二）3 三是); 门诊慢性病救助…与住院救助共用年度救助限额
 * (吉政办发〔2022〕16号 四（六）); outpatient special-disease claims are assisted at the class's inpatient standard,
 * with the same yearly deductible and limit (同文 四（六）; SETTLEMENT.md); 未按规定转诊的救助对象，所发生的医疗费用
 * 原则上不纳入医疗救助范围 (同文 七（十三）).
 * A class whose ratio for this kind of claim is 0 pays nothing and leaves the yearly deductible untouched. PKU
 * special food is paid by {@link PkuSpecialFoodRule} instead.
 */
final class MedicalAssistanceLayer implements Layer {

    @Override
    public void apply(ClaimSettlement s) {
        if (s.claim.kind() == ClaimKind.SPECIAL_FOOD_PKU) {
            return;
        }
        String head = "医疗救助（" + s.claim.kind().label() + "）：";
        if (s.claim.referral() == Referral.NON_COMPLIANT) {
            s.line(head + "未按规定转诊，不纳入医疗救助");
            return;
        }
        if (s.assistanceClass.isEmpty()) {
            s.line(head + "非医疗救助对象，不予救助");
            return;
        }
        int assistanceClass = s.assistanceClass.getAsInt();
        Scheme.AssistanceClass rules = s.scheme.assistance().classes().get(assistanceClass);
        String who = Texts.numeral(assistanceClass) + "类救助对象";
        // inpatient and outpatient special disease: the class's (inpatient) ratio; outpatient chronic: its own
        boolean chronic = s.claim.kind() == ClaimKind.OUTPATIENT_CHRONIC;
        BigDecimal classRatio = chronic ? rules.outpatientRatio() : rules.ratio();
        if (classRatio.signum() == 0) {
            s.line(head + who + "无" + s.claim.kind().label() + "救助");
            return;
        }
        BigDecimal base = s.selfPayAfterInsurance();
        BigDecimal deductibleLeft = Money.max(Money.ZERO, rules.deductible().subtract(s.year.assistanceDeductibleMet));
        BigDecimal borne = Money.min(base, deductibleLeft);
        BigDecimal eligible = base.subtract(borne);
        s.year.assistanceDeductibleMet = s.year.assistanceDeductibleMet.add(borne);
        BigDecimal ratio =
                ChildRatioBonus.apply(classRatio, s.age, s.scheme.assistance().childBonus());
        Capped paid = Capped.of(Money.round(eligible.multiply(ratio)), rules.yearlyLimit(), s.year.assistancePaid);
        s.assistance = paid.amount();
        s.year.assistancePaid = s.year.assistancePaid.add(s.assistance);

        String deductible = rules.deductible().signum() == 0
                ? "不设起付线"
                : "年度起付线 " + Texts.yuan(rules.deductible()) + "（本次计入 " + Texts.yuan(borne) + "，尚余 "
                        + Texts.yuan(deductibleLeft.subtract(borne)) + "）";
        String ratioText = ratio.compareTo(classRatio) == 0
                ? Texts.percent(ratio)
                : Texts.percent(classRatio) + " + " + Texts.percent(ratio.subtract(classRatio)) + "（"
                        + s.scheme.assistance().childBonus().ageLimit() + " 周岁及以下儿童）= " + Texts.percent(ratio);
        String standard = s.claim.kind() == ClaimKind.OUTPATIENT_SPECIAL ? "（按住院救助标准）" : "";
        s.line(head + who + "，政策范围内个人自付 " + Texts.yuan(base) + "，" + deductible + "，救助比例 " + ratioText + standard
                + "，支付 " + Texts.yuan(s.assistance) + paid.note("年度救助限额"));
    }
}
