package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.ClaimFormat;
import cn.ybfp.kernel.AssistanceCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The claim format in the module's one JSON set-up ({@link SingleClaimCase}, {@link HospitalApiJson}). */
@ApplicationScoped
public class JsonClaimFormat implements ClaimFormat {

    @Override
    public Claim readClaim(String schemeId, Set<AssistanceCategory> categories, LocalDate birthDate, ObjectNode claim) {
        return SingleClaimCase.read(schemeId, categories, birthDate, claim)
                .claims()
                .get(0);
    }

    @Override
    public JsonNode readRequest(InputStream body) throws IOException {
        return HospitalApiJson.read(body);
    }

    @Override
    public byte[] answer(List<Bill> bills) {
        var out = new ByteArrayOutputStream();
        try {
            HospitalApiJson.writeAnswer(bills, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] errors(List<String> messages) {
        var out = new ByteArrayOutputStream();
        try {
            HospitalApiJson.writeErrors(messages, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
