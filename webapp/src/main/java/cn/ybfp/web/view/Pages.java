package cn.ybfp.web.view;

import cn.ybfp.kernel.InvalidInputException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** What every controller does the same way: a refusal shown at its field, and the redirect after a change. */
public final class Pages {

    private Pages() {}

    /** Puts the refusal where the page shows it ({@code error.field}, {@code error.message}). */
    public static void refused(Models models, InvalidInputException e) {
        refused(models, e.field() == null ? "" : e.field(), e.message(pageLocale()));
    }

    /** The language of the page being answered (the request's, as the layout chose it). */
    private static Locale pageLocale() {
        return PortalLocale.of(CDI.current().select(HttpServletRequest.class).get());
    }

    static void refused(Models models, String field, String message) {
        models.put("error", Map.of("field", field, "message", message));
    }

    /** The page again, with the refusal, as 400: nothing was changed. */
    public static Response badRequest(String view) {
        return Response.status(Response.Status.BAD_REQUEST).entity(view).build();
    }

    /**
     * Runs a change; refused input shows {@code page} again with the message at its field, as 400, and nothing was
     * changed. (A role that may never do it is the 403 page, by {@code NotPermittedMapper}.)
     */
    public static Response attempt(Models models, Supplier<Response> change, Supplier<String> page) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            refused(models, e);
            return badRequest(page.get());
        }
    }

    /**
     * {@link #attempt} for a change that returns nothing: when it succeeds, the result is seen at {@code path}
     * (post/redirect/get), typically the record's page with a notice.
     */
    public static Response attempt(
            Models models, HttpServletRequest request, String path, Runnable change, Supplier<String> page) {
        return attempt(
                models,
                () -> {
                    change.run();
                    return seeOther(request, path);
                },
                page);
    }

    /** After a change: see the result at {@code path} (post/redirect/get). */
    public static Response seeOther(HttpServletRequest request, String path) {
        return Response.seeOther(URI.create(request.getContextPath() + path)).build();
    }
}
