package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Referral;
import java.math.BigDecimal;
import java.util.List;

/**
 * Tilted assistance (倾斜救助): 对规范转诊且在省域内就医的救助对象，经三重制度综合保障后政策范围内个人负担仍然较重的，
 * 给予倾斜救助…倾斜救助不计入年度救助限额 (吉政办发〔2022〕16号 四（六）; 医保发〔2021〕10号 三（七）). Inpatient, in
 * province, not a non-compliant referral, for the classes the scheme lists: the scheme's ratio on the part of the
 * yearly burden (in-policy self-pay after assistance, summed over the qualifying claims) above a threshold.
 */
final class TiltedAssistanceLayer implements Layer {

    private static final String HEAD = "倾斜救助（不计入年度救助限额）：";

    @Override
    public void apply(ClaimSettlement s) {
        Scheme.TiltedAssistance rules = s.scheme.tiltedAssistance();
        if (rules == null) {
            return;
        }
        String refusal = refusal(s, rules);
        if (refusal != null) {
            s.line(HEAD + refusal);
            return;
        }
        BigDecimal before = s.year.tiltedBurden;
        BigDecimal after = before.add(s.selfPayAfterInsurance().subtract(s.assistance));
        SegmentTable table = rules.table();
        List<SegmentTable.Portion> portions = table.portions(before, after);
        Capped paid = Capped.of(table.payment(portions), rules.yearlyCap(), s.year.tiltedPaid);
        s.tilted = paid.amount();
        s.year.tiltedBurden = after;
        s.year.tiltedPaid = s.year.tiltedPaid.add(s.tilted);
        s.line(HEAD + "三重制度保障后本年政策范围内个人负担累计 " + Texts.yuan(after)
                + Texts.aboveThreshold(portions, rules.threshold(), rules.ratio(), "救助") + "，支付 "
                + Texts.yuan(s.tilted) + paid.note("倾斜救助年度限额"));
    }

    /** Why this claim gets no tilted assistance, or {@code null} when it qualifies. */
    private static String refusal(ClaimSettlement s, Scheme.TiltedAssistance rules) {
        if (!s.claim.isInpatient()) {
            return s.claim.kind().label() + "费用不纳入倾斜救助";
        }
        if (s.claim.outOfProvince()) {
            return "省外就医，不予倾斜救助";
        }
        if (s.claim.referral() == Referral.NON_COMPLIANT) {
            return "未按规定转诊，不予倾斜救助";
        }
        if (s.assistanceClass.isEmpty()) {
            return "非医疗救助对象，不予倾斜救助";
        }
        if (!rules.classes().contains(s.assistanceClass.getAsInt())) {
            return Texts.numeral(s.assistanceClass.getAsInt()) + "类救助对象不享受倾斜救助";
        }
        return null;
    }
}
