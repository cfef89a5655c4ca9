package cn.ybfp.register.domain;

import cn.ybfp.kernel.tables.TableFileException;

/**
 * The uploaded file cannot be read as an exchange list at all (wrong type, missing column, broken file): the kernel's
 * {@link TableFileException} as the exchange reports it, with the same reason ({@link #refusal()}, texts
 * {@code cn/ybfp/kernel/tables}) and the same Chinese message for the clerk who uploaded it. Problems of single rows
 * are not this exception, they are the comparison's rejected rows.
 */
public class ExchangeFileException extends TableFileException {

    private static final long serialVersionUID = 1L;

    /** The reason, message, cause and stack trace of the kernel reader's {@code unreadable}. */
    public ExchangeFileException(TableFileException unreadable) {
        super(unreadable);
    }
}
