package cn.ybfp.claims.infrastructure;

import cn.ybfp.kernel.figures.ReportCount;
import cn.ybfp.kernel.figures.ReportCounts;
import cn.ybfp.kernel.figures.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settled claims of the period that stand (a reversed claim no longer counts; its correction is a claim of its
 * own), per county, kind and assistance class: the claims and what each layer paid, the in-policy cost left to the
 * person after the public layers, the in-county inpatient claims (the institution's code holds its county) and the
 * claims a hospital settled directly through the API.
 */
@ApplicationScoped
public class ClaimReportCounts implements ReportCounts {

    private static final String[] AMOUNTS = {
        "totalCost",
        "inPolicy",
        "basic",
        "criticalIllness",
        "assistance",
        "tilted",
        "reassistance",
        "personal",
        "inPolicySelfPay",
        "inCountyInPolicy",
        "inCountyBasic"
    };

    /** %1$s: the in-county condition; %2$s: the month column (a null for the whole scope). */
    private static final String SQL = """
            select substring(township_code, 1, 6), kind, assistance_class, %2$s, count(*),
                   sum(case when channel = 'API' then 1 else 0 end),
                   sum(total_cost), sum(in_policy), sum(basic), sum(critical_illness), sum(assistance),
                   sum(tilted_assistance), sum(reassistance), sum(personal_payment),
                   sum(case when in_policy > basic + critical_illness + assistance + tilted_assistance + reassistance
                            then in_policy - basic - critical_illness - assistance - tilted_assistance - reassistance
                            else 0 end),
                   sum(case when %1$s then in_policy else 0 end),
                   sum(case when %1$s then basic else 0 end)
            from settled_claim
            where township_code like :pattern and claim_date between :from and :to and reversed_at is null
            group by substring(township_code, 1, 6), kind, assistance_class, %2$s""";

    private static final String IN_COUNTY =
            "kind = 'INPATIENT' and substring(institution_code, 2, 6) = substring(township_code, 1, 6)";

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "claims";
    }

    @Override
    public List<ReportCount> counts(ReportScope scope) {
        List<ReportCount> counts = new ArrayList<>();
        for (Object[] row : rows(scope, "cast(null as integer)")) {
            add(counts, row);
        }
        return counts;
    }

    /** One grouped query for all the months, not one per month. */
    @Override
    public Map<YearMonth, List<ReportCount>> byMonth(ReportScope scope) {
        Map<YearMonth, List<ReportCount>> months = new TreeMap<>();
        for (Object[] row : rows(scope, "extract(month from claim_date)")) {
            YearMonth month = YearMonth.of(scope.from().getYear(), ((Number) row[3]).intValue());
            add(months.computeIfAbsent(month, m -> new ArrayList<>()), row);
        }
        return months;
    }

    private List<Object[]> rows(ReportScope scope, String month) {
        List<?> rows = em.createNativeQuery(SQL.formatted(IN_COUNTY, month))
                .setParameter("pattern", scope.likePattern())
                .setParameter("from", scope.from())
                .setParameter("to", scope.to())
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    private static void add(List<ReportCount> counts, Object[] row) {
        String county = (String) row[0];
        String kind = (String) row[1];
        Number claims = (Number) row[4];
        counts.add(ReportCount.of(county, "claims.count", claims));
        counts.add(ReportCount.of(county, "claims.kind." + kind, claims));
        counts.add(ReportCount.of(county, "claims.direct", (Number) row[5]));
        for (int i = 0; i < AMOUNTS.length; i++) {
            counts.add(ReportCount.of(county, "claims." + AMOUNTS[i], (Number) row[6 + i]));
        }
        if (row[2] != null) {
            String assisted = "claims.class" + row[2];
            counts.add(ReportCount.of(county, assisted, claims));
            counts.add(ReportCount.of(county, assisted + ".assistance", (Number) row[10]));
            counts.add(ReportCount.of(county, "claims.assisted", claims));
            counts.add(ReportCount.of(county, "claims.assisted.direct", (Number) row[5]));
            counts.add(ReportCount.of(county, "claims.assisted.inPolicy", (Number) row[7]));
            counts.add(ReportCount.of(county, "claims.assisted.inPolicySelfPay", (Number) row[14]));
        }
    }
}
