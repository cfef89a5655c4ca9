package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {

    private static final DivisionCode JILIN = DivisionCode.of("220000");
    private static final DivisionCode CHANGCHUN = DivisionCode.of("220100");
    private static final DivisionCode SHUANGYANG = DivisionCode.of("220112");
    private static final DivisionCode YUNSHAN = DivisionCode.of("220112001");

    @Test
    void tellsTheLevelFromTheCode() {
        assertThat(JILIN.level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(CHANGCHUN.level()).isEqualTo(DivisionLevel.CITY);
        assertThat(SHUANGYANG.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(YUNSHAN.level()).isEqualTo(DivisionLevel.TOWNSHIP);
    }

    @Test
    void walksUpTheParentChainToTheProvince() {
        assertThat(YUNSHAN.parent()).contains(SHUANGYANG);
        assertThat(SHUANGYANG.parent()).contains(CHANGCHUN);
        assertThat(CHANGCHUN.parent()).contains(JILIN);
        assertThat(JILIN.parent()).isEmpty();
    }

    @Test
    void containsItselfAndWhatLiesInsideButNotItsNeighbours() {
        assertThat(JILIN.contains(YUNSHAN)).isTrue();
        assertThat(CHANGCHUN.contains(SHUANGYANG)).isTrue();
        assertThat(SHUANGYANG.contains(YUNSHAN)).isTrue();
        assertThat(YUNSHAN.contains(YUNSHAN)).isTrue();
        assertThat(YUNSHAN.contains(DivisionCode.of("220112002"))).isFalse();
        assertThat(SHUANGYANG.contains(DivisionCode.of("220122101"))).isFalse();
        assertThat(CHANGCHUN.contains(DivisionCode.of("220221101"))).isFalse();
        assertThat(YUNSHAN.contains(SHUANGYANG)).isFalse();
    }

    @Test
    void rejectsCodesOfTheWrongShape() {
        assertThatThrownBy(() -> DivisionCode.of("22011")).hasMessage("行政区划代码应为6位或9位数字");
        assertThatThrownBy(() -> DivisionCode.of("2201120011")).hasMessage("行政区划代码应为6位或9位数字");
        assertThatThrownBy(() -> DivisionCode.of("22a112")).hasMessage("行政区划代码应为6位或9位数字");
        assertThatThrownBy(() -> DivisionCode.of("000000")).hasMessage("行政区划代码无效");
        assertThatThrownBy(() -> DivisionCode.of("220100001")).hasMessage("行政区划代码无效");
    }

    @Test
    void tryParseGivesEmptyInsteadOfAnException() {
        assertThat(DivisionCode.tryParse("220112001")).contains(YUNSHAN);
        assertThat(DivisionCode.tryParse("../etc")).isEmpty();
        assertThat(DivisionCode.tryParse(null)).isEmpty();
    }
}
