package cn.ybfp.claims.domain;

import cn.ybfp.kernel.AssistanceCategory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one pooling region for one year (待遇政策方案): every value the layers use, as data, so that a
 * province supervisor can change a scheme without changing code. The seed documents fix the shape and the bounds;
 * a scheme fills in the values. Loaded from the JSON files under {@code schemes/} (shape: the module's README).
 *
 * @param basis             the documents the scheme implements, for the bill's header
 * @param tiltedAssistance  {@code null} where the scheme has no tilted assistance (倾斜救助)
 * @param reassistance      {@code null} where the scheme has no re-assistance (再救助)
 * @param pkuSpecialFood    {@code null} where the scheme pays no PKU special food
 */
public record Scheme(
        String id,
        String name,
        String basis,
        BasicInsurance basic,
        CriticalIllness criticalIllness,
        MedicalAssistance assistance,
        TiltedAssistance tiltedAssistance,
        Reassistance reassistance,
        PkuSpecialFood pkuSpecialFood) {

    public Scheme {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("scheme id must be lower-case letters, digits and dashes: " + id);
        }
        requirePresent("basic", basic);
        requirePresent("criticalIllness", criticalIllness);
        requirePresent("assistance", assistance);
    }

    public record BasicInsurance(
            Inpatient inpatient, OutpatientChronic outpatientChronic, OutpatientSpecial outpatientSpecial) {

        public BasicInsurance {
            requirePresent("inpatient", inpatient);
            requirePresent("outpatientChronic", outpatientChronic);
            requirePresent("outpatientSpecial", outpatientSpecial);
        }
    }

    /** Deductible and ratio by hospital level (1–3), the yearly cap and the ratio penalties. */
    public record Inpatient(
            Map<Integer, LevelRule> levels,
            BigDecimal yearlyCap,
            BigDecimal nonCompliantReferralPenalty,
            BigDecimal outOfProvincePenalty) {

        public Inpatient {
            levels = Map.copyOf(levels);
            for (int level = 1; level <= 3; level++) {
                requirePresent("levels." + level, levels.get(level));
            }
            requireAmount("yearlyCap", yearlyCap);
            requireRatio("nonCompliantReferralPenalty", nonCompliantReferralPenalty);
            requireRatio("outOfProvincePenalty", outOfProvincePenalty);
        }
    }

    public record LevelRule(BigDecimal deductible, BigDecimal ratio) {

        public LevelRule {
            requireAmount("deductible", deductible);
            requireRatio("ratio", ratio);
        }
    }

    public record OutpatientChronic(BigDecimal ratio, BigDecimal yearlyCap) {

        public OutpatientChronic {
            requireRatio("ratio", ratio);
            requireAmount("yearlyCap", yearlyCap);
        }
    }

    /**
     * Outpatient special diseases (门诊特殊疾病): one deductible a year for all special-disease claims together and a
     * ratio; paid inside the inpatient yearly cap ({@link Inpatient#yearlyCap()}), without the referral penalties.
     */
    public record OutpatientSpecial(BigDecimal deductible, BigDecimal ratio) {

        public OutpatientSpecial {
            requireAmount("deductible", deductible);
            requireRatio("ratio", ratio);
        }
    }

    /** The ordinary table, and who pays by the preferential one (倾斜支付). */
    public record CriticalIllness(SegmentTable ordinary, Preferential preferential) {

        public CriticalIllness {
            requirePresent("ordinary", ordinary);
            requirePresent("preferential", preferential);
        }

        public boolean isPreferential(Person person) {
            return person.holdsAny(preferential.categories());
        }

        public SegmentTable tableFor(Person person) {
            return isPreferential(person) ? preferential.tableFrom(ordinary) : ordinary;
        }
    }

    /**
     * Either a table of its own ({@code table}, Shandong: used as it stands), or the ordinary table adjusted by
     * {@code deductibleFactor} and {@code ratioBonus} with its own {@code yearlyCap} ({@code null}: no cap).
     */
    public record Preferential(
            Set<AssistanceCategory> categories,
            BigDecimal deductibleFactor,
            BigDecimal ratioBonus,
            BigDecimal yearlyCap,
            SegmentTable table) {

        public Preferential {
            categories = Set.copyOf(categories);
            if ((table == null) == (deductibleFactor == null || ratioBonus == null)) {
                throw new IllegalArgumentException(
                        "preferential needs either a table or deductibleFactor and ratioBonus, not both");
            }
            if (table == null) {
                requireRatio("deductibleFactor", deductibleFactor);
                requireRatio("ratioBonus", ratioBonus);
            }
        }

        /** Whether the deductible is the ordinary one adjusted (and how), for the rule line. */
        public boolean hasOwnTable() {
            return table != null;
        }

        SegmentTable tableFrom(SegmentTable ordinary) {
            return table != null ? table : ordinary.preferential(deductibleFactor, ratioBonus, yearlyCap);
        }
    }

    /**
     * Classes of assistance (救助类别), which class each category gives, and the children's bonus
     * ({@code childBonus == null}: none).
     */
    public record MedicalAssistance(
            Map<Integer, AssistanceClass> classes,
            Map<AssistanceCategory, Integer> categoryClasses,
            ChildBonus childBonus) {

        public MedicalAssistance {
            classes = Map.copyOf(classes);
            categoryClasses = Map.copyOf(categoryClasses);
            for (Integer assistanceClass : categoryClasses.values()) {
                requirePresent("classes." + assistanceClass, classes.get(assistanceClass));
            }
        }
    }

    /**
     * {@code ratio} is for inpatient and outpatient special-disease claims, {@code outpatientRatio} for outpatient
     * chronic ones (0: the class gets no outpatient chronic assistance).
     */
    public record AssistanceClass(
            BigDecimal deductible, BigDecimal ratio, BigDecimal outpatientRatio, BigDecimal yearlyLimit) {

        public AssistanceClass {
            requireAmount("deductible", deductible);
            requireRatio("ratio", ratio);
            requireRatio("outpatientRatio", outpatientRatio);
            requireAmount("yearlyLimit", yearlyLimit);
        }
    }

    public record ChildBonus(int ageLimit, BigDecimal ratioBonus) {

        public ChildBonus {
            requireRatio("ratioBonus", ratioBonus);
        }
    }

    public record TiltedAssistance(Set<Integer> classes, BigDecimal threshold, BigDecimal ratio, BigDecimal yearlyCap) {

        public TiltedAssistance {
            classes = Set.copyOf(classes);
            requireAmount("threshold", threshold);
            requireRatio("ratio", ratio);
            requireAmount("yearlyCap", yearlyCap);
        }

        public SegmentTable table() {
            return SegmentTable.above(threshold, ratio, yearlyCap);
        }
    }

    public record Reassistance(
            Set<AssistanceCategory> categories, BigDecimal threshold, BigDecimal ratio, BigDecimal yearlyCap) {

        public Reassistance {
            categories = Set.copyOf(categories);
            requireAmount("threshold", threshold);
            requireRatio("ratio", ratio);
            requireAmount("yearlyCap", yearlyCap);
        }

        public SegmentTable table() {
            return SegmentTable.above(threshold, ratio, yearlyCap);
        }
    }

    /** Children up to {@code childAgeLimit} (inclusive) get the {@code children} band, older patients {@code adults}. */
    public record PkuSpecialFood(int childAgeLimit, PkuBand children, PkuBand adults) {

        public PkuSpecialFood {
            requirePresent("children", children);
            requirePresent("adults", adults);
        }

        public PkuBand bandFor(int age) {
            return age <= childAgeLimit ? children : adults;
        }
    }

    public record PkuBand(BigDecimal ratio, BigDecimal yearlyCap) {

        public PkuBand {
            requireRatio("ratio", ratio);
            requireAmount("yearlyCap", yearlyCap);
        }
    }

    static void requirePresent(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("scheme parameter missing: " + name);
        }
    }

    static void requireAmount(String name, BigDecimal value) {
        requirePresent(name, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("scheme amount must not be negative: " + name);
        }
    }

    /** Ratios, penalties and bonuses are all shares between 0 and 1. */
    static void requireRatio(String name, BigDecimal value) {
        requirePresent(name, value);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("scheme ratio must be between 0 and 1: " + name + " = " + value);
        }
    }
}
