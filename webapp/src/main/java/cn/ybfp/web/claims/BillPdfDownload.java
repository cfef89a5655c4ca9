package cn.ybfp.web.claims;

import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.infrastructure.BillPdf;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The bill as an A4 PDF, for the patient, the hospital and the file. */
@Path("claims/{id}/bill.pdf")
@RequestScoped
public class BillPdfDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ClaimQueries queries;

    @Inject
    DivisionDirectory divisions;

    @GET
    public Response pdf(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        SettledClaim claim = queries.claim(caller, id).orElseThrow(NotFoundException::new);
        String township = divisions.nameOf(DivisionCode.of(claim.townshipCode()));
        String bureau = BillHeader.bureauOf(divisions, claim);
        StreamingOutput body = out -> BillPdf.shared().write(claim, bureau, township, out);
        return Downloads.pdf(body, "结算单-" + claim.claimNumber() + ".pdf");
    }
}
