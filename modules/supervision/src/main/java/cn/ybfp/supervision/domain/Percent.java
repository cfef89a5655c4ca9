package cn.ybfp.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage; none (null) when there is nothing to divide by, so that no empty county reads as 0 %. */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    static BigDecimal of(BigDecimal part, BigDecimal whole, int scale, RoundingMode mode) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, scale, mode);
    }
}
