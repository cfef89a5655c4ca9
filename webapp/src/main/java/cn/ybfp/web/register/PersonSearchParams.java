package cn.ybfp.web.register;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonSearch;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Locale;

/**
 * The search form's query parameters. Unknown values are ignored rather than refused: a search is harmless, and a
 * clerk's bookmark should keep working.
 */
public class PersonSearchParams {

    @QueryParam("idNumber")
    String idNumber;

    @QueryParam("name")
    String name;

    @QueryParam("category")
    String category;

    @QueryParam("assistanceClass")
    String assistanceClass;

    @QueryParam("enrolmentStatus")
    String enrolmentStatus;

    @QueryParam("year")
    String year;

    @QueryParam("township")
    String township;

    @QueryParam("page")
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
