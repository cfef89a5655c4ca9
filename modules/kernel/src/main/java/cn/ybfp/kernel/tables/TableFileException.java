package cn.ybfp.kernel.tables;

import cn.ybfp.kernel.Refusal;
import java.util.Locale;

/**
 * The uploaded file cannot be read as a table at all (wrong type, missing column, broken file, too many rows), said by
 * key of the kernel's texts ({@value #TEXTS}: {@code cn/ybfp/kernel/tables_zh.properties} and {@code _en}) for the
 * clerk who uploaded it; the message is its Chinese text, and {@link #refusal()} says it in the page's language.
 * Problems of single rows are not this exception: the module reading the table rejects such rows with a reason.
 *
 * <p>A module may throw a subclass of its own (the register's {@code ExchangeFileException}), made from the kernel's
 * exception with {@link #TableFileException(TableFileException)}.
 */
public class TableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The texts of the reasons: {@code file.*} keys. */
    public static final String TEXTS = "cn.ybfp.kernel.tables";

    private final transient Refusal refusal;

    /** The reason {@code refusal}, because of {@code cause} (may be null). */
    protected TableFileException(Refusal refusal, Throwable cause) {
        super(refusal.in(Locale.CHINESE), cause);
        this.refusal = refusal;
    }

    /** The same reason, message, cause and stack trace as {@code unreadable}: for a module's own subclass. */
    protected TableFileException(TableFileException unreadable) {
        this(unreadable.refusal, unreadable.getCause());
        setStackTrace(unreadable.getStackTrace());
    }

    static TableFileException of(String key, Object... args) {
        return new TableFileException(Refusal.of(TEXTS, key, args), null);
    }

    /** The file could not be read because of {@code cause}. */
    static TableFileException because(Throwable cause, String key, Object... args) {
        return new TableFileException(Refusal.of(TEXTS, key, args), cause);
    }

    /** Why, in the page's language ({@code refusal().in(locale)}). */
    public Refusal refusal() {
        return refusal;
    }
}
