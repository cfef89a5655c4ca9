package cn.ybfp.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.schemes.SchemeBreach;
import cn.ybfp.supervision.api.SchemeBoundValues;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo bounds (income 30,000; 5 %, 70 / 60 / 50 %, +10 points; 50 %, 60 % ± 5, ×0.5, +5) on jl-2022's values. */
class SchemeBoundsRuleTest {

    static final SchemeBoundValues DEMO = new SchemeBoundValues(
            bd("30000.00"),
            bd("0.05"),
            bd("0.70"),
            bd("0.60"),
            bd("0.50"),
            bd("0.10"),
            bd("0.50"),
            bd("0.60"),
            bd("0.05"),
            bd("0.5"),
            bd("0.05"));

    static Map<String, String> jl2022() {
        Map<String, String> v = new HashMap<>();
        v.put("assistance.classes.1.deductible", "0.00");
        v.put("assistance.classes.1.ratio", "1.00");
        v.put("assistance.classes.2.deductible", "0.00");
        v.put("assistance.classes.2.ratio", "0.70");
        v.put("assistance.classes.3.ratio", "0.60");
        v.put("assistance.classes.4.ratio", "0.50");
        v.put("assistance.classes.4.yearlyLimit", "15000.00");
        v.put("assistance.childBonus.ratioBonus", "0.10");
        v.put("criticalIllness.ordinary.deductible", "15000.00");
        v.put("criticalIllness.ordinary.segments[0].ratio", "0.60");
        v.put("criticalIllness.preferential.deductibleFactor", "0.5");
        v.put("criticalIllness.preferential.ratioBonus", "0.05");
        v.put("basic.inpatient.levels.1.deductible", "200.00");
        return v;
    }

    @Test
    void theDemoSchemeIsWithinTheBounds() {
        assertThat(SchemeBoundsRule.check(DEMO, jl2022(), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void eachAssistanceFloorIsAFloorWithItsClause() {
        Map<String, String> v = jl2022();
        v.put("assistance.classes.1.deductible", "100.00"); // class 1: no deductible
        v.put("assistance.classes.1.ratio", "0.95"); // class 1: 100 %
        v.put("assistance.classes.2.deductible", "1500.01"); // 5 % of 30,000 = 1,500.00: a fen over
        v.put("assistance.classes.2.ratio", "0.69");
        v.put("assistance.classes.3.ratio", "0.59");
        v.put("assistance.classes.4.ratio", "0.49");
        v.put("assistance.childBonus.ratioBonus", "0.09");
        List<SchemeBreach> breaches = SchemeBoundsRule.check(DEMO, v, Map.of(), Map.of());
        assertThat(breaches)
                .filteredOn(SchemeBreach::floor)
                .extracting(SchemeBreach::rule)
                .containsExactlyInAnyOrder(
                        "class1.deductible",
                        "class1.ratio",
                        "class2.deductible",
                        "class2.ratio",
                        "class3.ratio",
                        "class4.ratio",
                        "child.bonus");
        assertThat(breaches)
                .filteredOn(SchemeBreach::floor)
                .allMatch(b -> b.clause().equals("吉政办发〔2022〕16号 四（五）"));
        // exactly at the bound is within it: 1,500.00 and 0.70
        v.put("assistance.classes.2.deductible", "1500.00");
        v.put("assistance.classes.2.ratio", "0.70");
        assertThat(SchemeBoundsRule.check(DEMO, v, Map.of(), Map.of()))
                .extracting(SchemeBreach::rule)
                .doesNotContain("class2.deductible", "class2.ratio");
    }

    @Test
    void criticalIllnessAHigherDeductibleIsAFloorALowerOneAndTheRatioAreWarnings() {
        Map<String, String> v = jl2022();
        v.put("criticalIllness.ordinary.deductible", "15000.01"); // over 50 % of 30,000: under-protection
        assertThat(SchemeBoundsRule.check(DEMO, v, Map.of(), Map.of()))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.rule()).isEqualTo("ci.deductible");
                    assertThat(b.floor()).isTrue();
                    assertThat(b.clause()).isEqualTo("医保发〔2021〕10号 三（六）");
                });
        v.put("criticalIllness.ordinary.deductible", "12000.00"); // lower: over-protection, a warning
        v.put("criticalIllness.ordinary.segments[0].ratio", "0.66"); // 60 % ± 5: 66 % is out, 65 % in
        v.put("criticalIllness.preferential.deductibleFactor", "0.6"); // not halved: a floor
        v.put("criticalIllness.preferential.ratioBonus", "0.04"); // under +5 points: a floor
        List<SchemeBreach> breaches = SchemeBoundsRule.check(DEMO, v, Map.of(), Map.of());
        assertThat(breaches)
                .extracting(SchemeBreach::rule, SchemeBreach::floor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ci.deductible", false),
                        org.assertj.core.groups.Tuple.tuple("ci.ratio", false),
                        org.assertj.core.groups.Tuple.tuple("ci.preferentialFactor", true),
                        org.assertj.core.groups.Tuple.tuple("ci.preferentialBonus", true));
        v.put("criticalIllness.ordinary.segments[0].ratio", "0.65");
        assertThat(SchemeBoundsRule.check(DEMO, v, Map.of(), Map.of()))
                .extracting(SchemeBreach::rule)
                .doesNotContain("ci.ratio");
    }

    @Test
    void aClass3RatioNotBelowClass2sIsAWarning() {
        Map<String, String> v = jl2022();
        v.put("assistance.classes.3.ratio", "0.70"); // equal to class 2's 0.70: not "slightly lower"
        assertThat(SchemeBoundsRule.check(DEMO, v, Map.of(), Map.of()))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.rule()).isEqualTo("class3.belowClass2");
                    assertThat(b.floor()).isFalse();
                    assertThat(b.clause()).isEqualTo("医保发〔2021〕10号 三（七）");
                });
    }

    @Test
    void aValueLoweredAgainstLastYearAndTwoYearsRunningIsAWarning() {
        Map<String, String> before = jl2022();
        before.put("assistance.classes.4.yearlyLimit", "16000.00");
        before.put("basic.inpatient.levels.1.deductible", "180.00");
        Map<String, String> last = jl2022(); // limit 15,000 (down from 16,000), deductible 200 (up from 180)
        Map<String, String> now = jl2022();
        now.put("assistance.classes.4.yearlyLimit", "14000.00"); // down again: two years running
        now.put("basic.inpatient.levels.1.deductible", "200.00"); // unchanged this year: no warning
        now.put("assistance.classes.1.ratio", "1.00");
        List<SchemeBreach> breaches = SchemeBoundsRule.check(DEMO, now, last, before);
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("drop.twice");
            assertThat(b.path()).isEqualTo("assistance.classes.4.yearlyLimit");
            assertThat(b.bound()).isEqualTo("16000.00 → 15000.00");
            assertThat(b.clause()).isEqualTo("鲁医保发〔2019〕69号 一（三）");
            assertThat(b.floor()).isFalse();
        });
        // a higher deductible than last year is a drop in protection; a higher ratio is not
        assertThat(SchemeBoundsRule.lowered("basic.inpatient.levels.1.deductible", "220.00", "200.00"))
                .isTrue();
        assertThat(SchemeBoundsRule.lowered("assistance.classes.2.ratio", "0.75", "0.70"))
                .isFalse();
        assertThat(SchemeBoundsRule.lowered("assistance.categoryClasses.ORPHAN", "2", "1"))
                .isFalse();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
