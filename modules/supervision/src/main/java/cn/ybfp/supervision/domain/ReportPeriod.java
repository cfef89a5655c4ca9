package cn.ybfp.supervision.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's period: a month (工作信息, reported monthly) or a quarter (政策落实和资金使用, reported quarterly), written
 * {@code 2026-07} or {@code 2026-Q3} (鲁医保发〔2019〕69号 三（六）: 按月报送扶贫工作信息、按季报送政策落实和资金使用情况).
 */
public record ReportPeriod(int year, boolean quarterly, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(Q([1-4])|(0[1-9]|1[0-2]))");

    public ReportPeriod {
        if (number < 1 || number > (quarterly ? 4 : 12)) {
            throw new IllegalArgumentException("period " + year + " " + number);
        }
    }

    /** The period a text names, or empty when it names none. */
    public static java.util.Optional<ReportPeriod> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return java.util.Optional.of(
                m.group(3) != null
                        ? new ReportPeriod(year, true, Integer.parseInt(m.group(3)))
                        : new ReportPeriod(year, false, Integer.parseInt(m.group(4))));
    }

    /** The last finished quarter on a day (on 6 December 2026: 2026-Q3), which is the one a county reports. */
    public static ReportPeriod lastQuarter(LocalDate today) {
        int current = (today.getMonthValue() - 1) / 3 + 1;
        return current == 1
                ? new ReportPeriod(today.getYear() - 1, true, 4)
                : new ReportPeriod(today.getYear(), true, current - 1);
    }

    public LocalDate from() {
        return quarterly ? LocalDate.of(year, number * 3 - 2, 1) : LocalDate.of(year, number, 1);
    }

    public LocalDate to() {
        return YearMonth.of(year, quarterly ? number * 3 : number).atEndOfMonth();
    }

    /** The period before: the month or quarter before, across a year's end. */
    public ReportPeriod previous() {
        if (number > 1) {
            return new ReportPeriod(year, quarterly, number - 1);
        }
        return new ReportPeriod(year - 1, quarterly, quarterly ? 4 : 12);
    }

    /** The months of the year up to the period's last: what the trend charts show. */
    public List<YearMonth> monthsOfYear() {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= to().getMonthValue(); m++) {
            months.add(YearMonth.of(year, m));
        }
        return months;
    }

    @Override
    public String toString() {
        return quarterly ? year + "-Q" + number : YearMonth.of(year, number).toString();
    }
}
