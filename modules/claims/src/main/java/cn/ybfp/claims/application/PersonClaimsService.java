package cn.ybfp.claims.application;

import cn.ybfp.claims.api.AssistanceAssessment;
import cn.ybfp.claims.api.ClaimSummary;
import cn.ybfp.claims.api.CostItem;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.domain.AssistanceClassResolution;
import cn.ybfp.claims.domain.Bill;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.Person;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeRecord;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.claims.domain.SettledClaims;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
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
@Transactional
public class PersonClaimsService implements PersonClaims {

    @Inject
    SettledClaims claims;

    @Inject
    SchemeRecords schemes;

    @Inject
    SchemeCatalog catalog;

    @Override
    public List<ClaimSummary> standingClaims(Jurisdiction jurisdiction, long personId, int year) {
        return claims.ofPersonYear(jurisdiction, personId, year).stream().filter(c -> !c.isReversed())
                .sorted(java.util.Comparator.comparing(c -> c.claimDate()))
                .map(c -> new ClaimSummary(c.id(), c.claimNumber(), c.kind(), c.claimDate(), c.hospital(),
                        c.hospitalLevel(), c.totalCost(), c.outOfPolicyCost(),
                        c.assistance().add(c.tiltedAssistance()), c.personalPayment()))
                .toList();
    }

    @Override
    public AssistanceAssessment assess(DivisionCode poolingRegion, int year, Set<AssistanceCategory> categories,
            LocalDate birthDate, List<CostItem> costs) {
        SchemeRecord record = schemes.forCity(poolingRegion, year).orElseThrow(() -> new SettlementException(null,
                year + " 年度参保人所在统筹区没有待遇政策方案"));
        Scheme scheme = catalog.scheme(record);
        Person person = new Person(categories, birthDate);
        List<Claim> engineClaims = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            CostItem cost = costs.get(i);
            try {
                engineClaims.add(new Claim("费用" + (i + 1), cost.kind(), cost.date(), cost.hospitalLevel(),
                        Referral.NONE, false, cost.totalCost(), cost.outOfPolicyCost(), null, null));
            } catch (InvalidCaseException e) {
                throw new SettlementException("costs", cost.label() + "：" + String.join("；", e.messages()));
            }
        }
        List<Bill> bills = SettlementEngine.settle(scheme, person, engineClaims);
        List<AssistanceAssessment.Item> items = new ArrayList<>();
        BigDecimal assistance = Money.ZERO;
        for (Bill bill : bills) {
            int index = Integer.parseInt(bill.claimId().substring(2)) - 1;
            BigDecimal paid = bill.assistance().add(bill.tiltedAssistance());
            items.add(new AssistanceAssessment.Item(costs.get(index).label(), bill.inPolicy(), paid, bill.lines()));
            assistance = assistance.add(paid);
        }
        BigDecimal already = costs.stream().map(CostItem::assistancePaid).reduce(Money.ZERO, BigDecimal::add);
        Integer assistanceClass = AssistanceClassResolution.classOf(person, scheme.assistance()).stream().boxed()
                .findFirst().orElse(null);
        return new AssistanceAssessment(record.id(), record.name(), assistanceClass, items, assistance, already,
                assistance.subtract(already).max(Money.ZERO));
    }
}
