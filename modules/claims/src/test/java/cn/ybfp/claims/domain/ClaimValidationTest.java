package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.outpatient;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.pku;
import static cn.ybfp.claims.domain.Cases.special;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimValidationTest {

    private static InvalidCaseException rejection(Runnable construction) {
        Throwable thrown = catchThrowable(construction::run);
        assertThat(thrown).isInstanceOf(InvalidCaseException.class);
        return (InvalidCaseException) thrown;
    }

    @Test
    void outOfPolicyCostAboveTotalCostNamesClaimAndField() {
        assertThatThrownBy(() -> inpatient("c2", "2022-03-10", 2, "1000.00")
                        .outOfPolicy("1000.01")
                        .build())
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("费用明细 c2：目录外费用（outOfPolicyCost）不能大于总费用");
    }

    @Test
    void anEnglishPageReadsTheSameProblemsInEnglish() {
        InvalidCaseException refused = rejection(() -> inpatient("c2", "2022-03-10", 4, "1000.00")
                .outOfPolicy("1000.01")
                .build());

        assertThat(refused.refusal().in(Locale.ENGLISH))
                .isEqualTo("Claim c2: Hospital level (hospitalLevel) must be 1, 2 or 3; "
                        + "Claim c2: Out-of-catalogue cost (outOfPolicyCost) must not be greater than the total cost");
        assertThat(refused.refusal().in(Locale.CHINESE)).isEqualTo(refused.getMessage());
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> inpatient("c1", "2022-03-10", 2, "-1.00").build())
                .hasMessage("费用明细 c1：总费用（totalCost）不能为负数");
        assertThatThrownBy(() -> inpatient("c1", "2022-03-10", 2, "100.00")
                        .reduction("-5")
                        .build())
                .hasMessage("费用明细 c1：医疗机构减免（hospitalReduction）不能为负数");
    }

    @Test
    void inpatientNeedsAHospitalLevelFromOneToThree() {
        assertThatThrownBy(() -> new Claim(
                        "c1",
                        ClaimKind.INPATIENT,
                        LocalDate.of(2022, 3, 10),
                        null,
                        null,
                        false,
                        new BigDecimal("100"),
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessage("费用明细 c1：医疗机构级别（hospitalLevel）住院费用必须填写（1、2、3）");
        assertThatThrownBy(() -> inpatient("c1", "2022-03-10", 4, "100.00").build())
                .hasMessage("费用明细 c1：医疗机构级别（hospitalLevel）应为 1、2 或 3");
        assertThat(outpatient("c1", "2022-03-10", "100.00").build().hospitalLevel())
                .isNull();
    }

    @Test
    void reportsEveryProblemOfAClaimAtOnce() {
        InvalidCaseException e = rejection(() ->
                new Claim("c3", null, null, null, null, false, new BigDecimal("1.005"), null, null, null, null, null));

        assertThat(e.messages())
                .containsExactly(
                        "费用明细 c3：费用类别（kind）不能为空", "费用明细 c3：出院（就诊）日期（date）不能为空", "费用明细 c3：总费用（totalCost）最多两位小数");
    }

    @Test
    void missingOptionalFieldsMeanZeroAndNoReferral() {
        Claim claim = new Claim(
                "c1",
                ClaimKind.OUTPATIENT_CHRONIC,
                LocalDate.of(2022, 3, 10),
                null,
                null,
                false,
                new BigDecimal("100"),
                null,
                null,
                null,
                null,
                null);

        assertThat(claim.referral()).isEqualTo(Referral.NONE);
        assertThat(claim.totalCost()).isEqualTo(new BigDecimal("100.00"));
        assertThat(claim.outOfPolicyCost()).isEqualTo(new BigDecimal("0.00"));
        assertThat(claim.inPolicy()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aCaseRefusesDuplicateIdsAndClaimsBeforeBirth() {
        InvalidCaseException e = rejection(() -> new SettlementCase(
                "jl-2022",
                person("2015-01-01"),
                List.of(
                        inpatient("c1", "2022-03-10", 2, "100.00").build(),
                        inpatient("c1", "2014-03-10", 2, "100.00").build())));

        assertThat(e.messages()).containsExactly("费用明细 c1：编号（id）重复", "费用明细 c1：出院（就诊）日期（date）早于参保人出生日期");
    }

    @Test
    void unknownOrMissingSchemeIsRefusedBeforeAnythingIsSettled() {
        Schemes none = id -> Optional.empty();
        SettlementCase settlementCase = new SettlementCase(
                "xx-2030",
                person("1970-01-01"),
                List.of(inpatient("c1", "2022-03-10", 2, "100.00").build()));

        assertThatThrownBy(() -> new SettlementEngine(none).settle(settlementCase))
                .hasMessage("待遇政策方案（scheme）不存在：xx-2030");
        assertThatThrownBy(() -> new SettlementEngine(none).settle(settlementCase.withScheme(null)))
                .hasMessage("待遇政策方案（scheme）不能为空");
    }

    @Test
    void aDiseaseCodeIsMAndFiveDigitsOnOutpatientDiseaseClaimsOnly() {
        assertThat(special("c1", "2022-03-10", "100.00")
                        .disease("M07803")
                        .build()
                        .disease())
                .isEqualTo("M07803");
        assertThat(outpatient("c1", "2022-03-10", "100.00")
                        .disease(" M03900 ")
                        .build()
                        .disease())
                .isEqualTo("M03900");
        assertThat(special("c1", "2022-03-10", "100.00").disease("  ").build().disease())
                .isNull();
        for (String wrong : List.of("M3900", "M039000", "m03900", "X03900", "M0390A", "M03900 高血压")) {
            assertThatThrownBy(() ->
                            special("c1", "2022-03-10", "100.00").disease(wrong).build())
                    .as(wrong)
                    .isInstanceOf(InvalidCaseException.class)
                    .hasMessage("费用明细 c1：病种代码（disease）应为 M 加 5 位数字的医保门诊慢特病病种代码（如 M03900）：" + wrong);
        }
        assertThatThrownBy(() -> inpatient("c1", "2022-03-10", 2, "100.00")
                        .disease("M03900")
                        .build())
                .hasMessage("费用明细 c1：病种代码（disease）只用于门诊慢性病和门诊特殊疾病费用");
        assertThatThrownBy(() ->
                        pku("c1", "2022-03-10", "100.00").disease("M03900").build())
                .hasMessage("费用明细 c1：病种代码（disease）只用于门诊慢性病和门诊特殊疾病费用");
        assertThat(rejection(() -> inpatient("c1", "2022-03-10", 2, "100.00")
                                .disease("M3900")
                                .build())
                        .refusal()
                        .in(Locale.ENGLISH))
                .isEqualTo("Claim c1: Disease code (disease) must be the national outpatient chronic or special disease"
                        + " code, M and 5 digits (like M03900): M3900");
    }

    @Test
    void anAdmissionDateIsForInpatientClaimsAndWithinTheYearBeforeDischarge() {
        // discharged 2022-03-10: admitted from 2021-03-10 to 2022-03-10, both days included
        assertThat(inpatient("c1", "2022-03-10", 2, "100.00")
                        .admitted("2022-03-10")
                        .build()
                        .admissionDate())
                .isEqualTo(LocalDate.of(2022, 3, 10));
        assertThat(inpatient("c1", "2022-03-10", 2, "100.00")
                        .admitted("2021-03-10")
                        .build()
                        .admissionDate())
                .isEqualTo(LocalDate.of(2021, 3, 10));
        assertThatThrownBy(() -> inpatient("c1", "2022-03-10", 2, "100.00")
                        .admitted("2022-03-11")
                        .build())
                .hasMessage("费用明细 c1：入院日期（admissionDate）不能晚于出院日期（2022-03-10）");
        assertThatThrownBy(() -> inpatient("c1", "2022-03-10", 2, "100.00")
                        .admitted("2021-03-09")
                        .build())
                .hasMessage("费用明细 c1：入院日期（admissionDate）不能早于出院日期前一年（2021-03-10）");
        assertThatThrownBy(() -> special("c1", "2022-03-10", "100.00")
                        .admitted("2022-03-01")
                        .build())
                .hasMessage("费用明细 c1：入院日期（admissionDate）只用于住院费用");
        assertThatThrownBy(() -> outpatient("c1", "2022-03-10", "100.00")
                        .admitted("2022-03-01")
                        .build())
                .hasMessage("费用明细 c1：入院日期（admissionDate）只用于住院费用");
    }

    @Test
    void theNewFieldsAreReportedWithEveryOtherProblem() {
        InvalidCaseException e = rejection(() -> new Claim(
                "c5",
                ClaimKind.INPATIENT,
                LocalDate.of(2022, 3, 10),
                null,
                null,
                false,
                new BigDecimal("100"),
                null,
                null,
                null,
                "M03900",
                LocalDate.of(2022, 4, 1)));

        assertThat(e.messages())
                .containsExactly(
                        "费用明细 c5：医疗机构级别（hospitalLevel）住院费用必须填写（1、2、3）",
                        "费用明细 c5：病种代码（disease）只用于门诊慢性病和门诊特殊疾病费用",
                        "费用明细 c5：入院日期（admissionDate）不能晚于出院日期（2022-03-10）");
    }
}
