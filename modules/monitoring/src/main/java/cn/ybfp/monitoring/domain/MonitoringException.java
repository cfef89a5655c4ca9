package cn.ybfp.monitoring.domain;

import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Refusal;

/** Input the monitoring module refuses (see {@link InvalidInputException}): nothing was changed. */
public class MonitoringException extends InvalidInputException {

    /** The module's texts: {@code cn/ybfp/monitoring/refusals_zh.properties} and {@code _en}. */
    public static final String TEXTS = "cn.ybfp.monitoring.refusals";

    public MonitoringException(String field, Refusal refusal) {
        super(field, refusal);
    }

    /** Refused at {@code field} (null: the whole request) for the reason {@code key} of the module's texts. */
    public static MonitoringException of(String field, String key, Object... args) {
        return new MonitoringException(field, Refusal.of(TEXTS, key, args));
    }

    /** A field's name, for a refusal that names it ({@code field.*} of the module's texts). */
    public static Refusal label(String field) {
        return Refusal.of(TEXTS, "field." + field);
    }
}
