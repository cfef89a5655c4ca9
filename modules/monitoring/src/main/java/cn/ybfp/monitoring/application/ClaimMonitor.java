package cn.ybfp.monitoring.application;

import cn.ybfp.claims.api.ClaimReversed;
import cn.ybfp.claims.api.ClaimSettled;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.MonitoredClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

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

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    void settled(@Observes ClaimSettled settled) {
        MonitoredClaim claim = new MonitoredClaim(settled);
        claims.add(claim);
        LocalDate today = LocalDate.now(clock);
        ledger.update(standing(claim.personId(), claim.claimYear()), claim.personId(), claim.claimYear(), today);
        screens.screen(claim, today);
    }

    void reversed(@Observes ClaimReversed reversed) {
        claims.find(reversed.claimId()).ifPresent(claim -> {
            claim.reverse();
            ledger.update(
                    standing(claim.personId(), claim.claimYear()),
                    claim.personId(),
                    claim.claimYear(),
                    LocalDate.now(clock));
        });
    }

    private java.util.List<MonitoredClaim> standing(long personId, int year) {
        return claims.ofPersonYear(personId, year).stream()
                .filter(c -> !c.reversed())
                .toList();
    }
}
