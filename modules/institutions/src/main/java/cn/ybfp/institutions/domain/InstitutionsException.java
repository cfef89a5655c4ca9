package cn.ybfp.institutions.domain;

import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Refusal;

/** Input the registry refuses (see {@link InvalidInputException}): nothing was changed. */
public class InstitutionsException extends InvalidInputException {

    /** The module's texts: {@code cn/ybfp/institutions/refusals_zh.properties} and {@code _en}. */
    public static final String TEXTS = "cn.ybfp.institutions.refusals";

    public InstitutionsException(String field, Refusal refusal) {
        super(field, refusal);
    }

    public static InstitutionsException of(String field, String key, Object... args) {
        return new InstitutionsException(field, Refusal.of(TEXTS, key, args));
    }

    public static Refusal label(String field) {
        return Refusal.of(TEXTS, "field." + field);
    }
}
