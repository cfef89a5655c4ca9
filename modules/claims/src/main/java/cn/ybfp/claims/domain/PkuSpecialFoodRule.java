package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.Money;

/**
 * Special food for phenylketonuria (苯丙酮尿症特殊治疗食品), paid as medical assistance on the in-policy cost, for
 * every insured person, outside the yearly assistance limit: 18岁及以下患者按不低于75%比例给予救助，每人每年最高
 * 支付额度1.5万元；18岁以上患者…按70%比例给予救助、年度最高支付额度1.2万元 (鲁医保发〔2019〕69号 二（二）3 五是).
 * One yearly total counts against the band of the patient's age on each claim's date. Like all assistance, it is
 * not paid for a non-compliant referral.
 */
final class PkuSpecialFoodRule implements Layer {

    private static final String HEAD = "医疗救助（苯丙酮尿症特殊治疗食品，不计入年度救助限额）：";

    @Override
    public void apply(ClaimSettlement s) {
        if (s.claim.kind() != ClaimKind.SPECIAL_FOOD_PKU) {
            return;
        }
        Scheme.PkuSpecialFood rules = s.scheme.pkuSpecialFood();
        if (rules == null) {
            s.line(HEAD + "本方案未设此项救助，不支付");
            return;
        }
        if (s.claim.referral() == Referral.NON_COMPLIANT) {
            s.line(HEAD + "未按规定转诊，不纳入医疗救助");
            return;
        }
        Scheme.PkuBand band = rules.bandFor(s.age);
        Capped paid = Capped.of(Money.round(s.inPolicy().multiply(band.ratio())), band.yearlyCap(), s.year.pkuPaid);
        s.assistance = paid.amount();
        s.year.pkuPaid = s.year.pkuPaid.add(s.assistance);
        String ageBand = rules.childAgeLimit() + (s.age <= rules.childAgeLimit() ? " 周岁及以下" : " 周岁以上");
        s.line(HEAD + "政策范围内费用 " + Texts.yuan(s.inPolicy()) + "，" + ageBand + "，救助比例 "
                + Texts.percent(band.ratio()) + "，支付 " + Texts.yuan(s.assistance)
                + paid.note("年度最高支付额度"));
    }
}
