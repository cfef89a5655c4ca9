package cn.ybfp.claims.application;

import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.claims.application.SettlementService.Outcome;
import cn.ybfp.claims.domain.ClaimFormat;
import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The settlement API of hospital systems, behind authentication: reads the request (the command line's case with
 * the person's {@code idNumber} instead of the inline person), settles or previews it, and answers the command
 * line's answer, or {@code {"errors": […]}} with 400 (bad input) or 409 (claim number already used differently).
 */
@ApplicationScoped
public class HospitalApi {

    private static final Set<String> FIELDS = Set.of("idNumber", "scheme", "claims");
    private static final int MAX_CLAIMS = 100;

    @Inject
    SettlementService settlement;

    @Inject
    ClaimFormat format;

    /** A hospital system is bound to one designated institution: its claims are that institution's. */
    @Inject
    DesignatedInstitutions institutions;

    /** The HTTP status and the JSON body to send. */
    public record Reply(int status, byte[] body) {}

    /** The hospital system that called, as its token says: client id, hospital name, county served. */
    public record Caller(String clientId, String hospitalName, DivisionCode county) {}

    public Reply handle(Caller hospital, InputStream body, boolean record) {
        try {
            JsonNode request = format.readRequest(body);
            List<Outcome> outcomes = settlement.settleForHospital(
                    hospital.county(),
                    hospital.clientId(),
                    text(request, "scheme"),
                    requests(request, hospital, institution(hospital)),
                    record);
            return new Reply(
                    200, format.answer(outcomes.stream().map(Outcome::bill).toList()));
        } catch (ClaimConflictException e) {
            return errors(409, e.getMessage());
        } catch (InvalidInputException e) { // the settlement's refusals, and the booklet check's
            return errors(400, e.getMessage());
        } catch (JacksonException e) {
            return errors(400, "请求不是有效的 JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 401: no token, or not a hospital system's. */
    public Reply unauthorised() {
        return errors(401, "需要医院系统的有效访问令牌（Bearer）");
    }

    /** The code of the institution the client is bound to; null for a client not bound yet (named by its token). */
    private String institution(Caller hospital) {
        return institutions
                .byApiClient(hospital.clientId())
                .map(Institution::code)
                .orElse(null);
    }

    private static List<ClaimRequest> requests(JsonNode body, Caller hospital, String institution) {
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
            requests.add(new ClaimRequest(
                    text(body, "idNumber"), hospital.hospitalName(), institution, null, (ObjectNode) claim));
        }
        return requests;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private Reply errors(int status, String message) {
        return new Reply(status, format.errors(List.of(message)));
    }
}
