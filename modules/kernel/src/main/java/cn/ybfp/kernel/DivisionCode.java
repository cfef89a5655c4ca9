package cn.ybfp.kernel;

import java.util.Optional;

/**
 * An administrative division code after GB/T 2260: six digits for province ({@code 220000}), city ({@code 220100})
 * and county ({@code 220112}), nine for a township ({@code 220112001}, the county code plus three digits).
 * The code is hierarchical, so "is inside" is a prefix test; that is what keeps jurisdiction queries cheap.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    public DivisionCode {
        if (value == null || !(value.matches("\\d{6}") || value.matches("\\d{9}"))) {
            throw new IllegalArgumentException("行政区划代码应为6位或9位数字");
        }
        if (value.startsWith("00")
                || value.length() == 9 && value.substring(4, 6).equals("00")) {
            throw new IllegalArgumentException("行政区划代码无效");
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value == null ? null : value.strip());
    }

    /** The code, or empty when the text is not a valid division code (for codes from URLs and tokens). */
    public static Optional<DivisionCode> tryParse(String value) {
        try {
            return Optional.of(of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public DivisionLevel level() {
        if (value.length() == 9) {
            return DivisionLevel.TOWNSHIP;
        }
        if (value.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        return value.endsWith("00") ? DivisionLevel.CITY : DivisionLevel.COUNTY;
    }

    /** The division one level up; empty for a province. */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(new DivisionCode(value.substring(0, 2) + "0000"));
            case COUNTY -> Optional.of(new DivisionCode(value.substring(0, 4) + "00"));
            case TOWNSHIP -> Optional.of(new DivisionCode(value.substring(0, 6)));
        };
    }

    /** The prefix that every code inside this division starts with (the province 220000 → "22"). */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY, TOWNSHIP -> value;
        };
    }

    /** True when {@code other} is this division or lies inside it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(prefix());
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
