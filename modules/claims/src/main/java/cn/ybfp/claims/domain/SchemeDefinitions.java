package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.SchemeField;
import cn.ybfp.kernel.Refusal;
import java.util.List;
import java.util.Map;

/**
 * A scheme's stored definition (its JSON) read as the engine's {@link Scheme} and as the province's form fields, and
 * written back from an edited form: the port the JSON reader implements.
 */
public interface SchemeDefinitions {

    /** @throws IllegalArgumentException or {@link java.io.UncheckedIOException} when the definition is not whole */
    Scheme parse(String definition);

    List<SchemeField> fields(String definition);

    Map<String, String> values(String definition);

    /**
     * The source definition with a new header and the edited values; every refused value goes into {@code problems}
     * (path → message) and the answer is then not to be stored.
     */
    String edited(
            String source,
            String id,
            String name,
            String basis,
            Map<String, String> values,
            Map<String, Refusal> problems);
}
