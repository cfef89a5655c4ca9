package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Re-assistance (再救助): 对贫困人口一个医疗年度内因住院发生的符合政策范围内的费用，经基本医保、大病保险、医疗救助、
 * 医疗机构减免、医疗商业补充保险"五重保障"报销后剩余个人承担的部分，超过5000元以上的部分按照70%的比例给予再救助，
 * 年度累计救助限额不超过2万元 (鲁医保发〔2019〕69号 二（二）3 四是). Inpatient claims of the categories the scheme
 * lists; the yearly rest is summed over those claims.
 */
final class ReassistanceLayer implements Layer {

    private static final String HEAD = "再救助：";

    @Override
    public void apply(ClaimSettlement s) {
        Scheme.Reassistance rules = s.scheme.reassistance();
        if (rules == null) {
            return;
        }
        if (!s.claim.isInpatient()) {
            s.line(HEAD + s.claim.kind().label() + "费用不纳入再救助");
            return;
        }
        if (!s.person.holdsAny(rules.categories())) {
            s.line(HEAD + "非再救助对象，不予再救助");
            return;
        }
        // What no layer has paid yet; tilted assistance is subtracted too, so that a scheme with both layers
        // could never pay the same yuan twice (no demo scheme has both).
        BigDecimal rest = Money.max(Money.ZERO, s.inPolicyLeft());
        BigDecimal before = s.year.reassistanceRest;
        BigDecimal after = before.add(rest);
        SegmentTable table = rules.table();
        List<SegmentTable.Portion> portions = table.portions(before, after);
        Capped paid = Capped.of(table.payment(portions), rules.yearlyCap(), s.year.reassistancePaid);
        s.reassistance = paid.amount();
        s.year.reassistanceRest = after;
        s.year.reassistancePaid = s.year.reassistancePaid.add(s.reassistance);
        s.line(HEAD + "五重保障后本年政策范围内个人负担累计 " + Texts.yuan(after)
                + Texts.aboveThreshold(portions, rules.threshold(), rules.ratio(), "再救助") + "，支付 "
                + Texts.yuan(s.reassistance) + paid.note("再救助年度限额"));
    }
}
