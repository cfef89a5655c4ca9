package cn.ybfp.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** The invariants of the one-stop settlement, for any person, any claims and both demo schemes. */
class SettlementPropertiesTest {

    private static final LocalDate TARGET_DATE = LocalDate.of(2022, 12, 15);

    @Property
    void layersAndPersonalPaymentAddUpToTotalCostExactly(
            @ForAll("schemes") String scheme,
            @ForAll("persons") Person person,
            @ForAll("claimLists") List<Claim> claims) {
        for (Bill bill : SettlementEngine.settle(Cases.scheme(scheme), person, claims)) {
            assertThat(bill.layersTotal().add(bill.personalPayment())).isEqualTo(bill.totalCost());
            assertThat(bill.personalPayment().scale()).isEqualTo(2);
        }
    }

    @Property
    void noLayerPaysOutOfPolicyCost(
            @ForAll("schemes") String scheme,
            @ForAll("persons") Person person,
            @ForAll("claimLists") List<Claim> claims) {
        for (Bill bill : SettlementEngine.settle(Cases.scheme(scheme), person, claims)) {
            assertThat(bill.layersTotal()).isLessThanOrEqualTo(bill.inPolicy());
            assertThat(bill.personalPayment()).isGreaterThanOrEqualTo(bill.outOfPolicyCost());
        }
    }

    @Property
    void nothingIsNegative(
            @ForAll("schemes") String scheme,
            @ForAll("persons") Person person,
            @ForAll("claimLists") List<Claim> claims) {
        for (Bill bill : SettlementEngine.settle(Cases.scheme(scheme), person, claims)) {
            assertThat(Stream.of(
                            bill.basic(),
                            bill.criticalIllness(),
                            bill.assistance(),
                            bill.tiltedAssistance(),
                            bill.hospitalReduction(),
                            bill.supplementaryInsurance(),
                            bill.reassistance(),
                            bill.personalPayment()))
                    .allMatch(amount -> amount.signum() >= 0);
        }
    }

    @Property
    void moreCostNeverMeansLessPaidByTheLayers(
            @ForAll("schemes") String scheme,
            @ForAll("persons") Person person,
            @ForAll("claimLists") List<Claim> history,
            @ForAll("claims") Claim target,
            @ForAll @BigRange(min = "0.01", max = "200000") @Scale(2) BigDecimal more) {
        Claim cheaper = onTargetDate(target, target.totalCost());
        Claim dearer = onTargetDate(target, target.totalCost().add(more));

        assertThat(paidFor(scheme, person, history, dearer))
                .isGreaterThanOrEqualTo(paidFor(scheme, person, history, cheaper));
    }

    /** The target claim after the whole history (every history claim is dated before it). */
    private static BigDecimal paidFor(String scheme, Person person, List<Claim> history, Claim target) {
        List<Claim> claims = new ArrayList<>(history);
        claims.add(target);
        List<Bill> bills = SettlementEngine.settle(Cases.scheme(scheme), person, claims);
        return bills.get(bills.size() - 1).layersTotal();
    }

    private static Claim onTargetDate(Claim claim, BigDecimal totalCost) {
        return new Claim(
                "target",
                claim.kind(),
                TARGET_DATE,
                claim.hospitalLevel(),
                claim.referral(),
                claim.outOfProvince(),
                totalCost,
                claim.outOfPolicyCost(),
                claim.hospitalReduction(),
                claim.supplementaryInsurance(),
                claim.disease(),
                null); // the claims drawn have no admission date; moved, it could fall more than a year before
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("jl-2022", "sd-2019");
    }

    @Provide
    Arbitrary<Person> persons() {
        return Combinators.combine(
                        Arbitraries.of(AssistanceCategory.class).set().ofMaxSize(3),
                        Arbitraries.integers()
                                .between(0, 90 * 365)
                                .map(days -> LocalDate.of(2021, 12, 31).minusDays(days)))
                .as(Person::new);
    }

    /** Up to six claims in 2022 before {@link #TARGET_DATE}, with unique ids. */
    @Provide
    Arbitrary<List<Claim>> claimLists() {
        return claims().list().ofMaxSize(6).map(list -> {
            List<Claim> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Claim c = list.get(i);
                numbered.add(new Claim(
                        "c" + i,
                        c.kind(),
                        c.date(),
                        c.hospitalLevel(),
                        c.referral(),
                        c.outOfProvince(),
                        c.totalCost(),
                        c.outOfPolicyCost(),
                        c.hospitalReduction(),
                        c.supplementaryInsurance(),
                        c.disease(),
                        c.admissionDate()));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<Claim> claims() {
        Arbitrary<ClaimKind> kinds = Arbitraries.frequency(
                Tuple.of(7, ClaimKind.INPATIENT),
                Tuple.of(2, ClaimKind.OUTPATIENT_CHRONIC),
                Tuple.of(2, ClaimKind.OUTPATIENT_SPECIAL),
                Tuple.of(1, ClaimKind.SPECIAL_FOOD_PKU));
        // costs across orders of magnitude, so that deductibles, segments and caps are all crossed
        Arbitrary<BigDecimal> totals = Arbitraries.oneOf(amounts("2000"), amounts("60000"), amounts("1200000"));
        Arbitrary<BigDecimal> outOfPolicyShares = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.ONE)
                .ofScale(2);
        Arbitrary<BigDecimal> reported = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO), amounts("5000"));
        return Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 347),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.of(Referral.class),
                        Arbitraries.of(true, false),
                        totals,
                        outOfPolicyShares,
                        reported.tuple2())
                .as((kind, day, level, referral, abroad, total, share, reductions) -> new Claim(
                        "c",
                        kind,
                        LocalDate.of(2022, 1, 1).plusDays(day),
                        kind == ClaimKind.INPATIENT ? level : null,
                        referral,
                        abroad,
                        total,
                        total.multiply(share).setScale(2, RoundingMode.DOWN),
                        reductions.get1(),
                        reductions.get2(),
                        kind.isOutpatientDisease() ? "M07803" : null,
                        null));
    }

    private static Arbitrary<BigDecimal> amounts(String max) {
        return Arbitraries.bigDecimals()
                .between(Money.ZERO, new BigDecimal(max))
                .ofScale(2);
    }
}
