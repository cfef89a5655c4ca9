package cn.ybfp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Form text into values, or an {@link InvalidInputException} that names the field and says why ("家庭人口：应为 1–30
 * 的整数"), in the page's language: the reasons are {@code cn/ybfp/kernel/forms_zh} and {@code _en}, and each label
 * is a text of the calling module's bundle. The one place every module turns typed text into values.
 */
public final class FormValues {

    private static final String TEXTS = "cn.ybfp.kernel.forms";

    private FormValues() {}

    private static InvalidInputException refused(String field, String reason, Refusal label, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = label;
        System.arraycopy(args, 0, all, 1, args.length);
        return new InvalidInputException(field, Refusal.of(TEXTS, reason, all));
    }

    public static String text(String value, String field, Refusal label, int maxLength) {
        String text = optional(value, field, label, maxLength);
        if (text == null) {
            throw refused(field, "blank", label);
        }
        return text;
    }

    /** Null when blank. */
    public static String optional(String value, String field, Refusal label, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw refused(field, "tooLong", label, String.valueOf(maxLength));
        }
        return value.strip();
    }

    public static int whole(String value, String field, Refusal label, int min, int max) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw refused(field, "whole", label, String.valueOf(min), String.valueOf(max));
    }

    public static int year(String value, String field, Refusal label) {
        return whole(value, field, label, 2000, 2100);
    }

    public static long id(String value, String field, Refusal label) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw refused(field, "invalid", label);
        }
    }

    /** Yuan, never negative, at most two decimals; thousands separators are allowed. */
    public static BigDecimal money(String value, String field, Refusal label) {
        String text = value == null ? "" : value.strip().replace(",", "");
        if (text.startsWith("-")) {
            throw refused(field, "negative", label);
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(field, "money", label);
        }
    }

    public static LocalDate date(String value, String field, Refusal label) {
        LocalDate date = optionalDate(value, field, label);
        if (date == null) {
            throw refused(field, "blank", label);
        }
        return date;
    }

    /** Null when blank. */
    public static LocalDate optionalDate(String value, String field, Refusal label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refused(field, "date", label);
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Refusal label) {
        if (value == null || value.isBlank()) {
            throw refused(field, "choose", label);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw refused(field, "invalid", label);
        }
    }

    public static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field, Refusal label) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                set.add(choice(type, value, field, label));
            }
        }
        return set;
    }
}
