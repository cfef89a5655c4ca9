package cn.ybfp.kernel;

/**
 * Input a module refuses: {@code field} names the form (or JSON) field, null for the whole request, and the message
 * says why, in Chinese, for the clerk. Nothing was changed. Each module's own refusals extend it, so that a module
 * calling another through its {@code api} can still show the refusal at the right field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
