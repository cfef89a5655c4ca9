package cn.ybfp.claims.application;

import cn.ybfp.claims.api.ClaimSettled;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.register.api.InsuredPerson;

/** The event other modules learn of a confirmed claim from ({@link ClaimSettled}), as the stored claim says it. */
final class SettledClaimEvent {

    private SettledClaimEvent() {}

    static ClaimSettled of(SettledClaim stored, InsuredPerson person) {
        return new ClaimSettled(
                stored.id(),
                stored.claimNumber(),
                person.id(),
                person.name(),
                stored.idNumberMasked(),
                person.township(),
                person.poolingRegion(),
                java.util.Set.copyOf(stored.categoryList()),
                stored.kind(),
                stored.claimDate(),
                stored.admissionDate(),
                stored.hospital(),
                stored.hospitalLevel(),
                stored.totalCost(),
                stored.outOfPolicyCost(),
                stored.bill().personalPayment());
    }
}
