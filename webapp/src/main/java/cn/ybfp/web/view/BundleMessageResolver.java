package cn.ybfp.web.view;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Serves {@code #{key}} in templates from {@link Messages}; a missing key shows as {@code ??key??}. */
final class BundleMessageResolver extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return Messages.get(context.getLocale(), key, args == null ? new Object[0] : args);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return "??" + key + "??";
    }
}
