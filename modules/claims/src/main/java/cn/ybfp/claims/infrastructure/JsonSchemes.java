package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.Schemes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The schemes shipped as JSON files on the class path ({@code schemes/<id>.json}, shape in the module's README),
 * each read once. {@link #parse(InputStream)} is the one reader of that shape, for the migration that will load
 * the same files into the database.
 */
public final class JsonSchemes implements Schemes {

    /** The characters a scheme id may have: the id becomes part of a resource path. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, Optional<Scheme>> loaded = new ConcurrentHashMap<>();

    @Override
    public Optional<Scheme> find(String id) {
        Optional<Scheme> known = id == null ? null : loaded.get(id);
        if (known != null) {
            return known;
        }
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(id, JsonSchemes::load);
    }

    private static Optional<Scheme> load(String id) {
        try (InputStream in = JsonSchemes.class.getResourceAsStream("/schemes/" + id + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            Scheme scheme = parse(in);
            if (!scheme.id().equals(id)) {
                throw new IllegalStateException("schemes/" + id + ".json holds scheme " + scheme.id());
            }
            return Optional.of(scheme);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scheme " + id, e);
        }
    }

    /** Reads one scheme file; the scheme's constructors check every value. */
    public static Scheme parse(InputStream in) throws IOException {
        return Json.MAPPER.readValue(in, Scheme.class);
    }
}
