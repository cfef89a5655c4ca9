package cn.ybfp.claims.application;

import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Refusal;

/** Input that cannot be settled or a command that may not run (see {@link InvalidInputException}). */
public class SettlementException extends InvalidInputException {

    /** The module's texts: {@code cn/ybfp/claims/refusals_zh.properties} and {@code _en}. */
    public static final String TEXTS = "cn.ybfp.claims.refusals";

    public SettlementException(String field, String message) {
        super(field, message);
    }

    public SettlementException(String field, Refusal refusal) {
        super(field, refusal);
    }

    /** Refused at {@code field} (null: the whole request) for the reason {@code key} of the module's texts. */
    public static SettlementException of(String field, String key, Object... args) {
        return new SettlementException(field, Refusal.of(TEXTS, key, args));
    }
}
