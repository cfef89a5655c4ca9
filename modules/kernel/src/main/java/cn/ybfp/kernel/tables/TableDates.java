package cn.ybfp.kernel.tables;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates clerks write in uploaded tables (exchange lists, patient lists): {@code 2021-03-01},
 * {@code 2021/3/1}, {@code 2021.03.01}, {@code 20210301} and {@code 2021年3月1日} (the 日 may be missing), with one- or
 * two-digit month and day, full-width digits allowed, and a time of day after the date ignored
 * ({@code 2021-03-01 00:00:00}, as database exports write). Anything else, an impossible date ({@code 2021-02-30}), or
 * a year outside {@value #MIN_YEAR}–{@value #MAX_YEAR} (a typo such as 0221) is empty: the module reading the table
 * rejects the row with a reason rather than guess.
 */
public final class TableDates {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?";
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE =
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?" + TIME);

    private TableDates() {}

    /** The date, or empty when the text is blank or not a real date in one of the forms above. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = SEPARATED.matcher(value);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(value);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(value);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
