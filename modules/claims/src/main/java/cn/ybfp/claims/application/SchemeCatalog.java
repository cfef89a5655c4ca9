package cn.ybfp.claims.application;

import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeRecord;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.claims.domain.Schemes;
import cn.ybfp.claims.infrastructure.JsonSchemes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The stored schemes as the engine takes them; each version is parsed once. */
@ApplicationScoped
public class SchemeCatalog implements Schemes {

    private final Map<String, Scheme> parsed = new ConcurrentHashMap<>();

    @Inject
    SchemeRecords records;

    @Override
    public Optional<Scheme> find(String id) {
        return records.find(id).map(this::scheme);
    }

    Scheme scheme(SchemeRecord record) {
        return parsed.computeIfAbsent(record.id() + "@" + record.version(), key -> parse(record.definition()));
    }

    static Scheme parse(String definition) {
        try {
            return JsonSchemes.parse(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
