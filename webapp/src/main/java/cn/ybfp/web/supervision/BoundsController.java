package cn.ybfp.web.supervision;

import cn.ybfp.claims.application.SchemeService;
import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Role;
import cn.ybfp.supervision.api.SchemeBoundValues;
import cn.ybfp.supervision.application.SchemeBoundsService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemes of a year against the province's bounds (no over- and no under-protection): every region's scheme with
 * its breaches and their clauses, the supervisors' sign-off of each warning, and the year's bounds, which the province
 * edits.
 */
@Path("supervision/bounds")
@Controller
@RequestScoped
public class BoundsController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SchemeService schemes;

    @Inject
    SchemeBoundsService bounds;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** A scheme of the year with what the bounds found in it. */
    public record Row(SchemeService.SchemeSummary scheme, List<SchemeBoundsService.Finding> findings) {}

    @GET
    public String page(@QueryParam("year") Integer year, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        if (caller.role() == Role.TOWNSHIP_STAFF) {
            throw new cn.ybfp.kernel.NotPermittedException("待遇方案由省级制定");
        }
        int shown = year == null ? LocalDate.now(Beijing.clock()).getYear() : year;
        models.put("year", shown);
        models.put("notice", notice);
        models.put("canSign", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put("bounds", bounds.bounds(shown).map(BoundsController::asMap).orElse(null));
        models.put(
                "rows",
                schemes.all().stream()
                        .filter(s -> s.year() == shown)
                        .map(s -> {
                            var byYear = schemes.valuesByYear(s.region());
                            return new Row(s, bounds.findings(s.id(), s.region(), shown, byYear.get(shown), byYear));
                        })
                        .toList());
        return "supervision/bounds.html";
    }

    @POST
    @Path("signoff")
    public Response signOff(
            @FormParam("year") int year,
            @FormParam("scheme") String scheme,
            @FormParam("rule") String rule,
            @FormParam("path") String path,
            @FormParam("reason") String reason) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                "/app/supervision/bounds?year=" + year + "&notice=signed",
                () -> bounds.signOff(caller, scheme, rule, path, reason),
                () -> page(year, null));
    }

    @POST
    public Response save(@FormParam("year") int year, @BeanParam BoundsForm form) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                "/app/supervision/bounds?year=" + year + "&notice=saved",
                () -> bounds.save(caller, year, form.values()),
                () -> page(year, null));
    }

    /** The bounds by field name, as the form shows them. */
    private static Map<String, String> asMap(SchemeBoundValues values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (var component : SchemeBoundValues.class.getRecordComponents()) {
            try {
                map.put(
                        component.getName(),
                        ((BigDecimal) component.getAccessor().invoke(values)).toPlainString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }

    /** The bounds form: every field a decimal. */
    public static class BoundsForm {

        @FormParam("disposableIncome")
        String disposableIncome;

        @FormParam("class2DeductibleShare")
        String class2DeductibleShare;

        @FormParam("class2Ratio")
        String class2Ratio;

        @FormParam("class3Ratio")
        String class3Ratio;

        @FormParam("class4Ratio")
        String class4Ratio;

        @FormParam("childBonus")
        String childBonus;

        @FormParam("ciDeductibleShare")
        String ciDeductibleShare;

        @FormParam("ciRatio")
        String ciRatio;

        @FormParam("ciTolerance")
        String ciTolerance;

        @FormParam("preferentialFactor")
        String preferentialFactor;

        @FormParam("preferentialBonus")
        String preferentialBonus;

        SchemeBoundValues values() {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("disposableIncome", disposableIncome);
            all.put("class2DeductibleShare", class2DeductibleShare);
            all.put("class2Ratio", class2Ratio);
            all.put("class3Ratio", class3Ratio);
            all.put("class4Ratio", class4Ratio);
            all.put("childBonus", childBonus);
            all.put("ciDeductibleShare", ciDeductibleShare);
            all.put("ciRatio", ciRatio);
            all.put("ciTolerance", ciTolerance);
            all.put("preferentialFactor", preferentialFactor);
            all.put("preferentialBonus", preferentialBonus);
            Map<String, BigDecimal> parsed = new LinkedHashMap<>();
            all.forEach((field, text) -> parsed.put(field, decimal(field, text)));
            return new SchemeBoundValues(
                    parsed.get("disposableIncome"),
                    parsed.get("class2DeductibleShare"),
                    parsed.get("class2Ratio"),
                    parsed.get("class3Ratio"),
                    parsed.get("class4Ratio"),
                    parsed.get("childBonus"),
                    parsed.get("ciDeductibleShare"),
                    parsed.get("ciRatio"),
                    parsed.get("ciTolerance"),
                    parsed.get("preferentialFactor"),
                    parsed.get("preferentialBonus"));
        }

        /** A non-negative decimal; a share or ratio is at most 1, the income at most 10 digits. */
        private static BigDecimal decimal(String field, String text) {
            try {
                BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
                boolean fraction = !field.equals("disposableIncome");
                if (value.signum() < 0 || fraction && value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 4) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        field, field.equals("disposableIncome") ? "上年居民人均可支配收入应为非负金额" : "比例应为 0 至 1 之间的小数（如 0.70）");
            }
        }
    }
}
