package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.kernel.AssistanceCategory;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Critical-illness insurance (大病保险), the second payer, on inpatient and outpatient special-disease claims (their
 * yearly cumulative in-policy self-pay after basic insurance counted together; outpatient chronic claims and PKU
 * special food are not counted), in segments ({@link SegmentTable}): 起付线…上年居民人均可支配收入的50%，政策范围内
 * 支付比例稳定在60%左右 (医保发〔2021〕10号 三（六）). Preferential persons (倾斜支付): 对特困人员、低保对象和返贫致贫
 * 人口实施起付线降低50%、报销比例提高5个百分点、逐步取消封顶线 (同文 三（六）; 吉政办发〔2022〕16号 三（三）), or a table
 * of their own where the scheme gives one (贫困人口起付标准统一降至5000元…65%/75%/85%…取消封顶线,
 * 鲁医保发〔2019〕69号 二（二）2).
 */
final class CriticalIllnessLayer implements Layer {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public void apply(ClaimSettlement s) {
        if (!counted(s.claim.kind())) {
            s.line("大病保险：" + s.claim.kind().label() + "费用不纳入大病保险，不支付");
            return;
        }
        Scheme.CriticalIllness rules = s.scheme.criticalIllness();
        SegmentTable table = rules.tableFor(s.person);
        BigDecimal before = s.year.criticalIllnessBase;
        BigDecimal after = before.add(s.inPolicy().subtract(s.basic));
        List<SegmentTable.Portion> portions = table.portions(before, after);
        Capped paid = Capped.of(table.payment(portions), table.yearlyCap(), s.year.criticalIllnessPaid);
        s.criticalIllness = paid.amount();
        s.year.criticalIllnessBase = after;
        s.year.criticalIllnessPaid = s.year.criticalIllnessPaid.add(s.criticalIllness);

        String deductible = "起付线 " + Texts.yuan(table.deductible())
                + (rules.isPreferential(s.person) ? "（" + preferentialNote(rules.preferential()) + "）" : "");
        String head = "大病保险：累计合规费用 " + Texts.yuan(after) + "，" + deductible;
        if (portions.isEmpty()) {
            s.line(head + (after.compareTo(table.deductible()) <= 0 ? "，未超过起付线" : "，本次无新增合规费用") + "，不支付");
            return;
        }
        s.line(head + "，" + segmentsText(portions) + "，支付 " + Texts.yuan(s.criticalIllness) + paid.note("大病保险年度封顶线"));
    }

    /** Inpatient and outpatient special-disease claims are counted (SETTLEMENT.md, the layers, 2). */
    private static boolean counted(ClaimKind kind) {
        return kind == ClaimKind.INPATIENT || kind == ClaimKind.OUTPATIENT_SPECIAL;
    }

    /** "特困/孤儿/低保/返贫致贫减半" for an adjusted table, "特困/低保/建档立卡/重度残疾倾斜支付" for an own one. */
    private static String preferentialNote(Scheme.Preferential preferential) {
        // in the order of the enum, as sorted; a loop, because a stream per claim is much code for the JIT to compile
        StringJoiner who = new StringJoiner("/");
        Set<AssistanceCategory> sorted = EnumSet.noneOf(AssistanceCategory.class);
        sorted.addAll(preferential.categories());
        for (AssistanceCategory category : sorted) {
            who.add(category.shortLabel());
        }
        if (preferential.hasOwnTable()) {
            return who + "倾斜支付";
        }
        return who
                + (preferential.deductibleFactor().compareTo(HALF) == 0
                        ? "减半"
                        : "按 " + Texts.percent(preferential.deductibleFactor()) + " 计");
    }

    /** "第一段 65%" within one segment; "第一段 60%（13,000.00 元）、第二段 70%（2,000.00 元）" across several. */
    private static String segmentsText(List<SegmentTable.Portion> portions) {
        if (portions.size() == 1) {
            SegmentTable.Portion only = portions.get(0);
            return "第" + Texts.numeral(only.index() + 1) + "段 " + Texts.percent(only.ratio());
        }
        StringJoiner text = new StringJoiner("、");
        for (SegmentTable.Portion p : portions) {
            text.add("第" + Texts.numeral(p.index() + 1) + "段 " + Texts.percent(p.ratio()) + "（" + Texts.yuan(p.base())
                    + "）");
        }
        return text.toString();
    }
}
