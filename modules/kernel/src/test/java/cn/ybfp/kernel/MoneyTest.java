package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void formatsExactlyAsDecimalFormat() {
        List<BigDecimal> amounts = new ArrayList<>();
        for (String text : List.of(
                "0",
                "0.00",
                "0.004",
                "0.005",
                "0.5",
                "1",
                "9.995",
                "99.999",
                "100",
                "999.99",
                "999.995",
                "1000",
                "1000.00",
                "12345.675",
                "100000",
                "999999.994",
                "1000000",
                "1E+3",
                "1.5E+7",
                "92233720368547758.07",
                "92233720368547758.08",
                "99999999999999999.99",
                "123456789012345678901.235",
                "-0.001",
                "-0.005",
                "-0.01",
                "-1234.565",
                "-92233720368547758.09")) {
            amounts.add(new BigDecimal(text));
        }
        Random random = new Random(20_221_016L);
        for (int i = 0; i < 100_000; i++) {
            long unscaled = random.nextLong() >>> random.nextInt(64); // mostly positive, every magnitude
            amounts.add(BigDecimal.valueOf(unscaled, random.nextInt(6) - 1));
        }
        for (BigDecimal amount : amounts) {
            assertThat(Money.format(amount)).as(amount.toString()).isEqualTo(Money.decimalFormat(amount));
        }
    }
}
