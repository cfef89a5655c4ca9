package cn.ybfp.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A search's criteria kept in the clerk's session under an opaque key, so that an ID number or a name never
 * appears in an address: not in the browser's history, a proxy's log or a bookmark. A search form posts its
 * fields, the portal keeps them here and redirects to the list with {@code ?s=<key>}; the pager and the export
 * carry only the key. The last 50 searches of a session are kept.
 */
@SessionScoped
public class SavedSearches implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Map<String, String>> searches = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > KEPT;
        }
    };

    /** Keeps the named fields of a posted form (the first value of each, blank ones left out); answers the key. */
    public synchronized String save(MultivaluedMap<String, String> form, Set<String> fields) {
        Map<String, String> criteria = new LinkedHashMap<>();
        for (String field : fields) {
            String value = form.getFirst(field);
            if (value != null && !value.isBlank()) {
                criteria.put(field, value.strip());
            }
        }
        byte[] key = new byte[9];
        RANDOM.nextBytes(key);
        String id = HexFormat.of().formatHex(key);
        searches.put(id, Map.copyOf(criteria));
        return id;
    }

    /** The criteria kept under the key; none (the unfiltered list) for an unknown or missing key. */
    public synchronized Map<String, String> find(String key) {
        return key == null ? Map.of() : searches.getOrDefault(key, Map.of());
    }
}
