package cn.ybfp.applications.domain;

import cn.ybfp.kernel.InvalidInputException;

/** A step refused: illegal in the case's state, already decided, four eyes, or bad input. Nothing changed. */
public class CaseRefusedException extends InvalidInputException {

    public CaseRefusedException(String field, String message) {
        super(field, message);
    }
}
