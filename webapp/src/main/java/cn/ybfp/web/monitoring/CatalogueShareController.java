package cn.ybfp.web.monitoring;

import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.monitoring.application.CatalogueShareService;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * The out-of-catalogue share (目录外费用占比) per institution for the county and the province, and an institution's
 * monthly trend with the claims behind it.
 */
@Path("monitoring/out-of-catalogue")
@Controller
@RequestScoped
public class CatalogueShareController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CatalogueShareService shares;

    @Inject
    Models models;

    @GET
    public String table(@QueryParam("year") Integer year) {
        Caller caller = currentCaller.require();
        int shown = yearOr(year);
        models.put("year", shown);
        models.put("rows", shares.table(caller, shown));
        return "monitoring/catalogueShare.html";
    }

    @GET
    @Path("institution")
    public String institution(@QueryParam("hospital") String hospital, @QueryParam("year") Integer year) {
        Caller caller = currentCaller.require();
        int shown = yearOr(year);
        String name = hospital == null ? "" : hospital;
        models.put("year", shown);
        models.put("hospital", name);
        models.put(
                "row",
                shares.table(caller, shown).stream()
                        .filter(r -> r.hospital().equals(name))
                        .findFirst()
                        .orElse(null));
        models.put("months", shares.months(caller, shown, name));
        models.put("claims", shares.claims(caller, shown, name));
        return "monitoring/catalogueInstitution.html";
    }

    private static int yearOr(Integer year) {
        return year == null ? LocalDate.now(Beijing.clock()).getYear() : year;
    }
}
