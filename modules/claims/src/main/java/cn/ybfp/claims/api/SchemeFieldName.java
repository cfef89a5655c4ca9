package cn.ybfp.claims.api;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.InLanguage;
import cn.ybfp.kernel.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A scheme parameter's name, from its path in the scheme: "基本医保 · 住院 · 医疗机构级别 · 1 · 起付线", each part in the
 * glossary's words ({@link #TEXTS}), a category by its own label, a segment by
 * its place ("第2段").
 */
public record SchemeFieldName(String path) implements InLanguage {

    /** The names' words and the form's refusals: {@code cn/ybfp/claims/schemefields_zh}, {@code _en}. */
    public static final String TEXTS = "cn.ybfp.claims.schemefields";

    @Override
    public String in(Locale locale) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("\\.")) {
            String key = part.replaceAll("\\[(\\d+)]$", "");
            String word = word(key, locale);
            parts.add(
                    part.equals(key)
                            ? word
                            : text(
                                    "name.segment",
                                    locale,
                                    word,
                                    String.valueOf(Integer.parseInt(part.replaceAll(".*\\[(\\d+)]$", "$1")) + 1)));
        }
        return String.join(text("name.separator", locale), parts);
    }

    private static String word(String key, Locale locale) {
        try {
            return text("word." + key, locale);
        } catch (MissingResourceException e) {
            return Arrays.stream(AssistanceCategory.values())
                    .filter(c -> c.name().equals(key))
                    .findFirst()
                    .map(category -> text("name.category", locale, category))
                    .orElse(key); // a level's or class's number
        }
    }

    private static String text(String key, Locale locale, Object... args) {
        return Refusal.of(TEXTS, key, args).in(locale);
    }
}
