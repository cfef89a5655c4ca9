package cn.ybfp.booklets.infrastructure;

import cn.ybfp.kernel.Money;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.kernel.sampling.DecisionSource;
import cn.ybfp.kernel.sampling.NativeDecisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The county's recognitions of a chronic or special disease for sampling (a booklet issued or extended on them),
 * decided in the period. A recognition decides no amount: a draw by amount never picks one first.
 */
@ApplicationScoped
public class RecognisedBookletDecisions implements DecisionSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String kind() {
        return "BOOKLET";
    }

    @Override
    public List<Decision> decisions(String county, LocalDate from, LocalDate to) {
        return NativeDecisions.rows(
                        em,
                        "select id, person_name, id_number, disease_name, decided_at, decided_by"
                                + " from recognition where township like ?1 and status = 'RECOGNISED'"
                                + " and cast(decided_at as date) between ?2 and ?3",
                        county,
                        from,
                        to)
                .stream()
                .map(r -> new Decision(
                        kind(),
                        ((Number) r[0]).longValue(),
                        "RD" + r[0],
                        r[1] + " " + ResidentId.mask((String) r[2]) + " · " + r[3],
                        Money.ZERO,
                        NativeDecisions.day(r[4]),
                        (String) r[5],
                        "/app/booklets/recognitions/" + r[0]))
                .toList();
    }
}
