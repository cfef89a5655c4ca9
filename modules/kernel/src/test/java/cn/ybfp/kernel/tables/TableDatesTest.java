package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TableDatesTest {

    private static final LocalDate MARCH_FIRST = LocalDate.of(2021, 3, 1);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021-03-01",
                "2021-3-1",
                "2021/3/1",
                "2021/03/01",
                "20210301",
                "2021年3月1日",
                "2021年03月01日",
                "2021年3月1",
                "2021 年 3 月 1 日",
                "2021.03.01",
                "2021.3.1",
                " 2021-03-01 ",
                "２０２１－０３－０１",
                "2021-03-01 00:00:00",
                "2021/3/1 8:30",
                "2021-03-01T00:00:00.000"
            })
    void readsTheFormsClerksWrite(String text) {
        assertThat(TableDates.parse(text)).contains(MARCH_FIRST);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "  ",
                "2021-02-30",
                "2021-13-01",
                "20210230",
                "2021年2月29日",
                "0221-03-01",
                "2021-03",
                "21-03-01",
                "2021/03-01",
                "44256",
                "2021030",
                "2021-03-01 下午",
                "三月一日",
                "2021年3月1日号",
                "2021-03-01x"
            })
    void refusesAnythingElse(String text) {
        assertThat(TableDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-29", "2020年2月29日", "20200229"})
    void acceptsALeapDay(String text) {
        assertThat(TableDates.parse(text)).contains(LocalDate.of(2020, 2, 29));
    }
}
