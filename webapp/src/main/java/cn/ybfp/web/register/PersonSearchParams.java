package cn.ybfp.web.register;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonSearch;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search form's criteria, kept in the session ({@link SavedSearches}) so that no ID number appears in an
 * address. Unknown values are ignored rather than refused: a search is harmless.
 */
public class PersonSearchParams {

    /** The form's fields that a saved search keeps. */
    static final Set<String> FIELDS =
            Set.of("idNumber", "name", "category", "assistanceClass", "enrolmentStatus", "year", "township");

    /** The criteria of a saved search, on the given page (from 1). */
    static PersonSearchParams of(Map<String, String> criteria, String page) {
        var params = new PersonSearchParams();
        params.idNumber = criteria.get("idNumber");
        params.name = criteria.get("name");
        params.category = criteria.get("category");
        params.assistanceClass = criteria.get("assistanceClass");
        params.enrolmentStatus = criteria.get("enrolmentStatus");
        params.year = criteria.get("year");
        params.township = criteria.get("township");
        params.page = page;
        return params;
    }

    String idNumber;

    String name;

    String category;

    String assistanceClass;

    String enrolmentStatus;

    String year;

    String township;

    String page;

    PersonSearch toSearch() {
        return new PersonSearch(
                blankToNull(idNumber) == null ? null : idNumber.strip().toUpperCase(Locale.ROOT),
                blankToNull(name),
                parse(AssistanceCategory.class, category),
                classNumber(),
                parse(EnrolmentStatus.class, enrolmentStatus),
                year(),
                blankToNull(township));
    }

    int page() {
        return number(page, 1);
    }

    /** The year of enrolment shown when the clerk chose none: this year, by the page's clock. */
    private int thisYear;

    PersonSearchParams thisYear(int year) {
        this.thisYear = year;
        return this;
    }

    public int year() {
        return number(year, thisYear);
    }

    private Integer classNumber() {
        int value = number(assistanceClass, 0);
        return value >= 1 && value <= 4 ? value : null;
    }

    private static int number(String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getAssistanceClass() {
        return assistanceClass;
    }

    public String getEnrolmentStatus() {
        return enrolmentStatus;
    }

    public String getTownship() {
        return township;
    }
}
