package cn.ybfp.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Form text into values, or an {@link InvalidInputException} that names the field and says why in Chinese
 * ("家庭人口：应为 1–30 的整数"). The one place every module turns typed text into values.
 */
public final class FormValues {

    private FormValues() {}

    public static String text(String value, String field, String label, int maxLength) {
        String text = optional(value, field, label, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, label + "：不能为空");
        }
        return text;
    }

    /** Null when blank. */
    public static String optional(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidInputException(field, label + "：最多 " + maxLength + " 个字");
        }
        return value.strip();
    }

    public static int whole(String value, String field, String label, int min, int max) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new InvalidInputException(field, label + "：应为 " + min + "–" + max + " 的整数");
    }

    public static int year(String value, String field, String label) {
        return whole(value, field, label, 2000, 2100);
    }

    public static long id(String value, String field, String label) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label + "：无效");
        }
    }

    /** Yuan, never negative, at most two decimals; thousands separators are allowed. */
    public static BigDecimal money(String value, String field, String label) {
        String text = value == null ? "" : value.strip().replace(",", "");
        if (text.startsWith("-")) {
            throw new InvalidInputException(field, label + "：不能为负数");
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, label + "：应为金额（元），最多两位小数");
        }
    }

    public static LocalDate date(String value, String field, String label) {
        LocalDate date = optionalDate(value, field, label);
        if (date == null) {
            throw new InvalidInputException(field, label + "：不能为空");
        }
        return date;
    }

    /** Null when blank. */
    public static LocalDate optionalDate(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + "：应为 年-月-日，如 2026-01-31");
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, label + "：请选择");
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, label + "：无效");
        }
    }

    public static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field, String label) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                set.add(choice(type, value, field, label));
            }
        }
        return set;
    }
}
