package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One claim while the layers settle it: the inputs every layer reads (scheme, person, claim, the person's year so
 * far) and the amounts the earlier layers have fixed. Each layer adds its amount and one rule line.
 */
final class ClaimSettlement {

    final Scheme scheme;
    final Person person;
    final Claim claim;
    final YearAccount year;
    final int age;
    final OptionalInt assistanceClass;

    BigDecimal basic = Money.ZERO;
    BigDecimal criticalIllness = Money.ZERO;
    BigDecimal assistance = Money.ZERO;
    BigDecimal tilted = Money.ZERO;
    BigDecimal hospitalReduction = Money.ZERO;
    BigDecimal supplementaryInsurance = Money.ZERO;
    BigDecimal reassistance = Money.ZERO;
    private final List<String> lines = new ArrayList<>();

    /** @param assistanceClass {@link AssistanceClassResolution#classOf} the person under the scheme */
    ClaimSettlement(Scheme scheme, Person person, OptionalInt assistanceClass, Claim claim, YearAccount year) {
        this.scheme = scheme;
        this.person = person;
        this.claim = claim;
        this.year = year;
        this.age = person.ageOn(claim.date());
        this.assistanceClass = assistanceClass;
        if (claim.disease() != null) {
            // the bill names the disease of an outpatient chronic or special claim first: "病种：M03900"
            lines.add("病种：" + claim.disease());
        }
    }

    void line(String text) {
        lines.add(text);
    }

    BigDecimal inPolicy() {
        return claim.inPolicy();
    }

    /** In-policy self-pay after basic and critical-illness insurance: the base of medical assistance. */
    BigDecimal selfPayAfterInsurance() {
        return inPolicy().subtract(basic).subtract(criticalIllness);
    }

    /** The in-policy cost no layer has paid yet: no later layer may pay more than this. */
    BigDecimal inPolicyLeft() {
        return selfPayAfterInsurance()
                .subtract(assistance)
                .subtract(tilted)
                .subtract(hospitalReduction)
                .subtract(supplementaryInsurance)
                .subtract(reassistance);
    }

    Bill bill() {
        BigDecimal personal = inPolicyLeft().add(claim.outOfPolicyCost());
        lines.add("个人支付：" + Texts.yuan(personal)
                + (claim.outOfPolicyCost().signum() == 0
                        ? ""
                        : "（其中目录外费用 " + Texts.yuan(claim.outOfPolicyCost()) + "，各项保障均不支付）"));
        return new Bill(
                claim.id(),
                claim.kind(),
                claim.date(),
                claim.totalCost(),
                claim.outOfPolicyCost(),
                inPolicy(),
                basic,
                criticalIllness,
                assistance,
                tilted,
                hospitalReduction,
                supplementaryInsurance,
                reassistance,
                personal,
                lines);
    }
}
