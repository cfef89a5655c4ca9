package cn.ybfp.web.supervision;

import cn.ybfp.kernel.Caller;
import cn.ybfp.supervision.api.RectificationStatus;
import cn.ybfp.supervision.application.RectificationService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The ledger as .xlsx (the monthly problem report). A plain resource, not a Krazo controller: a controller's answer
 * is taken for a view, so a file it streams ends in the error page.
 */
@Path("supervision/ledger/export")
@RequestScoped
public class LedgerExport {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    RectificationService ledger;

    @GET
    public Response export(@QueryParam("month") String month, @QueryParam("status") String status) {
        Caller caller = currentCaller.require();
        RectificationStatus chosen = status(status);
        ledger.ledger(caller, month, chosen); // refused (403, 400) before the response starts
        StreamingOutput body = out -> ledger.export(caller, month, chosen, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.ledger", month == null ? "" : month));
    }

    /** A status of the list's filter; anything else is the whole ledger. */
    private static RectificationStatus status(String name) {
        for (RectificationStatus s : RectificationStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
