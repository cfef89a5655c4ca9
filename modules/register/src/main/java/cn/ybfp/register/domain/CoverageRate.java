package cn.ybfp.register.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The coverage rate of the uninsured write-off (参保率): targets enrolled or closed with a documented reason, as a share
 * of all targets; the goal is 100% (对应保未保人员抓紧落实参保措施，确保贫困人口参保率达到 100%, 鲁医保发〔2019〕69号
 * 三（五）).
 * <ul>
 * <li>A percentage with one decimal, cut rather than rounded: the goal reads as met only when no case is open
 * (1,999 of 2,000 is 99.9%, never 100.0%).</li>
 * <li>No rate without targets: a division where nobody is registered as a target has nothing to show, and must not
 * read as fully covered to a supervisor scanning the column.</li>
 * </ul>
 */
public final class CoverageRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CoverageRate() {}

    /** The percentage, e.g. {@code 66.6} for 4 of 6; {@code null} when there are no targets. */
    public static BigDecimal percent(long covered, long targets) {
        if (covered < 0 || covered > targets) {
            throw new IllegalArgumentException("covered " + covered + " of " + targets + " targets");
        }
        if (targets == 0) {
            return null;
        }
        return BigDecimal.valueOf(covered).multiply(HUNDRED).divide(BigDecimal.valueOf(targets), 1, RoundingMode.DOWN);
    }
}
