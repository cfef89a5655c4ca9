package cn.ybfp.web.claims;

import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.DivisionCode;

/** The bill's header: the healthcare security bureau of the county where the person is registered. */
final class BillHeader {

    private BillHeader() {
    }

    static String bureauOf(DivisionDirectory divisions, SettledClaim claim) {
        DivisionCode county = DivisionCode.of(claim.townshipCode()).parent().orElseThrow();
        return divisions.nameOf(county) + "医疗保障局";
    }
}
