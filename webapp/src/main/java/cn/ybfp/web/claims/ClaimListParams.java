package cn.ybfp.web.claims;

import cn.ybfp.claims.api.ClaimFilter;
import cn.ybfp.claims.api.ClaimKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * The claim list's filters, kept in the session ({@link cn.ybfp.web.view.SavedSearches}) so that an ID number
 * searched for never appears in an address. Unknown values are ignored, as in every search of the portal.
 */
public class ClaimListParams {

    /** The form's fields that a saved search keeps. */
    static final Set<String> FIELDS = Set.of("q", "from", "to", "kind", "township", "status");

    /** The criteria of a saved search, on the given page (from 1). */
    static ClaimListParams of(Map<String, String> criteria, String page) {
        var params = new ClaimListParams();
        params.q = criteria.get("q");
        params.from = criteria.get("from");
        params.to = criteria.get("to");
        params.kind = criteria.get("kind");
        params.township = criteria.get("township");
        params.status = criteria.get("status");
        params.page = page;
        return params;
    }

    String q;

    String from;

    String to;

    String kind;

    String township;

    String status;

    String page;

    ClaimFilter toFilter() {
        return new ClaimFilter(
                blankToNull(q),
                date(from),
                date(to),
                kind(),
                blankToNull(township),
                "reversed".equals(status) ? Boolean.TRUE : "standing".equals(status) ? Boolean.FALSE : null);
    }

    int page() {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private ClaimKind kind() {
        try {
            return kind == null || kind.isBlank() ? null : ClaimKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getQ() {
        return q;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getKind() {
        return kind;
    }

    public String getTownship() {
        return township;
    }

    public String getStatus() {
        return status;
    }
}
