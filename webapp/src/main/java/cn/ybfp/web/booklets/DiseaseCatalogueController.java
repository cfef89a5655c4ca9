package cn.ybfp.web.booklets;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.application.DiseaseCatalogueService;
import cn.ybfp.booklets.application.DiseaseCatalogueService.CatalogueKey;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The disease catalogues (门诊慢特病病种目录): everyone reads them; the province copies one into another year or
 * region, adds diseases and decides each one's kind and coverage. Refused input shows the page again with the
 * message naming the field, and changes nothing.
 */
@Path("booklets/catalogue")
@Controller
@RequestScoped
public class DiseaseCatalogueController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DiseaseCatalogueService catalogues;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("catalogues", catalogues.catalogues());
        models.put("kinds", DiseaseKind.values());
        models.put("canChange", caller.role() == Role.PROVINCE_SUPERVISOR);
        return "booklets/catalogueList.html";
    }

    @GET
    @Path("{region}/{year}")
    public String view(
            @PathParam("region") String region, @PathParam("year") int year, @QueryParam("notice") String notice) {
        models.put("notice", notice);
        return page(region, year);
    }

    @POST
    @Path("copy")
    public Response copy(
            @FormParam("from") String from, @FormParam("region") String region, @FormParam("year") String year) {
        Caller caller = currentCaller.require();
        entered("from", from, "region", region, "year", year);
        String[] source = from == null ? new String[0] : from.split("/");
        if (source.length != 2 || !source[1].matches("\\d{4}")) {
            throw new NotFoundException();
        }
        return Pages.attempt(
                models,
                () -> shown(catalogues.copy(caller, source[0], Integer.parseInt(source[1]), region, year), "copied"),
                this::list);
    }

    @POST
    @Path("entries")
    public Response add(
            @FormParam("region") String region,
            @FormParam("year") String year,
            @FormParam("code") String code,
            @FormParam("name") String name,
            @FormParam("kind") String kind) {
        Caller caller = currentCaller.require();
        entered("region", region, "year", year, "code", code, "name", name, "kind", kind);
        return Pages.attempt(
                models,
                () -> shown(catalogues.add(caller, region, year, code, name, kind), "added"),
                () -> pageOrList(region, year));
    }

    @POST
    @Path("{region}/{year}/entries/{id}")
    public Response change(
            @PathParam("region") String region,
            @PathParam("year") int year,
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("kind") String kind,
            @FormParam("covered") String covered) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> shown(catalogues.change(caller, region, year, id, version, kind, covered != null), "changed"),
                () -> page(region, year));
    }

    /** After a change: the catalogue it wrote, by the region and year the service checked (post/redirect/get). */
    private Response shown(CatalogueKey written, String notice) {
        URI page = UriBuilder.fromPath(request.getContextPath())
                .path("/app/booklets/catalogue/{region}/{year}")
                .queryParam("notice", notice)
                .build(written.region(), written.year());
        return Response.seeOther(page).build();
    }

    /** What the clerk typed, for the form shown again with the refusal (an empty field stays empty). */
    private void entered(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        models.put("entered", typed);
    }

    /** The catalogue the form was on, or the list (where a first disease makes a new catalogue). */
    private String pageOrList(String region, String year) {
        try {
            if (!catalogues.entries(region, Integer.parseInt(year)).isEmpty()) {
                return page(region, Integer.parseInt(year));
            }
        } catch (NumberFormatException e) {
            // not a catalogue: the list, with the refusal
        }
        return list();
    }

    private String page(String region, int year) {
        Caller caller = currentCaller.require();
        var entries = catalogues.entries(region, year);
        if (entries.isEmpty()) {
            throw new NotFoundException();
        }
        models.put("region", region);
        models.put("year", year);
        models.put("entries", entries);
        models.put("kinds", DiseaseKind.values());
        models.put("canChange", caller.role() == Role.PROVINCE_SUPERVISOR);
        return "booklets/catalogue.html";
    }
}
