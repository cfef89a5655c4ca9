package cn.ybfp.institutions.domain;

import java.util.regex.Pattern;

/**
 * The national code of a designated institution (医保定点机构编码, the NHSA's 医疗保障信息业务编码): {@code H}, the six
 * digits of the county where it lies (GB/T 2260) and a five-digit serial, e.g. {@code H22011200001}.
 */
public final class InstitutionCode {

    private static final Pattern FORMAT = Pattern.compile("H\\d{11}");

    private InstitutionCode() {}

    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** The county's code the institution code carries. */
    public static String county(String code) {
        return code.substring(1, 7);
    }
}
