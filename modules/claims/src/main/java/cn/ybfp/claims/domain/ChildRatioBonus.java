package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * Children's assistance ratio raised (救助对象中的14周岁（含）以下儿童，住院救助比例上浮10%, 吉政办发〔2022〕16号
 * 四（五）): a child up to the scheme's age limit, inclusive, gets the bonus on a ratio above 0, and the ratio never
 * goes above 1.00 (nobody is paid more than the cost).
 */
final class ChildRatioBonus {

    private ChildRatioBonus() {}

    static BigDecimal apply(BigDecimal ratio, int age, Scheme.ChildBonus bonus) {
        if (bonus == null || ratio.signum() == 0 || age > bonus.ageLimit()) {
            return ratio;
        }
        return Money.min(ratio.add(bonus.ratioBonus()), BigDecimal.ONE);
    }
}
