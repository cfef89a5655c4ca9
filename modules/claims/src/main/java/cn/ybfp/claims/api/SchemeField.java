package cn.ybfp.claims.api;

/**
 * One parameter of a scheme as the province's copy-and-edit form shows it: its path in the scheme
 * ("basic.inpatient.levels.1.deductible"), label, kind and value.
 */
public record SchemeField(String path, String label, Kind kind, String value) {

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
}
