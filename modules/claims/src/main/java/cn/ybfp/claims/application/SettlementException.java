package cn.ybfp.claims.application;

import cn.ybfp.kernel.InvalidInputException;

/** Input that cannot be settled or a command that may not run (see {@link InvalidInputException}). */
public class SettlementException extends InvalidInputException {

    public SettlementException(String field, String message) {
        super(field, message);
    }
}
