package cn.ybfp.web.claims;

import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import cn.ybfp.web.view.SavedSearches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The claim list as .xlsx: the same filters, jurisdiction and masking as the page. */
@Path("claims/export")
@RequestScoped
public class ClaimListDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    ClaimQueries queries;

    @Inject
    SavedSearches searches;

    /** The claims of the saved search {@code s}. */
    @GET
    public Response claims(@QueryParam("s") String search) {
        var params = ClaimListParams.of(searches.find(search), null);
        Caller caller = currentCaller.require();
        StreamingOutput body = out -> queries.writeXlsx(caller, params.toFilter(), out);
        return Downloads.xlsx(body, Downloads.name(request, "download.claims"));
    }
}
