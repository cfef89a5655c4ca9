package cn.ybfp.supervision.domain;

import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Refusal;

/** Input the supervision module refuses (see {@link InvalidInputException}): nothing was changed. */
public class SupervisionException extends InvalidInputException {

    /** The module's texts: {@code cn/ybfp/supervision/refusals_zh.properties} and {@code _en}. */
    public static final String TEXTS = "cn.ybfp.supervision.refusals";

    public SupervisionException(String field, Refusal refusal) {
        super(field, refusal);
    }

    /** Refused at {@code field} (null: the whole request) for the reason {@code key} of the module's texts. */
    public static SupervisionException of(String field, String key, Object... args) {
        return new SupervisionException(field, Refusal.of(TEXTS, key, args));
    }
}
