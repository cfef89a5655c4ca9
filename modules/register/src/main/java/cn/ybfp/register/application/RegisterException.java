package cn.ybfp.register.application;

import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Refusal;

/** Input the register refuses (see {@link InvalidInputException}): nothing was changed. */
public class RegisterException extends InvalidInputException {

    /** The register's texts: {@code cn/ybfp/register/refusals_zh.properties} and {@code _en}. */
    public static final String TEXTS = "cn.ybfp.register.refusals";

    public RegisterException(String field, String message) {
        super(field, message);
    }

    public RegisterException(String field, Refusal refusal) {
        super(field, refusal);
    }

    /** Refused at {@code field} (null: the whole request) for the reason {@code key} of the register's texts. */
    public static RegisterException of(String field, String key, Object... args) {
        return new RegisterException(field, Refusal.of(TEXTS, key, args));
    }

    /** A field's name, for a refusal that names it ({@code field.*} of the module's texts). */
    public static Refusal label(String field) {
        return Refusal.of(TEXTS, "field." + field);
    }
}
