package cn.ybfp.web.home;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The home page of each role, showing the divisions the caller works in. */
@Path("")
@Controller
@RequestScoped
public class HomeController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Models models;

    @GET
    public String home() {
        Caller caller = currentCaller.require();
        models.put("divisions", divisions.visibleTo(caller));
        return switch (caller.role()) {
            case TOWNSHIP_STAFF -> "home/townshipHome.html";
            case COUNTY_STAFF -> "home/countyHome.html";
            case PROVINCE_SUPERVISOR -> "home/provinceHome.html";
        };
    }
}
