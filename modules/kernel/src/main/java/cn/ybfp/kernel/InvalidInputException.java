package cn.ybfp.kernel;

import java.util.Locale;

/**
 * Input a module refuses: {@code field} names the form (or JSON) field, null for the whole request, and the message
 * says why, for the clerk. Nothing was changed. Each module's own refusals extend it, so that a module calling
 * another through its {@code api} can still show the refusal at the right field. A refusal given by key
 * ({@link Refusal}) speaks the page's language; {@link #getMessage()} is its Chinese text, for logs and tests.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final transient Refusal refusal;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
        this.refusal = null;
    }

    public InvalidInputException(String field, Refusal refusal) {
        super(refusal.in(Locale.CHINESE));
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    /** The message in that language, where the refusal was given by key; the Chinese message otherwise. */
    public String message(Locale locale) {
        return refusal == null ? getMessage() : refusal.in(locale);
    }
}
