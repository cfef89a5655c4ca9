package cn.ybfp.monitoring.application;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.OutpatientDuringStayScreen;
import cn.ybfp.monitoring.domain.OutpatientDuringStayScreen.Visit;
import cn.ybfp.monitoring.domain.ReadmissionScreen;
import cn.ybfp.monitoring.domain.ScreenFlag;
import cn.ybfp.monitoring.domain.ScreenFlags;
import cn.ybfp.monitoring.domain.Stay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the screens of one person's claims ({@link ReadmissionScreen}, {@link OutpatientDuringStayScreen}) and records
 * the flags not recorded yet: for each claim as it is settled, and for a whole year in a recomputation.
 */
@ApplicationScoped
@Transactional
class ScreenRunner {

    @Inject
    ScreenFlags flags;

    @Inject
    WarningRuleService rules;

    /** Screens the person's standing claims around this new one; records the flags that involve it. */
    void screen(MonitoredClaim claim, List<MonitoredClaim> around, Integer readmissionDays, LocalDate today) {
        List<ScreenFlag> found = flagsOf(around, readmissionDays, today).stream()
                .filter(f -> f.claimId() == claim.claimId() || f.otherClaimId() == claim.claimId())
                .toList();
        record(found);
    }

    /** The readmission window of the claim's region and year; null when the province set none. */
    Integer readmissionDays(MonitoredClaim claim) {
        return rules.forRegion(claim.poolingRegion(), claim.claimYear())
                .map(r -> r.parameters().readmissionDays())
                .orElse(null);
    }

    /** Every flag one person's standing claims give (any order). No readmission screen without a window. */
    static List<ScreenFlag> flagsOf(List<MonitoredClaim> personClaims, Integer readmissionDays, LocalDate today) {
        Map<Long, MonitoredClaim> byId =
                personClaims.stream().collect(Collectors.toMap(MonitoredClaim::claimId, Function.identity()));
        List<Stay> stays = personClaims.stream()
                .map(MonitoredClaim::stay)
                .filter(Objects::nonNull)
                .toList();
        List<ScreenFlag> found = new ArrayList<>();
        if (readmissionDays != null) {
            for (var f : ReadmissionScreen.screen(stays, readmissionDays)) {
                found.add(ScreenFlag.ofClaim(
                        f.kind(),
                        byId.get(f.after().claimId()),
                        f.before().claimId(),
                        "出院 " + f.before().discharged() + "（" + f.before().hospital() + "）后第 " + f.days() + " 天再次入院（"
                                + f.after().hospital() + "）",
                        today));
            }
        }
        List<Visit> visits = personClaims.stream()
                .filter(c -> c.kind() != ClaimKind.INPATIENT)
                .map(c -> new Visit(c.claimId(), c.hospital(), c.claimDate()))
                .toList();
        for (var f : OutpatientDuringStayScreen.screen(stays, visits)) {
            found.add(ScreenFlag.ofClaim(
                    ScreenKind.OUTPATIENT_DURING_STAY,
                    byId.get(f.visit().claimId()),
                    f.stay().claimId(),
                    "住院 " + f.stay().admitted() + " 至 " + f.stay().discharged() + "（"
                            + f.stay().hospital() + "）期间，" + f.visit().day() + " 门诊结算（"
                            + f.visit().hospital() + "）",
                    today));
        }
        return found;
    }

    /** Records the flags whose key is not recorded yet. Answers how many were new. */
    int record(List<ScreenFlag> found) {
        if (found.isEmpty()) {
            return 0;
        }
        Map<String, ScreenFlag> byKey = new LinkedHashMap<>();
        found.forEach(f -> byKey.putIfAbsent(f.key(), f));
        Set<String> existing = flags.existing(byKey.keySet());
        int added = 0;
        for (var entry : byKey.entrySet()) {
            if (!existing.contains(entry.getKey())) {
                flags.add(entry.getValue());
                added++;
            }
        }
        flags.flush();
        return added;
    }
}
