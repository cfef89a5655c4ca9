package cn.ybfp.register.application;

import cn.ybfp.kernel.InvalidInputException;

/** Input the register refuses (see {@link InvalidInputException}): nothing was changed. */
public class RegisterException extends InvalidInputException {

    public RegisterException(String field, String message) {
        super(field, message);
    }
}
