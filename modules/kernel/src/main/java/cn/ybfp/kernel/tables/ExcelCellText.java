package cn.ybfp.kernel.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric Excel cell into the text the clerk means, for the streaming reader:
 * <ul>
 * <li>a date cell (any date format, e.g. Chinese "2021年3月1日" or "2021/3/1") becomes {@code 2021-03-01}, the one
 * form {@link TableDates} reads first;</li>
 * <li>a number in the General format is written out in full, never in scientific notation: an identity number typed
 * as a number shows as "2.20112E+17" in Excel's grid but must come out as digits. Excel keeps only 15 significant
 * digits, so an 18-digit number typed as a number has already lost its last three digits in the file
 * ({@code 220112198001011000}); it comes out as such and the comparison rejects it for its check digit;</li>
 * <li>any other format (e.g. {@code 000000} keeping leading zeros, or {@code 0.00}) is applied as Excel does.</li>
 * </ul>
 */
final class ExcelCellText extends DataFormatter {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final Pattern SCIENTIFIC = Pattern.compile("-?[\\d.]+E[+-]?\\d+");

    private final boolean date1904;

    ExcelCellText(boolean date1904) {
        super(Locale.CHINA);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(ISO_DATE);
        }
        if (formatString == null || "General".equalsIgnoreCase(formatString) || "@".equals(formatString)) {
            return plain(value);
        }
        String formatted = super.formatRawCellContents(value, formatIndex, formatString);
        return SCIENTIFIC.matcher(formatted).matches() ? plain(value) : formatted;
    }

    /** The number in plain digits at Excel's precision: 2.20112198001011E17 → "220112198001011000", 12.5 → "12.5". */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value))
                .round(EXCEL_PRECISION)
                .stripTrailingZeros()
                .toPlainString();
    }
}
