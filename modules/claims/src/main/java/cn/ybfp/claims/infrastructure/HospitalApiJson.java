package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.Bill;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The JSON of the hospital API: the request is the command line's case with the person's ID number instead of the
 * inline person ({@code {"idNumber": "…", "claims": [ … ]}}, {@code scheme} optional), the answer is the command
 * line's answer, and errors are {@code {"errors": ["…"]}}. Read and written with the module's one JSON set-up, so
 * amounts keep their exact decimals.
 */
public final class HospitalApiJson {

    private HospitalApiJson() {}

    /** @throws IOException when the body is not JSON */
    public static JsonNode read(InputStream body) throws IOException {
        return Json.MAPPER.readTree(body);
    }

    public static void writeAnswer(List<Bill> bills, OutputStream out) throws IOException {
        try (JsonGenerator generator = Json.MAPPER.createGenerator(out)) {
            AnswerJson.write(bills, generator);
        }
    }

    public static void writeErrors(List<String> errors, OutputStream out) throws IOException {
        try (JsonGenerator generator = Json.MAPPER.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeArrayFieldStart("errors");
            for (String error : errors) {
                generator.writeString(error);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
