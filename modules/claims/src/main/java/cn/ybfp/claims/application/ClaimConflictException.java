package cn.ybfp.claims.application;

import cn.ybfp.kernel.Refusal;

/**
 * The claim number is already settled (or the person's year changed under us): the request is refused and nothing
 * changes. The API answers 409.
 */
public class ClaimConflictException extends SettlementException {

    public ClaimConflictException(String field, Refusal refusal) {
        super(field, refusal);
    }

    /** A conflict at {@code field} for the reason {@code key} of the module's texts. */
    public static ClaimConflictException conflict(String field, String key, Object... args) {
        return new ClaimConflictException(field, Refusal.of(TEXTS, key, args));
    }
}
