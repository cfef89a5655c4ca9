package cn.ybfp.web.claims;

import cn.ybfp.claims.api.ClaimFilter;
import cn.ybfp.claims.api.ClaimKind;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The claim list's filters. Unknown values are ignored, as in every search of the portal. */
public class ClaimListParams {

    @QueryParam("q")
    String q;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("kind")
    String kind;

    @QueryParam("township")
    String township;

    @QueryParam("status")
    String status;

    @QueryParam("page")
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
