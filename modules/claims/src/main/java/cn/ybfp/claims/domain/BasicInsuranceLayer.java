package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * Basic medical insurance (基本医保), the first payer: 基本医保实施公平普惠保障政策 (医保发〔2021〕10号 二（二）),
 * 县域内政策范围内住院费用支付比例总体稳定在70%左右 (同文 三（五）), 门诊慢特病保障 (同文 三（五）). Only in-policy
 * cost is paid (突破医保目录范围产生的医疗费用…不予支付, 吉医保发〔2019〕52号 二（一）).
 * <ul>
 * <li>Inpatient: the level's deductible ({@link ContinuousDeductible} for a compliant referral), the level's ratio
 * less the scheme's penalties for a non-compliant referral and for an out-of-province stay without a compliant
 * referral, the yearly inpatient cap.</li>
 * <li>Outpatient chronic (门诊慢性病): the outpatient ratio and its own yearly cap, no deductible.</li>
 * <li>Outpatient special disease (门诊特殊疾病, 吉政办发〔2022〕16号 四（六）): one deductible a year for all the year's
 * special-disease claims together, the scheme's ratio, inside the inpatient yearly cap; no referral or
 * out-of-province penalty.</li>
 * <li>PKU special food: nothing; medical assistance pays it ({@link PkuSpecialFoodRule}).</li>
 * </ul>
 */
final class BasicInsuranceLayer implements Layer {

    @Override
    public void apply(ClaimSettlement s) {
        switch (s.claim.kind()) {
            case INPATIENT -> inpatient(s);
            case OUTPATIENT_CHRONIC -> outpatientChronic(s);
            case OUTPATIENT_SPECIAL -> outpatientSpecial(s);
            case SPECIAL_FOOD_PKU -> s.line("基本医保：苯丙酮尿症特殊治疗食品不属基本医保支付范围，不支付");
        }
    }

    private static void inpatient(ClaimSettlement s) {
        Scheme.Inpatient rules = s.scheme.basic().inpatient();
        int level = s.claim.hospitalLevel();
        BigDecimal levelDeductible = rules.levels().get(level).deductible();
        BigDecimal previous = s.year.lastInpatientDeductible;
        BigDecimal applied =
                Money.min(s.inPolicy(), ContinuousDeductible.due(levelDeductible, s.claim.referral(), previous));
        StringBuilder ratioText = new StringBuilder();
        BigDecimal ratio = ratio(s, rules, ratioText);
        Capped paid = Capped.of(
                Money.round(s.inPolicy().subtract(applied).multiply(ratio)),
                rules.yearlyCap(),
                s.year.basicInpatientPaid);
        s.basic = paid.amount();
        s.year.basicInpatientPaid = s.year.basicInpatientPaid.add(s.basic);
        s.year.lastInpatientDeductible = applied;

        String continuous =
                s.claim.referral() == Referral.COMPLIANT ? "；规范转诊连续计算，本年上次住院已计 " + Texts.yuan(previous) : "";
        String deductible = "起付线 " + Texts.yuan(levelDeductible) + "（" + Texts.numeral(level) + "级医院" + continuous + "）"
                + (applied.compareTo(levelDeductible) == 0 ? "" : "，本次计入起付线 " + Texts.yuan(applied));
        s.line("基本医保（住院）：政策范围内费用 " + Texts.yuan(s.inPolicy()) + "，" + deductible + "，报销比例 " + ratioText + "，支付 "
                + Texts.yuan(s.basic) + paid.note("基本医保年度封顶线"));
    }

    /** The level's ratio less the penalties, never below 0; explains the arithmetic into {@code text}. */
    private static BigDecimal ratio(ClaimSettlement s, Scheme.Inpatient rules, StringBuilder text) {
        BigDecimal levelRatio = rules.levels().get(s.claim.hospitalLevel()).ratio();
        BigDecimal ratio = levelRatio;
        text.append(Texts.percent(levelRatio));
        if (s.claim.referral() == Referral.NON_COMPLIANT) {
            ratio = ratio.subtract(rules.nonCompliantReferralPenalty());
            text.append(" − ")
                    .append(Texts.percent(rules.nonCompliantReferralPenalty()))
                    .append("（未按规定转诊）");
        }
        if (s.claim.outOfProvince() && s.claim.referral() != Referral.COMPLIANT) {
            ratio = ratio.subtract(rules.outOfProvincePenalty());
            text.append(" − ")
                    .append(Texts.percent(rules.outOfProvincePenalty()))
                    .append("（省外就医未规范转诊）");
        }
        ratio = Money.max(BigDecimal.ZERO, ratio);
        if (ratio.compareTo(levelRatio) != 0) {
            text.append(" = ").append(Texts.percent(ratio));
        }
        return ratio;
    }

    private static void outpatientChronic(ClaimSettlement s) {
        Scheme.OutpatientChronic rules = s.scheme.basic().outpatientChronic();
        Capped paid = Capped.of(
                Money.round(s.inPolicy().multiply(rules.ratio())), rules.yearlyCap(), s.year.basicOutpatientPaid);
        s.basic = paid.amount();
        s.year.basicOutpatientPaid = s.year.basicOutpatientPaid.add(s.basic);
        s.line("基本医保（门诊慢性病）：政策范围内费用 " + Texts.yuan(s.inPolicy()) + "，不设起付线，报销比例 " + Texts.percent(rules.ratio())
                + "，支付 " + Texts.yuan(s.basic) + paid.note("门诊慢性病年度限额"));
    }

    /**
     * The year's one special-disease deductible, less what the earlier special-disease claims of the year applied;
     * the payment counts against the inpatient yearly cap.
     */
    private static void outpatientSpecial(ClaimSettlement s) {
        Scheme.OutpatientSpecial rules = s.scheme.basic().outpatientSpecial();
        BigDecimal before = s.year.specialDeductibleApplied;
        BigDecimal due = Money.max(Money.ZERO, rules.deductible().subtract(before));
        BigDecimal applied = Money.min(s.inPolicy(), due);
        Capped paid = Capped.of(
                Money.round(s.inPolicy().subtract(applied).multiply(rules.ratio())),
                s.scheme.basic().inpatient().yearlyCap(),
                s.year.basicInpatientPaid);
        s.basic = paid.amount();
        s.year.basicInpatientPaid = s.year.basicInpatientPaid.add(s.basic);
        s.year.specialDeductibleApplied = before.add(applied);
        s.line("基本医保（门诊特殊疾病）：政策范围内费用 " + Texts.yuan(s.inPolicy()) + "，年度起付线 " + Texts.yuan(rules.deductible())
                + "（本年已计 " + Texts.yuan(before) + "，本次计入 " + Texts.yuan(applied) + "），报销比例 "
                + Texts.percent(rules.ratio()) + "，支付 " + Texts.yuan(s.basic) + paid.note("住院与门诊特殊疾病共用的基本医保年度封顶线"));
    }
}
