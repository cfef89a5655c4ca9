package cn.ybfp.monitoring.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.monitoring.domain.MonitoredClaims;
import cn.ybfp.monitoring.domain.OutOfCatalogueShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The out-of-catalogue share per institution and year ({@link OutOfCatalogueShare}) for the county (its people's
 * claims) and the province: sorted by how far over its level's limit, with each institution's monthly trend and its
 * claims. It watches the institution in aggregate; no bill changes.
 */
@ApplicationScoped
@Transactional
public class CatalogueShareService {

    private static final int CLAIMS_SHOWN = 200;

    @Inject
    MonitoredClaims claims;

    /**
     * @param limit the level's limit in per cent, null when the institution has no level
     * @param over points over the limit (negative: under), null without a limit
     */
    public record Institution(
            String hospital,
            Integer level,
            long claims,
            BigDecimal total,
            BigDecimal outOfPolicy,
            BigDecimal share,
            BigDecimal limit,
            BigDecimal over) {

        public boolean isOver() {
            return over != null && over.signum() > 0;
        }
    }

    public record Month(int month, long claims, BigDecimal total, BigDecimal outOfPolicy, BigDecimal share) {}

    public record ClaimLine(
            String claimNumber,
            String personName,
            String maskedIdNumber,
            LocalDate admissionDate,
            LocalDate date,
            BigDecimal total,
            BigDecimal outOfPolicy,
            BigDecimal share) {}

    /** The institutions of the year, the furthest over their limit first, those without a limit last. */
    public List<Institution> table(Caller caller, int year) {
        Authority.toWatchInstitutions(caller);
        return claims.inpatientCosts(pattern(caller), year).stream()
                .map(c -> new Institution(
                        c.hospital(),
                        c.level(),
                        c.claims(),
                        c.total(),
                        c.outOfPolicy(),
                        OutOfCatalogueShare.percent(c.outOfPolicy(), c.total()),
                        OutOfCatalogueShare.limitPercent(c.level()).orElse(null),
                        OutOfCatalogueShare.over(c.outOfPolicy(), c.total(), c.level())
                                .orElse(null)))
                .sorted(Comparator.comparing(
                                Institution::over, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                        .thenComparing(Institution::hospital))
                .toList();
    }

    public List<Month> months(Caller caller, int year, String hospital) {
        Authority.toWatchInstitutions(caller);
        return claims.inpatientCostsByMonth(pattern(caller), year, hospital).stream()
                .map(m -> new Month(
                        m.month(),
                        m.claims(),
                        m.total(),
                        m.outOfPolicy(),
                        OutOfCatalogueShare.percent(m.outOfPolicy(), m.total())))
                .toList();
    }

    /** The institution's claims behind the share, the largest out-of-policy cost first. */
    public List<ClaimLine> claims(Caller caller, int year, String hospital) {
        Authority.toWatchInstitutions(caller);
        return claims.inpatientClaims(pattern(caller), year, hospital, CLAIMS_SHOWN).stream()
                .map(c -> new ClaimLine(
                        c.claimNumber(),
                        c.personName(),
                        c.idNumberMasked(),
                        c.admissionDate(),
                        c.claimDate(),
                        c.totalCost(),
                        c.outOfPolicyCost(),
                        OutOfCatalogueShare.percent(c.outOfPolicyCost(), c.totalCost())))
                .toList();
    }

    private static String pattern(Caller caller) {
        return Jurisdiction.of(caller).likePattern();
    }
}
