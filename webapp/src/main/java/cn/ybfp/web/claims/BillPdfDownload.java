package cn.ybfp.web.claims;

import cn.ybfp.claims.application.BillDocument;
import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
    HttpServletRequest request;

    @Inject
    ClaimQueries queries;

    @GET
    public Response pdf(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        BillDocument bill = queries.billPdf(caller, id).orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> out.write(bill.pdf());
        return Downloads.pdf(body, Downloads.name(request, "download.bill", bill.claimNumber()));
    }
}
