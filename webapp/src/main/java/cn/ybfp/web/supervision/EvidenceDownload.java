package cn.ybfp.web.supervision;

import cn.ybfp.kernel.Caller;
import cn.ybfp.supervision.application.RectificationService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** A ledger item's evidence (the county's scan), for the county and the province; another area's is 404. */
@Path("supervision/evidence/{id:\\d+}")
@RequestScoped
public class EvidenceDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RectificationService ledger;

    @GET
    public Response evidence(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        var file = ledger.evidence(caller, id);
        return Downloads.scan(file.content(), file.contentType(), file.fileName());
    }
}
