package cn.ybfp.register.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Turns form text into values, or a {@link RegisterException} that names the field in Chinese. */
final class FormValues {

    private FormValues() {}

    static String required(String value, String field, String label, int maxLength) {
        String text = optional(value, field, label, maxLength);
        if (text == null) {
            throw new RegisterException(field, label + "不能为空");
        }
        return text;
    }

    static String optional(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new RegisterException(field, label + "不能超过" + maxLength + "个字");
        }
        return text;
    }

    static LocalDate date(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RegisterException(field, label + "格式应为 年-月-日，如 2026-01-31");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new RegisterException(field, "请选择" + label);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new RegisterException(field, label + "无效");
        }
    }
}
