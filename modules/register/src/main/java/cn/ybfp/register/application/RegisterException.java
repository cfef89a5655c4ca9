package cn.ybfp.register.application;

/**
 * Input the register refuses: {@code field} names the form field (null for the whole form) and the message says
 * why, in Chinese, for the clerk. Nothing was changed.
 */
public class RegisterException extends RuntimeException {

    private final String field;

    public RegisterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
