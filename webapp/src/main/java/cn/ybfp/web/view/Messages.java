package cn.ybfp.web.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts, {@code messages_zh.properties} and {@code messages_en.properties}. No fallback to the JVM's
 * locale: a server started under an English locale must still answer a Chinese browser in Chinese.
 */
public final class Messages {

    public static final String BUNDLE = "messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text for the key with its arguments filled in, or null when the key is missing. */
    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = bundle(locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
