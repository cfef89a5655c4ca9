package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.YearTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The one-stop settlement (一站式服务、一窗口办理、一单制结算, 吉政办发〔2022〕16号 七（十一）; 鲁医保发〔2019〕69号
 * 二（三）2): settles one person's claims in date order (ties in the order given), each through every layer in the
 * order of SETTLEMENT.md, one bill per claim. The yearly accumulators start afresh with each calendar year, and a
 * claim never changes an earlier claim's bill. Plain Java without a container, so that the command line, batch
 * simulations and the webapp run the same engine.
 */
public final class SettlementEngine {

    private static final List<Layer> LAYERS = List.of(
            new BasicInsuranceLayer(),
            new CriticalIllnessLayer(),
            new MedicalAssistanceLayer(),
            new PkuSpecialFoodRule(),
            new TiltedAssistanceLayer(),
            new HospitalReductionLayer(),
            new ReassistanceLayer());

    private final Schemes schemes;

    public SettlementEngine(Schemes schemes) {
        this.schemes = schemes;
    }

    /**
     * The bills of a case, in the order settled. The case is valid by construction; only its scheme is checked
     * here, before anything is settled.
     *
     * @throws InvalidCaseException when the scheme is missing or unknown
     */
    public List<Bill> settle(SettlementCase settlementCase) {
        return settle(schemes.require(settlementCase.schemeId()), settlementCase.person(), settlementCase.claims());
    }

    public static List<Bill> settle(Scheme scheme, Person person, List<Claim> claims) {
        // List.sort is stable: claims of the same date keep the order given.
        List<Claim> inDateOrder = new ArrayList<>(claims);
        inDateOrder.sort(Comparator.comparing(Claim::date));
        List<Bill> bills = new ArrayList<>(inDateOrder.size());
        OptionalInt assistanceClass = AssistanceClassResolution.classOf(person, scheme.assistance());
        YearAccount year = null;
        for (Claim claim : inDateOrder) {
            if (year == null || year.year != claim.date().getYear()) {
                year = new YearAccount(claim.date().getYear());
            }
            ClaimSettlement settlement = new ClaimSettlement(scheme, person, assistanceClass, claim, year);
            for (Layer layer : LAYERS) {
                layer.apply(settlement);
            }
            bills.add(settlement.bill());
        }
        return bills;
    }

    /**
     * Settles one more claim of a person whose earlier claims of the year are already settled and stored: the
     * portal and the hospital API confirm claims one at a time, on top of the accumulators as they stand.
     *
     * @param before the accumulators of the claim's year so far ({@link YearTotals#NONE} for the first claim)
     */
    public static Settled settleNext(Scheme scheme, Person person, Claim claim, YearTotals before) {
        return settleNext(scheme, person, claim, before, true);
    }

    /**
     * The same at an institution that may not pay medical assistance: when {@code assistance} is false (not designated
     * for it on the claim's date, 吉政办发〔2022〕16号 七（十二）), the person has no assistance class for this claim, so
     * no assistance layer pays.
     */
    public static Settled settleNext(Scheme scheme, Person person, Claim claim, YearTotals before, boolean assistance) {
        YearAccount year = new YearAccount(claim.date().getYear(), before);
        ClaimSettlement settlement = new ClaimSettlement(
                scheme,
                person,
                assistance ? AssistanceClassResolution.classOf(person, scheme.assistance()) : OptionalInt.empty(),
                claim,
                year);
        LAYERS.forEach(layer -> layer.apply(settlement));
        return new Settled(settlement.bill(), year.totals().changeFrom(before, claim.isInpatient()));
    }

    /** One claim's bill and what it changed in the year's accumulators. */
    public record Settled(Bill bill, YearTotals change) {}
}
