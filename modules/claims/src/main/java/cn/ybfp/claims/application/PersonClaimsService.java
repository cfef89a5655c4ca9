package cn.ybfp.claims.application;

import cn.ybfp.claims.api.AssistanceAssessment;
import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimSummary;
import cn.ybfp.claims.api.CostItem;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.AssistanceClassResolution;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.Person;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeRecord;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.domain.SettledClaims;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.claims.domain.StoredSchemes;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@link PersonClaims} over the confirmed claims and the settlement engine. */
@ApplicationScoped
@Transactional(
        dontRollbackOn = InvalidInputException.class) // it only reads: a refusal must not spoil the caller's work
public class PersonClaimsService implements PersonClaims {

    @Inject
    SettledClaims claims;

    @Inject
    SchemeRecords schemes;

    @Inject
    StoredSchemes catalog;

    @Override
    public List<ClaimSummary> standingClaims(Jurisdiction jurisdiction, long personId, int year) {
        return claims.ofPersonYear(jurisdiction, personId, year).stream()
                .filter(c -> !c.isReversed())
                .sorted(java.util.Comparator.comparing(c -> c.claimDate()))
                .map(c -> new ClaimSummary(
                        c.id(),
                        c.claimNumber(),
                        c.kind(),
                        c.claimDate(),
                        c.hospital(),
                        c.hospitalLevel(),
                        c.totalCost(),
                        c.outOfPolicyCost(),
                        c.bill().assistance().add(c.bill().tiltedAssistance()),
                        c.bill().personalPayment()))
                .toList();
    }

    @Override
    public AssistanceAssessment assess(
            DivisionCode poolingRegion,
            long personId,
            int year,
            Set<AssistanceCategory> categories,
            LocalDate birthDate,
            List<CostItem> costs) {
        SchemeRecord record = schemes.forCity(poolingRegion, year)
                .orElseThrow(() -> SettlementException.of(null, "year.noScheme", String.valueOf(year)));
        Scheme scheme = catalog.scheme(record);
        Person person = new Person(categories, birthDate);
        // the year's other standing claims have used deductibles and limits already: start from their totals
        Set<Long> picked = costs.stream()
                .map(CostItem::claimId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        YearTotals totals =
                claims
                        .ofPersonYear(new Jurisdiction(poolingRegion.parent().orElse(poolingRegion)), personId, year)
                        .stream()
                        .filter(c -> !c.isReversed() && !picked.contains(c.id()))
                        .map(SettledClaim::change)
                        .reduce(YearTotals.NONE, YearTotals::plus);
        List<CostItem> inDateOrder = costs.stream()
                .sorted(java.util.Comparator.comparing(CostItem::date))
                .toList();
        List<AssistanceAssessment.Item> items = new ArrayList<>();
        BigDecimal assistance = Money.ZERO;
        for (CostItem cost : inDateOrder) {
            Claim claim;
            try {
                claim = new Claim(
                        cost.label(),
                        cost.kind(),
                        cost.date(),
                        cost.hospitalLevel(),
                        Referral.NONE,
                        false,
                        cost.totalCost(),
                        cost.outOfPolicyCost(),
                        null,
                        null,
                        null,
                        null);
            } catch (InvalidCaseException e) {
                throw SettlementException.of("costs", "costs.invalid", cost.label(), e.refusal());
            }
            var settled = SettlementEngine.settleNext(scheme, person, claim, totals);
            totals = totals.plus(settled.change());
            Bill bill = settled.bill();
            BigDecimal paid = bill.assistance().add(bill.tiltedAssistance());
            items.add(new AssistanceAssessment.Item(cost.label(), bill.inPolicy(), paid, bill.lines()));
            assistance = assistance.add(paid);
        }
        BigDecimal already = costs.stream().map(CostItem::assistancePaid).reduce(Money.ZERO, BigDecimal::add);
        Integer assistanceClass = AssistanceClassResolution.classOf(person, scheme.assistance()).stream()
                .boxed()
                .findFirst()
                .orElse(null);
        return new AssistanceAssessment(
                record.id(),
                record.name(),
                assistanceClass,
                items,
                assistance,
                already,
                assistance.subtract(already).max(Money.ZERO));
    }
}
