package cn.ybfp.claims.application;

/** Input that cannot be settled or a command that may not run; the message is Chinese and names the field. */
public class SettlementException extends RuntimeException {

    private final String field;

    public SettlementException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field (or JSON field) at fault; null when the whole request is. */
    public String field() {
        return field;
    }
}
