package cn.ybfp.web.view;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The portal speaks Chinese first and English second: the {@code lang} cookie set by the language switch wins,
 * then the browser's first preference among the two, then Chinese.
 */
public final class PortalLocale {

    public static final String COOKIE = "lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.CHINESE, Locale.ENGLISH);

    private PortalLocale() {}

    public static Locale of(HttpServletRequest request) {
        String chosen = request.getCookies() == null
                ? null
                : Arrays.stream(request.getCookies())
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
        return resolve(chosen, Collections.list(request.getLocales()));
    }

    /** The language chosen with the switch, else the browser's first supported preference, else Chinese. */
    public static Locale resolve(String chosen, List<Locale> preferences) {
        Locale locale = supported(chosen);
        if (locale != null) {
            return locale;
        }
        return preferences.stream()
                .map(l -> supported(l.getLanguage()))
                .filter(l -> l != null)
                .findFirst()
                .orElse(Locale.CHINESE);
    }

    /** The supported locale for a language tag, or null. */
    public static Locale supported(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
    }
}
