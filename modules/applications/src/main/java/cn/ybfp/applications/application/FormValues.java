package cn.ybfp.applications.application;

import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Form text into values, or a {@link CaseRefusedException} that names the field and says why in Chinese. */
final class FormValues {

    private FormValues() {}

    static String text(String value, String field, String label, int maxLength) {
        String text = optional(value, field, label, maxLength);
        if (text == null) {
            throw new CaseRefusedException(field, label + "：不能为空");
        }
        return text;
    }

    static String optional(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw new CaseRefusedException(field, label + "：最多 " + maxLength + " 个字");
        }
        return value.strip();
    }

    static int whole(String value, String field, String label, int min, int max) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new CaseRefusedException(field, label + "：应为 " + min + "–" + max + " 的整数");
    }

    static int year(String value, String field, String label) {
        return whole(value, field, label, 2000, 2100);
    }

    static long id(String value, String field, String label) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new CaseRefusedException(field, label + "：无效");
        }
    }

    static BigDecimal money(String value, String field, String label) {
        String text = value == null ? "" : value.strip().replace(",", "");
        if (text.startsWith("-")) {
            throw new CaseRefusedException(field, label + "：不能为负数");
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CaseRefusedException(field, label + "：应为金额（元），最多两位小数");
        }
    }

    static LocalDate date(String value, String field, String label) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new CaseRefusedException(field, label + "：应为 年-月-日，如 2026-01-31");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new CaseRefusedException(field, label + "：请选择");
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new CaseRefusedException(field, label + "：无效");
        }
    }

    static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                set.add(choice(type, value, "materials", "材料"));
            }
        }
        return set;
    }
}
