package cn.ybfp.web.view;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import java.util.Locale;

/** Gives Krazo (validation messages, {@code MvcContext.getLocale()}) the same language as the pages. */
@ApplicationScoped
@Priority(100)
public class MvcLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        var cookie = context.getCookie(PortalLocale.COOKIE);
        return PortalLocale.resolve(cookie == null ? null : cookie.getValue(), context.getAcceptableLanguages());
    }
}
