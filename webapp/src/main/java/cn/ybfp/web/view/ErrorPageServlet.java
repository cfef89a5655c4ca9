package cn.ybfp.web.view;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The friendly error page for every status that web.xml sends here (403, 404, 500, …). It shows a message and a way
 * back, never a stack trace: the exception goes to the server log only, under a reference the user can quote.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 411, 413, 500);

    @Inject
    PageRenderer renderer;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status == null ? 500 : status;
        String reference = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error != null || code >= 500) {
            LOG.log(
                    Level.SEVERE,
                    "error " + reference + " on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    error);
        }
        response.setStatus(code);
        response.setContentType("text/html;charset=UTF-8");
        String key = KNOWN.contains(code) ? Integer.toString(code) : code >= 500 ? "500" : "400";
        renderer.render(
                "error",
                Map.of("status", code, "messageKey", "error." + key, "reference", reference),
                request,
                response,
                response.getWriter());
    }
}
