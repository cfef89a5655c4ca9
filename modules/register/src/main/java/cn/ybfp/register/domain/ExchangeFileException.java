package cn.ybfp.register.domain;

import cn.ybfp.kernel.Refusal;
import java.util.Locale;

/**
 * The uploaded file cannot be read as an exchange list at all (wrong type, missing column, broken file), said by key
 * of the module's texts ({@code cn/ybfp/register/refusals}, {@code file.*}) for the clerk who uploaded it; the
 * message is its Chinese text. Problems of single rows are not this exception, they are the comparison's rejected
 * rows.
 */
public class ExchangeFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final String TEXTS = "cn.ybfp.register.refusals";

    private final transient Refusal refusal;

    public ExchangeFileException(String key, Object... args) {
        this(null, Refusal.of(TEXTS, key, args));
    }

    private ExchangeFileException(Throwable cause, Refusal refusal) {
        super(refusal.in(Locale.CHINESE), cause);
        this.refusal = refusal;
    }

    /** The file could not be read because of {@code cause}. */
    public static ExchangeFileException because(Throwable cause, String key, Object... args) {
        return new ExchangeFileException(cause, Refusal.of(TEXTS, key, args));
    }

    public Refusal refusal() {
        return refusal;
    }
}
