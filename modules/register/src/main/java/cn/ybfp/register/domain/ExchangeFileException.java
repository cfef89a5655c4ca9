package cn.ybfp.register.domain;

/**
 * The uploaded file cannot be read as an exchange list at all (wrong type, missing column, broken file). The message
 * is Chinese and written for the clerk who uploaded the file, so the page can show it as it is; problems of single
 * rows are not this exception, they are the comparison's rejected rows.
 */
public class ExchangeFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExchangeFileException(String message) {
        super(message);
    }

    public ExchangeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
