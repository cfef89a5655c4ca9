package cn.ybfp.web.claims;

import cn.ybfp.claims.application.BillView;
import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import cn.ybfp.web.view.PageRenderer;
import cn.ybfp.web.view.PrintedPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;

/**
 * The bill as an A4 PDF, for the patient, the hospital and the file: the bill page's own sheet
 * ({@code claims/billSheet}) printed by {@link PrintedPdf}, in the reader's language.
 */
@Path("claims/{id}/bill.pdf")
@RequestScoped
public class BillPdfDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Inject
    ClaimQueries queries;

    @Inject
    PageRenderer pages;

    @Inject
    PrintedPdf printer;

    @GET
    public Response pdf(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        BillView bill = queries.billToPrint(caller, id).orElseThrow(NotFoundException::new);
        byte[] pdf = printer.print(pages.render("claims/billPdf", Map.of("bill", bill), request, response));
        StreamingOutput body = out -> out.write(pdf);
        return Downloads.pdf(
                body, Downloads.name(request, "download.bill", bill.claim().claimNumber()));
    }
}
