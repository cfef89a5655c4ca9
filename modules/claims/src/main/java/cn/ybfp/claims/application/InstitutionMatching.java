package cn.ybfp.claims.application;

import cn.ybfp.claims.domain.SettledClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Claims confirmed before the registry of designated institutions name their hospital only: they keep that name, and
 * get the institution's code where the registry has an institution of exactly that name. The others are listed, so
 * that the province registers the institution or corrects its name, and matches again.
 */
@ApplicationScoped
@Transactional
public class InstitutionMatching {

    @Inject
    SettledClaims claims;

    @Inject
    DesignatedInstitutions institutions;

    public record Unmatched(String hospital, long claims) {}

    /** The hospital names of the area's claims that name no registered institution. */
    public List<Unmatched> unmatched(Caller caller) {
        return claims.unmatched(Jurisdiction.of(caller)).stream()
                .map(u -> new Unmatched(u.hospital(), u.claims()))
                .toList();
    }

    /** Matches every unmatched name the registry has; answers how many claims got their institution. */
    public int match(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("历史结算单的定点医疗机构匹配由省级医保部门办理");
        }
        int matched = 0;
        for (var name : claims.unmatched(Jurisdiction.of(caller))) {
            matched += institutions
                    .byName(name.hospital())
                    .map(i -> claims.matchInstitution(name.hospital(), i.code()))
                    .orElse(0);
        }
        return matched;
    }
}
