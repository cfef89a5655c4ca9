package cn.ybfp.kernel;

/** A resident identity number that fails GB 11643; {@link #getMessage()} says why, in Chinese, for the clerk. */
public final class InvalidResidentIdException extends IllegalArgumentException {

    /** Why the number was refused; the message is shown to the user as it stands. */
    public enum Reason {
        EMPTY("身份证号不能为空"),
        LENGTH("身份证号应为18位"),
        CHARACTERS("身份证号前17位应为数字，末位为数字或X"),
        BIRTH_DATE("身份证号中的出生日期无效"),
        CHECK_DIGIT("身份证号校验位错误");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public InvalidResidentIdException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
