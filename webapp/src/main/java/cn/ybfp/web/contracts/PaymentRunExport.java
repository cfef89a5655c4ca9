package cn.ybfp.web.contracts;

import cn.ybfp.contracts.application.PaymentRunQueries;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A quarterly payment run as .xlsx (签约服务费拨付表). A plain resource, not a Krazo controller: a controller's answer is taken for a view, so a
 * file it streams ends in the error page.
 */
@Path("contracts/runs/{id:\\d+}/export")
@RequestScoped
public class PaymentRunExport {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    PaymentRunQueries queries;

    @GET
    public Response download(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        queries.requireVisible(caller, id); // another area's is 404, before the response starts
        StreamingOutput body = out -> queries.export(caller, id, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.contractRun", String.valueOf(id)));
    }
}
