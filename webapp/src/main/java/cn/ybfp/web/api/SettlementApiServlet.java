package cn.ybfp.web.api;

import cn.ybfp.claims.application.HospitalApi;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The settlement API for hospital systems: {@code POST /api/settlements/preview} settles nothing,
 * {@code POST /api/settlements} records the claims, idempotent by claim number (the same claim again answers its
 * stored bill; a different claim under a used number is refused with 409). A hospital is authenticated by a
 * Keycloak client-credentials token and reaches only people of its own county. All claims of one request are
 * settled in one transaction: one refused claim and none is recorded.
 */
@WebServlet(urlPatterns = {"/api/settlements", "/api/settlements/preview"})
public class SettlementApiServlet extends HttpServlet {

    @Inject
    HospitalTokens tokens;

    @Inject
    HospitalApi api;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HospitalApi.Caller> hospital = bearer(request).flatMap(tokens::hospitalOf);
        HospitalApi.Reply reply;
        if (hospital.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ybfp\"");
            reply = api.unauthorised();
        } else {
            reply = api.handle(
                    hospital.get(),
                    request.getInputStream(),
                    !request.getServletPath().endsWith("/preview"));
        }
        response.setStatus(reply.status());
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(reply.body());
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).strip()).filter(t -> !t.isEmpty())
                : Optional.empty();
    }
}
