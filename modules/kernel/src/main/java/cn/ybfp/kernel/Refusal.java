package cn.ybfp.kernel;

import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why input was refused, by key, so that each page says it in its own language: the module's bundle
 * ({@code BUNDLE_zh.properties}, {@code BUNDLE_en.properties}) holds the texts, with {@code {0}}… for the arguments.
 * An argument that is an enumeration constant is shown by its label in the same language ({@code enum.Class.NAME} in
 * the portal's bundle where there is one, else the constant's own {@code label()}); a {@link Text} is another text of
 * the same bundle (a field's name), and an {@link InLanguage} (another refusal, a field's name) is a part said in the same language. Numbers and dates are passed as text, so that no pattern formats them.
 */
public record Refusal(String bundle, String key, List<Object> args) implements InLanguage {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static Refusal of(String bundle, String key, Object... args) {
        return new Refusal(bundle, key, List.of(args));
    }

    /** An argument that is itself a text of the same bundle, such as a field's name. */
    public record Text(String key) {}

    /** The text in that language; Chinese, the portal's first, when the bundle has no such language. */
    @Override
    public String in(Locale locale) {
        ResourceBundle texts = bundle(bundle, locale);
        Object[] shown = args.stream()
                .map(arg -> arg instanceof Text text ? texts.getString(text.key()) : shown(arg, locale))
                .toArray();
        return new MessageFormat(texts.getString(key), locale).format(shown);
    }

    private static Object shown(Object arg, Locale locale) {
        if (arg instanceof InLanguage part) {
            return part.in(locale);
        }
        if (!(arg instanceof Enum<?> constant)) {
            return arg;
        }
        try {
            return bundle("messages", locale)
                    .getString("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        } catch (MissingResourceException e) {
            return label(constant);
        }
    }

    private static Object label(Enum<?> constant) {
        try {
            Method label = constant.getDeclaringClass().getMethod("label");
            return label.invoke(constant);
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(name, locale, Refusal.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(name, Locale.CHINESE, Refusal.class.getClassLoader(), NO_FALLBACK);
        }
    }
}
