package cn.ybfp.web.divisions;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** The divisions of the caller's jurisdiction (辖区区划), for county and province users. */
@Path("divisions")
@Controller
@RequestScoped
@RolesAllowed({Role.COUNTY, Role.PROVINCE})
public class DivisionController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Models models;

    @GET
    public String list() {
        models.put("divisions", divisions.visibleTo(currentCaller.require()));
        return "divisions/divisionList.html";
    }

    /** A division outside the jurisdiction answers 404, exactly like one that does not exist. */
    @GET
    @Path("{code}")
    public String detail(@PathParam("code") String code) {
        Caller caller = currentCaller.require();
        DivisionView division = DivisionCode.tryParse(code)
                .flatMap(c -> divisions.find(caller, c))
                .orElseThrow(NotFoundException::new);
        List<DivisionView> children = divisions.visibleTo(caller).stream()
                .filter(d -> division.code().equals(d.parent()))
                .toList();
        models.put("division", division);
        models.put("children", children);
        return "divisions/divisionDetail.html";
    }
}
