package cn.ybfp.web.register;

import cn.ybfp.kernel.Caller;
import cn.ybfp.register.application.PersonExport;
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
import java.time.Clock;
import java.time.LocalDate;

/** The person list as .xlsx: the same search, jurisdiction and masking as the page, streamed. */
@Path("register/people/export")
@RequestScoped
public class PersonListDownload {

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    PersonExport export;

    @Inject
    SavedSearches searches;

    /** The people of the saved search {@code s}. */
    @GET
    public Response people(@QueryParam("s") String search) {
        Caller caller = currentCaller.require();
        var params = PersonSearchParams.of(searches.find(search), null);
        params.thisYear(LocalDate.now(clock).getYear());
        StreamingOutput body = out -> export.writeXlsx(caller, params.toSearch(), out);
        return Downloads.xlsx(body, Downloads.name(request, "download.people"));
    }
}
