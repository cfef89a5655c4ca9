package cn.ybfp.web.view;

import java.util.Locale;

/**
 * The label of an enumeration constant in the page's language, from the bundles ({@code enum.CaseState.PAID}), for
 * the templates as {@code ${labels.of(a.state())}}. The constants' own Chinese {@code label()} stays for the
 * domain's messages and the exported files.
 */
public record EnumLabels(Locale locale) {

    /** The bundle's label; the key itself when the bundle lacks it, so that a missing one shows (MessagesTest). */
    public String of(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String key = key(constant);
        String label = Messages.get(locale, key);
        return label == null ? key : label;
    }

    static String key(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
