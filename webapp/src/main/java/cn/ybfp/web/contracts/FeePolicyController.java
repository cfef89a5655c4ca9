package cn.ybfp.web.contracts;

import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.application.FeePolicyService;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The contract-fee policies (签约服务费政策): everyone reads them; the province copies a year and edits packages. */
@Path("contracts/policies")
@Controller
@RequestScoped
public class FeePolicyController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FeePolicyService policies;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        currentCaller.require();
        models.put("policies", policies.list());
        return "contracts/policies.html";
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("p", policies.detail(id));
        models.put("notice", notice);
        models.put("canChange", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put("services", ServiceType.values());
        models.put("rules", PaymentRule.values());
        models.put("categories", AssistanceCategory.values());
        if (models.get("typedId") == null) {
            models.put("typedId", -1L);
        }
        return "contracts/policy.html";
    }

    @POST
    @Path("{id:\\d+}/copy")
    public Response copy(@PathParam("id") long id, @FormParam("year") String year) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> Pages.seeOther(
                        request, "/app/contracts/policies/" + policies.copy(caller, id, year) + "?notice=copied"),
                () -> detail(id, null));
    }

    @POST
    @Path("{id:\\d+}/exempt")
    public Response exempt(
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("category") List<String> categories) {
        Caller caller = currentCaller.require();
        return changed(id, () -> policies.exempt(caller, id, categories, version));
    }

    @POST
    @Path("{id:\\d+}/packages/{package:\\d+}")
    public Response change(
            @PathParam("id") long id,
            @PathParam("package") long packageId,
            @FormParam("version") long version,
            @FormParam("name") String name,
            @FormParam("fee") String fee,
            @FormParam("fundShare") String fundShare,
            @FormParam("publicHealthShare") String publicHealthShare,
            @FormParam("residentShare") String residentShare,
            @FormParam("requiredService") String requiredService,
            @FormParam("requiredCount") String requiredCount,
            @FormParam("paymentRule") String paymentRule,
            @FormParam("fundPayment") String fundPayment,
            @FormParam("diseases") String diseases) {
        Caller caller = currentCaller.require();
        var form = new FeePolicyService.PackageForm(
                name,
                fee,
                fundShare,
                publicHealthShare,
                residentShare,
                requiredService,
                requiredCount,
                paymentRule,
                fundPayment,
                diseases);
        return Pages.attempt(
                models,
                request,
                "/app/contracts/policies/" + id + "?notice=changed",
                () -> policies.change(caller, packageId, form, version),
                () -> {
                    models.put("typed", form); // the refused package's form keeps what was typed
                    models.put("typedId", packageId);
                    return detail(id, null);
                });
    }

    private Response changed(long id, Runnable change) {
        return Pages.attempt(
                models, request, "/app/contracts/policies/" + id + "?notice=changed", change, () -> detail(id, null));
    }
}
