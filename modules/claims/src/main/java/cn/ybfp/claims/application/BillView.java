package cn.ybfp.claims.application;

import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.infrastructure.BillPdf;
import java.io.OutputStream;

/**
 * A confirmed claim as its bill is shown and printed: the claim, the township's name and the header, the county's
 * healthcare security bureau.
 */
public record BillView(SettledClaim claim, String township, String bureau) {

    public void writePdf(OutputStream out) {
        BillPdf.shared().write(claim, bureau, township, out);
    }

    public String fileName() {
        return "结算单-" + claim.claimNumber() + ".pdf";
    }
}
