package cn.ybfp.booklets.domain;

import java.util.regex.Pattern;

/**
 * The national code of an outpatient chronic or special disease (医保门诊慢特病病种代码): {@code M}, four digits for
 * the disease, one for the variant, e.g. {@code M03900} 高血压病 (../shared/domain/CHRONIC-DISEASES.md).
 */
public record DiseaseCode(String value) {

    private static final Pattern FORM = Pattern.compile("M\\d{5}");

    public DiseaseCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a national disease code: " + value);
        }
    }

    /** The code as typed (spaces around, a lower-case m), or empty when it is not one. */
    public static java.util.Optional<DiseaseCode> parse(String typed) {
        String value = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        return FORM.matcher(value).matches()
                ? java.util.Optional.of(new DiseaseCode(value))
                : java.util.Optional.empty();
    }

    /** The code as typed, or the refusal at {@code field} that repeats what was typed and says what a code is. */
    public static DiseaseCode typed(String typed, String field) {
        return parse(typed)
                .orElseThrow(() -> BookletsException.of(field, "entry.code", typed == null ? "" : typed.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}
