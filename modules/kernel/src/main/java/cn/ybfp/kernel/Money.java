package cn.ybfp.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Yuan amounts as {@link BigDecimal} of scale 2, rounded HALF_UP: the one convention for every payment, so that a
 * bill can be checked by hand and never carries binary-floating-point noise ({@code double} is never used).
 */
public final class Money {

    /** Zero yuan at scale 2, so that {@code equals} agrees with amounts computed here. */
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private static final int SCALE = 2;
    /** Plain decimal notation only: no exponent, no grouping, at most two decimals (a third one would be a fen fraction). */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private Money() {}

    /**
     * Reads an amount such as {@code "12000.00"}, {@code "12000"} or {@code "0.5"}.
     *
     * @throws IllegalArgumentException when the text is not a plain amount with at most two decimals; it is not
     *                                  rounded silently, because a third decimal means the sender computed wrongly
     */
    public static BigDecimal parse(String text) {
        if (text == null || !AMOUNT.matcher(text.strip()).matches()) {
            throw new IllegalArgumentException("金额格式应为最多两位小数的数字，如 12000.00");
        }
        return new BigDecimal(text.strip()).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Rounds to fen, HALF_UP: each layer's payment is rounded once, when it is computed. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The form for bills and rule lines: {@code 12,000.00} (HALF_UP to fen, thousands grouped), exactly what
     * {@code DecimalFormat("#,##0.00")} in {@link Locale#ROOT} gives. Written out by hand for amounts that are not
     * negative and fit a {@code long} in fen: a batch formats several amounts per claim, and building a
     * {@code DecimalFormat} each time (it is not thread-safe) took more than half of a batch's time; the digits go
     * straight into the string's bytes.
     */
    public static String format(BigDecimal amount) {
        BigDecimal fen = round(amount);
        if (amount.signum() < 0 || fen.precision() > 18) {
            return decimalFormat(amount);
        }
        long units = fen.scaleByPowerOfTen(2).longValue(); // exact: scale 0, at most 18 digits
        // right to left into Latin-1 bytes, without the intermediate strings of Long.toString and a builder
        byte[] text = new byte[24]; // 18 digits, 5 separators, the point
        int at = text.length;
        text[--at] = (byte) ('0' + units % 10);
        text[--at] = (byte) ('0' + units / 10 % 10);
        text[--at] = '.';
        long whole = units / 100;
        for (int digits = 0; digits == 0 || whole != 0; digits++) {
            if (digits > 0 && digits % 3 == 0) {
                text[--at] = ',';
            }
            text[--at] = (byte) ('0' + whole % 10);
            whole /= 10;
        }
        return new String(text, at, text.length - at, StandardCharsets.ISO_8859_1);
    }

    /** {@link #format} by {@code DecimalFormat}: negative amounts and amounts beyond a {@code long} of fen. */
    static String decimalFormat(BigDecimal amount) {
        // DecimalFormat is not thread-safe, so one per call; these amounts are rare.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** The form for data exchange (JSON, CSV): {@code 12000.00}, always two decimals. */
    public static String plain(BigDecimal amount) {
        return round(amount).toPlainString();
    }
}
