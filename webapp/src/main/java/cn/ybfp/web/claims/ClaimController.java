package cn.ybfp.web.claims;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.validation.RequiredText;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Forms;
import cn.ybfp.web.view.Pages;
import cn.ybfp.web.view.SavedSearches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.MvcBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** One-stop settlement in the portal (一站式结算): the claim list, settling a claim, the bill, the reversal. */
@Path("claims")
@Controller
@RequestScoped
public class ClaimController {

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ClaimQueries queries;

    @Inject
    SettlementService settlement;

    @Inject
    InsuredPersons persons;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    BindingResult binding;

    @Inject
    MvcContext mvc;

    @Inject
    SavedSearches searches;

    @Inject
    DesignatedInstitutions institutions;

    /** The list, filtered by the saved search {@code s} (none: every claim of the jurisdiction). */
    @GET
    public String list(@QueryParam("s") String search, @QueryParam("page") String page) {
        Caller caller = currentCaller.require();
        var params = ClaimListParams.of(searches.find(search), page);
        models.put("search", search);
        models.put("params", params);
        models.put("page", queries.search(caller, params.toFilter(), params.page()));
        models.put("kinds", ClaimKind.values());
        models.put("townships", divisions.townshipsVisibleTo(caller));
        models.put("canSettle", caller.role() == Role.COUNTY_STAFF);
        return "claims/claimList.html";
    }

    /** The search form: its criteria are kept in the session, and the list shows them by key. */
    @POST
    @Path("search")
    public Response search(MultivaluedMap<String, String> form) {
        return Pages.seeOther(request, "/app/claims?s=" + searches.save(form, ClaimListParams.FIELDS));
    }

    /** The form, empty, for a person picked on their register page, or as the correction of a reversed claim. */
    @GET
    @Path("new")
    public String newClaim(@QueryParam("personId") Long personId, @QueryParam("corrects") Long corrects) {
        Caller caller = currentCaller.require(Role.COUNTY_STAFF);
        if (corrects != null) {
            return form(ClaimFormParams.correcting(
                    queries.correctionOf(caller, corrects).orElseThrow(NotFoundException::new)));
        }
        String idNumber = personId == null
                ? ""
                : persons.find(Jurisdiction.of(caller), personId, LocalDate.now(clock))
                        .map(p -> p.residentId().value())
                        .orElse("");
        return form(ClaimFormParams.forPerson(idNumber));
    }

    /** The bill as it would be: nothing is settled until the clerk confirms. */
    @POST
    @Path("preview")
    public Response preview(@BeanParam ClaimFormParams form) {
        Caller caller = currentCaller.require(Role.COUNTY_STAFF);
        return Pages.attempt(
                models,
                () -> {
                    models.put("preview", settlement.preview(caller, form.toRequest()));
                    return Response.ok(form(form)).build();
                },
                () -> form(form));
    }

    @POST
    public Response confirm(@BeanParam ClaimFormParams form) {
        Caller caller = currentCaller.require(Role.COUNTY_STAFF);
        return Pages.attempt(
                models,
                () -> {
                    long id = settlement.confirm(caller, form.toRequest());
                    return Pages.seeOther(request, "/app/claims/" + id + "?notice=settled");
                },
                () -> form(form));
    }

    @GET
    @Path("{id}")
    public String bill(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("bill", queries.bill(caller, id).orElseThrow(NotFoundException::new));
        models.put("notice", notice);
        models.put("canSettle", caller.role() == Role.COUNTY_STAFF);
        return "claims/bill.html";
    }

    @POST
    @Path("{id}/reversal")
    public Response reverse(@PathParam("id") long id, @Valid @BeanParam Reversal form) {
        Caller caller = currentCaller.require(Role.COUNTY_STAFF);
        if (binding.isFailed()) {
            Forms.refused(models, binding, mvc.getLocale(), field -> "claims.reversalReason");
            models.put("reason", form.reason);
            return Pages.badRequest(bill(id, null));
        }
        return Pages.attempt(
                models,
                () -> {
                    if (!settlement.reverse(caller, id, form.reason, form.version)) {
                        throw new NotFoundException();
                    }
                    return Pages.seeOther(request, "/app/claims/" + id + "?notice=reversed");
                },
                () -> {
                    models.put("reason", form.reason);
                    return bill(id, null);
                });
    }

    /** 冲正: the reason, on the version of the claim the clerk saw. */
    public static class Reversal {
        @MvcBinding
        @FormParam("reason")
        @RequiredText(max = 200)
        String reason;

        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;
    }

    /** A person's accumulators of a year, with the claims behind them. */
    @GET
    @Path("accounts/{personId}/{year}")
    public String account(@PathParam("personId") long personId, @PathParam("year") int year) {
        Caller caller = currentCaller.require();
        models.put("account", queries.account(caller, personId, year).orElseThrow(NotFoundException::new));
        return "claims/account.html";
    }

    private String form(ClaimFormParams form) {
        models.put("form", form);
        models.put("kinds", ClaimKind.values());
        models.put("referrals", Referral.values());
        models.put("institutions", institutions.all());
        return "claims/claimForm.html";
    }
}
