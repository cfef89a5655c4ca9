package cn.ybfp.web.register;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.ExchangeService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The rejected rows of an uploaded list with their reasons, for the department to correct and send again. */
@Path("register/exchange/{id}/errors.xlsx")
@RequestScoped
@RolesAllowed({Role.COUNTY, Role.PROVINCE})
public class RejectedRowsDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    ExchangeService exchange;

    @GET
    public Response rejectedRows(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        exchange.view(caller, id, null, 0).orElseThrow(NotFoundException::new); // before the response starts
        StreamingOutput body = out -> exchange.writeErrors(caller, id, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.rejected", String.valueOf(id)));
    }
}
