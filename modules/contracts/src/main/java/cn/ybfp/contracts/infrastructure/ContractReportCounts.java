package cn.ybfp.contracts.infrastructure;

import cn.ybfp.kernel.figures.NativeCounts;
import cn.ybfp.kernel.figures.ReportCount;
import cn.ybfp.kernel.figures.ReportCounts;
import cn.ybfp.kernel.figures.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Family-doctor contracts for the reports: signed in the period, in force on the scope's day, and the contract
 * payments paid in the period (runs paid, with their total).
 */
@ApplicationScoped
public class ContractReportCounts implements ReportCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "contracts";
    }

    @Override
    public List<ReportCount> counts(ReportScope scope) {
        List<ReportCount> counts = new ArrayList<>();
        counts.addAll(NativeCounts.run(em, scope, """
                select county,
                       sum(case when signed_on between :from and :to then 1 else 0 end),
                       sum(case when signed_on <= :asOf and valid_to >= :asOf
                                 and (ended_on is null or ended_on > :asOf) then 1 else 0 end)
                from family_doctor_contract where township like :pattern group by county""", "contracts.signed", "contracts.inForce"));
        counts.addAll(NativeCounts.run(em, scope, """
                select county, count(*), sum(total) from contract_payment_run
                where county like :pattern and status = 'PAID' and paid_on between :from and :to
                group by county""", "contracts.paymentRuns", "contracts.paid"));
        return counts;
    }
}
