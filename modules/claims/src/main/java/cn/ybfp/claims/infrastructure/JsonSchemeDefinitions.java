package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.SchemeField;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeDefinitions;
import cn.ybfp.kernel.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Scheme definitions in the JSON of the scheme files ({@link JsonSchemes}, {@link SchemeParameters}). */
@ApplicationScoped
public class JsonSchemeDefinitions implements SchemeDefinitions {

    @Override
    public Scheme parse(String definition) {
        try {
            return JsonSchemes.parse(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<SchemeField> fields(String definition) {
        return SchemeParameters.fields(definition);
    }

    @Override
    public Map<String, String> values(String definition) {
        return SchemeParameters.values(definition);
    }

    @Override
    public String edited(
            String source,
            String id,
            String name,
            String basis,
            Map<String, String> values,
            Map<String, Refusal> problems) {
        return SchemeParameters.edited(source, id, name, basis, values, problems);
    }
}
