package cn.ybfp.booklets.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * How long a booklet (门诊慢特病手册) is valid, and when it may be renewed. The seeds leave the term to the region
 * (吉医保发〔2019〕52号 一（二）: 向已认定的贫困慢病患者发放慢病手册); the demo's term runs to the end of the year after issue,
 * so that each booklet is looked at again within two years, and a renewal is made in the last {@value #RENEWAL_DAYS}
 * days before the end, for one more calendar year.
 */
public final class BookletValidity {

    /** How many days before its end a booklet may be renewed. */
    public static final int RENEWAL_DAYS = 90;

    private BookletValidity() {}

    /** Issued on {@code issuedOn}: valid to 31 December of the next year. */
    public static LocalDate validTo(LocalDate issuedOn) {
        return LocalDate.of(issuedOn.getYear() + 1, Month.DECEMBER, 31);
    }

    /** True on the last {@value #RENEWAL_DAYS} days up to and including {@code validTo}. */
    public static boolean renewable(LocalDate validTo, LocalDate today) {
        return !today.isAfter(validTo) && !today.isBefore(validTo.minusDays(RENEWAL_DAYS - 1L));
    }

    /** The end after a renewal: one more calendar year. */
    public static LocalDate renewedTo(LocalDate validTo) {
        return LocalDate.of(validTo.getYear() + 1, Month.DECEMBER, 31);
    }
}
