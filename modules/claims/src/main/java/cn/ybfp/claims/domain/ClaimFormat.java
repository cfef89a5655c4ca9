package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.kernel.AssistanceCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The case JSON of the command line as the portal and the hospital API take it and answer it: the port the JSON
 * reader and writer implement, so that every channel checks a claim the same way and reports the same messages.
 */
public interface ClaimFormat {

    /**
     * One claim as the case JSON has it, for a person taken from the register rather than sent inline.
     *
     * @throws InvalidCaseException naming the field of every problem
     */
    Claim readClaim(String schemeId, Set<AssistanceCategory> categories, LocalDate birthDate, ObjectNode claim);

    /** @throws IOException when the body is not JSON */
    JsonNode readRequest(InputStream body) throws IOException;

    /** The command line's answer: the bills. */
    byte[] answer(List<Bill> bills);

    /** {@code {"errors": ["…"]}}. */
    byte[] errors(List<String> messages);
}
