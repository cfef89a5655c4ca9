package cn.ybfp.web.api;

import cn.ybfp.claims.application.ClaimConflictException;
import cn.ybfp.claims.application.SettlementException;
import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.claims.application.SettlementService.Outcome;
import cn.ybfp.claims.infrastructure.HospitalApiJson;
import cn.ybfp.web.api.HospitalTokens.Hospital;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The settlement API for hospital systems: {@code POST /api/settlements/preview} settles nothing,
 * {@code POST /api/settlements} records the claims, idempotent by claim number (the same claim again answers its
 * stored bill; a different claim under a used number is refused with 409). A hospital is authenticated by a
 * Keycloak client-credentials token and reaches only people of its own county. All claims of one request are
 * settled in one transaction: one refused claim and none is recorded.
 */
@WebServlet(urlPatterns = {"/api/settlements", "/api/settlements/preview"})
public class SettlementApiServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SettlementApiServlet.class.getName());
    private static final Set<String> FIELDS = Set.of("idNumber", "scheme", "claims");
    private static final int MAX_CLAIMS = 100;

    @Inject
    HospitalTokens tokens;

    @Inject
    SettlementService settlement;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Hospital> hospital = bearer(request).flatMap(tokens::hospitalOf);
        if (hospital.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ybfp\"");
            errors(response, HttpServletResponse.SC_UNAUTHORIZED, List.of("需要医院系统的有效访问令牌（Bearer）"));
            return;
        }
        boolean record = !request.getServletPath().endsWith("/preview");
        try {
            JsonNode body = HospitalApiJson.read(request.getInputStream());
            List<ClaimRequest> claims = requests(body, hospital.get());
            List<Outcome> outcomes = settlement.settleForHospital(hospital.get().county(), hospital.get().clientId(),
                    text(body, "scheme"), claims, record);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json;charset=UTF-8");
            HospitalApiJson.writeAnswer(outcomes.stream().map(Outcome::bill).toList(), response.getOutputStream());
        } catch (ClaimConflictException e) {
            errors(response, HttpServletResponse.SC_CONFLICT, List.of(e.getMessage()));
        } catch (SettlementException e) {
            errors(response, HttpServletResponse.SC_BAD_REQUEST, List.of(e.getMessage()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            errors(response, HttpServletResponse.SC_BAD_REQUEST, List.of("请求不是有效的 JSON"));
        }
        LOG.fine(() -> hospital.get().clientId() + (record ? " settled " : " previewed ") + "claims");
    }

    private static List<ClaimRequest> requests(JsonNode body, Hospital hospital) {
        if (body == null || !body.isObject()) {
            throw new SettlementException(null, "请求应为 JSON 对象，含 idNumber 与 claims");
        }
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new SettlementException(null, "未知字段（" + String.join("、", unknown) + "）");
        }
        JsonNode claims = body.get("claims");
        if (claims == null || !claims.isArray() || claims.isEmpty() || claims.size() > MAX_CLAIMS) {
            throw new SettlementException("claims", "费用明细（claims）：应为 1–" + MAX_CLAIMS + " 条的数组");
        }
        List<ClaimRequest> requests = new ArrayList<>();
        for (JsonNode claim : claims) {
            if (!claim.isObject()) {
                throw new SettlementException("claims", "费用明细（claims）：每一条应为对象");
            }
            requests.add(new ClaimRequest(text(body, "idNumber"), hospital.name(), null, (ObjectNode) claim));
        }
        return requests;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).strip()).filter(t -> !t.isEmpty()) : Optional.empty();
    }

    private static void errors(HttpServletResponse response, int status, List<String> errors) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        HospitalApiJson.writeErrors(errors, response.getOutputStream());
    }
}
