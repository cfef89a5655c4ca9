package cn.ybfp.claims.api;

import java.util.Locale;

/**
 * One parameter of a scheme as the province's copy-and-edit form shows it: its path in the scheme
 * ("basic.inpatient.levels.1.deductible"), kind and value; its name comes from the path ({@link SchemeFieldName}).
 */
public record SchemeField(String path, Kind kind, String value) {

    /** What a field holds, which decides how it is checked and written back. */
    public enum Kind {
        RATIO,
        MONEY,
        WHOLE,
        LIST,
        TEXT,
        FIXED
    }

    public boolean editable() {
        return kind != Kind.FIXED;
    }

    public SchemeFieldName name() {
        return new SchemeFieldName(path);
    }

    /** The name in the page's language: "基本医保 · 住院 · 医疗机构级别 · 1 · 起付线". */
    public String label(Locale locale) {
        return name().in(locale);
    }
}
