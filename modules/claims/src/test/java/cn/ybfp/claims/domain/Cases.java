package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.infrastructure.JsonSchemes;
import cn.ybfp.kernel.AssistanceCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds claims and persons for the tests in a few words, and settles them under the shipped demo schemes. */
final class Cases {

    private static final JsonSchemes SCHEMES = new JsonSchemes();

    private Cases() {}

    static Scheme scheme(String id) {
        return SCHEMES.require(id);
    }

    static List<Bill> settle(String schemeId, Person person, ClaimBuilder... claims) {
        return SettlementEngine.settle(
                scheme(schemeId),
                person,
                Arrays.stream(claims).map(ClaimBuilder::build).toList());
    }

    /** The bill of the only (or the last) claim settled. */
    static Bill settleLast(String schemeId, Person person, ClaimBuilder... claims) {
        List<Bill> bills = settle(schemeId, person, claims);
        return bills.get(bills.size() - 1);
    }

    static Person person(String birthDate, AssistanceCategory... categories) {
        return new Person(Set.of(categories), LocalDate.parse(birthDate));
    }

    /** An adult with no identity: an ordinary insured person. */
    static Person ordinary() {
        return person("1970-01-01");
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    static ClaimBuilder inpatient(String id, String date, int level, String totalCost) {
        return new ClaimBuilder(id, ClaimKind.INPATIENT, date, level, totalCost);
    }

    static ClaimBuilder outpatient(String id, String date, String totalCost) {
        return new ClaimBuilder(id, ClaimKind.OUTPATIENT_CHRONIC, date, null, totalCost);
    }

    static ClaimBuilder special(String id, String date, String totalCost) {
        return new ClaimBuilder(id, ClaimKind.OUTPATIENT_SPECIAL, date, null, totalCost);
    }

    static ClaimBuilder pku(String id, String date, String totalCost) {
        return new ClaimBuilder(id, ClaimKind.SPECIAL_FOOD_PKU, date, null, totalCost);
    }

    static final class ClaimBuilder {

        private final String id;
        private final ClaimKind kind;
        private final LocalDate date;
        private final Integer level;
        private final BigDecimal totalCost;
        private BigDecimal outOfPolicyCost = BigDecimal.ZERO;
        private Referral referral = Referral.NONE;
        private boolean outOfProvince;
        private BigDecimal hospitalReduction = BigDecimal.ZERO;
        private BigDecimal supplementaryInsurance = BigDecimal.ZERO;
        private String disease;
        private LocalDate admissionDate;

        private ClaimBuilder(String id, ClaimKind kind, String date, Integer level, String totalCost) {
            this.id = id;
            this.kind = kind;
            this.date = LocalDate.parse(date);
            this.level = level;
            this.totalCost = new BigDecimal(totalCost);
        }

        ClaimBuilder outOfPolicy(String amount) {
            outOfPolicyCost = new BigDecimal(amount);
            return this;
        }

        ClaimBuilder referral(Referral value) {
            referral = value;
            return this;
        }

        ClaimBuilder outOfProvince() {
            outOfProvince = true;
            return this;
        }

        ClaimBuilder reduction(String amount) {
            hospitalReduction = new BigDecimal(amount);
            return this;
        }

        ClaimBuilder supplementary(String amount) {
            supplementaryInsurance = new BigDecimal(amount);
            return this;
        }

        ClaimBuilder disease(String code) {
            disease = code;
            return this;
        }

        ClaimBuilder admitted(String date) {
            admissionDate = LocalDate.parse(date);
            return this;
        }

        Claim build() {
            return new Claim(
                    id,
                    kind,
                    date,
                    level,
                    referral,
                    outOfProvince,
                    totalCost,
                    outOfPolicyCost,
                    hospitalReduction,
                    supplementaryInsurance,
                    disease,
                    admissionDate);
        }
    }
}
