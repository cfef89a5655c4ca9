package cn.ybfp.applications.domain;

import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Refusal;

/** A step refused: illegal in the case's state, already decided, four eyes, or bad input. Nothing changed. */
public class CaseRefusedException extends InvalidInputException {

    /** The module's texts: {@code cn/ybfp/applications/refusals_zh.properties} and {@code _en}. */
    public static final String TEXTS = "cn.ybfp.applications.refusals";

    public CaseRefusedException(String field, Refusal refusal) {
        super(field, refusal);
    }

    /** Refused at {@code field} (null: the whole step) for the reason {@code key} of the module's texts. */
    public static CaseRefusedException of(String field, String key, Object... args) {
        return new CaseRefusedException(field, Refusal.of(TEXTS, key, args));
    }

    /** A field's name, for a refusal that names it ({@code field.*} of the module's texts). */
    public static Refusal label(String field) {
        return Refusal.of(TEXTS, "field." + field);
    }
}
