package cn.ybfp.kernel;

import java.util.Locale;

/** A text that a page says in its own language: a {@link Refusal}, a field's name. */
public interface InLanguage {

    /** The text in that language; Chinese, the portal's first, when there is no text in it. */
    String in(Locale locale);
}
