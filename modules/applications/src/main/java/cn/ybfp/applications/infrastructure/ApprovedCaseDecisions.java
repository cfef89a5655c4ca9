package cn.ybfp.applications.infrastructure;

import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.kernel.ResidentId;
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
 * The county's approved application cases for sampling: approved (into public notice) in the period, with the
 * approved amount; a case approved twice (after a correction) counts with its latest approval.
 */
@ApplicationScoped
public class ApprovedCaseDecisions implements DecisionSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String kind() {
        return "CASE";
    }

    @Override
    public List<Decision> decisions(String county, LocalDate from, LocalDate to) {
        return NativeDecisions.rows(
                        em,
                        "select a.id, a.person_name, a.id_number, a.approved_amount,"
                                + " max(e.happened_at), a.approved_by from assistance_application a"
                                + " join application_event e on e.application_id = a.id and e.to_state = 'IN_NOTICE'"
                                + " where a.township_code like ?1 and a.approved_amount is not null"
                                + " and cast(e.happened_at as date) between ?2 and ?3"
                                + " group by a.id, a.person_name, a.id_number, a.approved_amount, a.approved_by",
                        county,
                        from,
                        to)
                .stream()
                .map(r -> new Decision(
                        kind(),
                        ((Number) r[0]).longValue(),
                        AssistanceApplication.number(((Number) r[0]).longValue()),
                        r[1] + " " + ResidentId.mask((String) r[2]),
                        (BigDecimal) r[3],
                        NativeDecisions.day(r[4]),
                        r[5] == null ? "" : (String) r[5],
                        "/app/applications/" + r[0]))
                .toList();
    }
}
