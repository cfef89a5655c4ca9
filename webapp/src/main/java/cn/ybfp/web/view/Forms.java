package cn.ybfp.web.view;

import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.ParamError;
import jakarta.ws.rs.FormParam;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Form beans on the pages: a failed constraint shown at its field, and what the clerk typed filled in again. */
public final class Forms {

    private Forms() {}

    /**
     * Puts the first failed constraint where the page shows a refusal ({@code error.field}, {@code error.message}),
     * the field named: "入户调查结果：不能为空".
     *
     * @param labelKey the message key of a form parameter's name
     */
    public static void refused(Models models, BindingResult binding, Locale locale, UnaryOperator<String> labelKey) {
        ParamError first = binding.getAllErrors().stream()
                .min(Comparator.comparing(ParamError::getParamName, Comparator.nullsLast(String::compareTo)))
                .orElseThrow();
        String field = first.getParamName() == null ? "" : first.getParamName();
        String label = Messages.get(locale, labelKey.apply(field));
        String message =
                label == null ? first.getMessage() : Messages.get(locale, "form.fieldError", label, first.getMessage());
        Pages.refused(models, field, message);
    }

    /**
     * Every {@code @FormParam} field of the bean as typed, and the action it was for. A map of the portal's own:
     * Thymeleaf refuses to call methods of {@code jakarta.*} types such as {@code MultivaluedHashMap}.
     */
    public static Entered echo(Object form, String action) {
        Entered entered = new Entered();
        entered.put("action", java.util.List.of(action));
        for (Field field : form.getClass().getDeclaredFields()) {
            FormParam param = field.getAnnotation(FormParam.class);
            if (param != null) {
                entered.put(param.value(), values(form, field));
            }
        }
        return entered;
    }

    /** What the clerk typed, by field: {@code entered.getFirst('village')}, {@code entered.get('materials')}. */
    public static final class Entered extends java.util.HashMap<String, java.util.List<String>> {

        private static final long serialVersionUID = 1L;

        public String getFirst(String field) {
            var values = get(field);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static java.util.List<String> values(Object form, Field field) {
        try {
            field.setAccessible(true);
            Object value = field.get(form);
            if (value instanceof Collection<?> many) {
                return many.stream().map(String::valueOf).toList();
            }
            return value == null ? java.util.List.of() : java.util.List.of(String.valueOf(value));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
