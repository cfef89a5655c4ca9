package cn.ybfp.web.contracts;

import cn.ybfp.contracts.application.CoverageService;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The contracts' coverage per township of the caller's area, and a township's target people without a contract. */
@Path("contracts/coverage")
@Controller
@RequestScoped
public class CoverageController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CoverageService coverage;

    @Inject
    Models models;

    @GET
    public String coverage() {
        models.put("rows", coverage.coverage(currentCaller.require()));
        return "contracts/coverage.html";
    }

    @GET
    @Path("{township:\\d{9}}")
    public String withoutContract(@PathParam("township") String township) {
        Caller caller = currentCaller.require();
        models.put("township", township);
        models.put("people", coverage.withoutContract(caller, township));
        return "contracts/withoutContract.html";
    }
}
