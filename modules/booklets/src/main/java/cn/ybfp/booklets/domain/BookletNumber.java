package cn.ybfp.booklets.domain;

import cn.ybfp.kernel.DivisionCode;

/**
 * A booklet's number, unique in the province: the issuing county's code, the year of issue and a serial from the
 * province-wide sequence ({@code 220112} {@code 2026} {@code 000123}), so that a number read aloud says where and when.
 */
public final class BookletNumber {

    private BookletNumber() {}

    public static String of(DivisionCode county, int year, long serial) {
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("booklet serial out of range: " + serial);
        }
        return county.value() + year + String.format("%06d", serial);
    }
}
