package cn.ybfp.claims.infrastructure;

import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.kernel.sampling.DecisionSource;
import cn.ybfp.kernel.sampling.NativeDecisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The county's settled bills for sampling: the standing claims of people of the county by claim date, with what the
 * funds paid (total cost less the person's payment) as the amount the largest-first draw sorts by.
 */
@ApplicationScoped
public class SettledBillDecisions implements DecisionSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String kind() {
        return "BILL";
    }

    @Override
    public List<Decision> decisions(String county, LocalDate from, LocalDate to) {
        return NativeDecisions.rows(
                        em,
                        "select id, claim_number, person_name, id_number_masked, hospital,"
                                + " total_cost - personal_payment, claim_date, settled_by from settled_claim"
                                + " where township_code like ?1 and claim_date between ?2 and ?3 and reversed_at is null",
                        county,
                        from,
                        to)
                .stream()
                .map(r -> new Decision(
                        kind(),
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] + " " + r[3] + " · " + r[4],
                        (BigDecimal) r[5],
                        NativeDecisions.day(r[6]),
                        (String) r[7],
                        "/app/claims/" + r[0]))
                .toList();
    }
}
