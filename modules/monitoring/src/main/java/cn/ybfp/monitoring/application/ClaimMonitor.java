package cn.ybfp.monitoring.application;

import cn.ybfp.claims.api.ClaimReversed;
import cn.ybfp.claims.api.ClaimSettled;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.MonitoredClaims;
import cn.ybfp.monitoring.domain.WarningRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Listens to the claims module: each confirmed claim is kept, the person's warning of the year brought up to date and
 * the person's stays screened; a reversal marks the claim and updates the warning. It runs inside the settling
 * transaction (synchronous observers), so nothing is recorded for a claim that is not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClaimMonitor {

    @Inject
    MonitoredClaims claims;

    @Inject
    WarningLedger ledger;

    @Inject
    ScreenRunner screens;

    @Inject
    WarningRuleService rules;

    /** How far around a new claim its person's other claims are screened: longer than any stay and window. */
    private static final int AROUND_DAYS = 180;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    void settled(@Observes ClaimSettled settled) {
        MonitoredClaim claim = new MonitoredClaim(settled);
        claims.add(claim);
        LocalDate today = LocalDate.now(clock);
        int year = claim.claimYear();
        // one reading of the person's claims serves the year's burden and the screens' window around the claim
        LocalDate from = Collections.min(
                List.of(LocalDate.of(year, 1, 1), claim.claimDate().minusDays(AROUND_DAYS)));
        LocalDate to = Collections.max(
                List.of(LocalDate.of(year, 12, 31), claim.claimDate().plusDays(AROUND_DAYS)));
        List<MonitoredClaim> around = claims.ofPersonBetween(claim.personId(), from, to);
        Optional<WarningRule> rule = rules.forRegion(claim.poolingRegion(), year);
        ledger.update(around.stream().filter(c -> c.claimYear() == year).toList(), claim.personId(), year, today, rule);
        screens.screen(
                claim, around, rule.map(r -> r.parameters().readmissionDays()).orElse(null), today);
    }

    void reversed(@Observes ClaimReversed reversed) {
        claims.find(reversed.claimId()).ifPresent(claim -> {
            claim.reverse();
            ledger.update(
                    standing(claim.personId(), claim.claimYear()),
                    claim.personId(),
                    claim.claimYear(),
                    LocalDate.now(clock),
                    rules.forRegion(claim.poolingRegion(), claim.claimYear()));
        });
    }

    private List<MonitoredClaim> standing(long personId, int year) {
        return claims.ofPersonYear(personId, year).stream()
                .filter(c -> !c.reversed())
                .toList();
    }
}
