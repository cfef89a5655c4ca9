package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesAmountsToScaleTwo() {
        assertThat(Money.parse("12000")).isEqualTo(new BigDecimal("12000.00"));
        assertThat(Money.parse(" 0.5 ")).isEqualTo(new BigDecimal("0.50"));
        assertThat(Money.parse("-3.25")).isEqualTo(new BigDecimal("-3.25"));
    }

    @Test
    void refusesThirdDecimalExponentAndGrouping() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("1.005"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("1E+3"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("12,000.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(null));
    }

    @Test
    void roundsHalfUpToFen() {
        // 2,924.995 is half a fen up to 2,925.00 either way; 0.125 tells HALF_UP (0.13) from banker's (0.12)
        assertThat(Money.round(new BigDecimal("2924.995"))).isEqualTo(new BigDecimal("2925.00"));
        assertThat(Money.round(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.13"));
        assertThat(Money.round(new BigDecimal("0.124"))).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void minAndMaxKeepTheOperand() {
        BigDecimal a = new BigDecimal("1.00");
        BigDecimal b = new BigDecimal("2.00");
        assertThat(Money.min(a, b)).isSameAs(a);
        assertThat(Money.max(a, b)).isSameAs(b);
    }

    @Test
    void formatsWithGroupingForBillsAndPlainForExchange() {
        assertThat(Money.format(new BigDecimal("12000"))).isEqualTo("12,000.00");
        assertThat(Money.format(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Money.format(Money.ZERO)).isEqualTo("0.00");
        assertThat(Money.plain(new BigDecimal("12000"))).isEqualTo("12000.00");
        assertThat(Money.plain(new BigDecimal("7950.000"))).isEqualTo("7950.00");
    }
}
