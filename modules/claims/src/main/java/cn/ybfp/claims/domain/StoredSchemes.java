package cn.ybfp.claims.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The stored schemes as the engine takes them; each version is parsed once. */
@ApplicationScoped
public class StoredSchemes implements Schemes {

    private final Map<String, Scheme> parsed = new ConcurrentHashMap<>();

    @Inject
    SchemeRecords records;

    @Inject
    SchemeDefinitions definitions;

    @Override
    public Optional<Scheme> find(String id) {
        return records.find(id).map(this::scheme);
    }

    /** The scheme of a stored record, at the record's version. */
    public Scheme scheme(SchemeRecord record) {
        return parsed.computeIfAbsent(
                record.id() + "@" + record.version(), key -> definitions.parse(record.definition()));
    }
}
