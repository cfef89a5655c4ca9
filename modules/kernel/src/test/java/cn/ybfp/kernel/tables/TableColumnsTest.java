package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {

    private static final TableColumns<PatientColumn> PATIENTS = TableColumns.of(PatientColumn.class);

    private record Column(String name, String label, boolean required, List<String> aliases) implements TableColumn {}

    @Test
    void recognisesTheHeadersDepartmentsWrite() {
        assertThat(PATIENTS.ofHeader("身份证号")).contains(PatientColumn.ID_NUMBER);
        assertThat(PATIENTS.ofHeader("*身份证号码")).contains(PatientColumn.ID_NUMBER);
        assertThat(PATIENTS.ofHeader(" 公民身份号码【必填】")).contains(PatientColumn.ID_NUMBER);
        assertThat(PATIENTS.ofHeader("\uFEFF姓 名")).contains(PatientColumn.NAME);
        assertThat(PATIENTS.ofHeader("诊断日期（yyyy-mm-dd）")).contains(PatientColumn.DIAGNOSED_ON);
        assertThat(PATIENTS.ofHeader("ID_NUMBER")).contains(PatientColumn.ID_NUMBER);
        assertThat(PATIENTS.ofHeader("diagnosis-date")).contains(PatientColumn.DIAGNOSED_ON);
        assertThat(PATIENTS.ofHeader("ｎａｍｅ")).contains(PatientColumn.NAME); // full-width
        assertThat(PATIENTS.ofHeader("序号")).isEmpty();
        assertThat(PATIENTS.ofHeader(null)).isEmpty();
    }

    @Test
    void keepsTheOrderGivenAndDropsRepeats() {
        assertThat(PATIENTS.all()).containsExactly(PatientColumn.values());
        assertThat(TableColumns.of(List.of(PatientColumn.NAME, PatientColumn.ID_NUMBER, PatientColumn.NAME))
                        .all())
                .containsExactly(PatientColumn.NAME, PatientColumn.ID_NUMBER);
    }

    @Test
    void refusesAHeaderThatNamesTwoColumnsAndAnEmptySet() {
        Column a = new Column("A", "身份证号", true, List.of());
        Column b = new Column("B", "证件号", true, List.of("*身份证号"));

        assertThatThrownBy(() -> TableColumns.of(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names both A and B");
        assertThatThrownBy(() -> TableColumns.of(List.<Column>of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableOfOneColumnFindsItsHeaderByThatColumn() throws java.io.IOException {
        Column id = new Column("ID", "身份证号", true, List.of());
        List<String> ids = new java.util.ArrayList<>();

        long read = TableReader.of(TableColumns.of(List.of(id)))
                .read(
                        "a.csv",
                        new java.io.ByteArrayInputStream(
                                "名单\n身份证号\n220112198001011237\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        row -> ids.add(row.cell(id)));

        assertThat(read).isEqualTo(1);
        assertThat(ids).containsExactly("220112198001011237");
    }

    @Test
    void withoutARecognisableHeaderEveryAbsentColumnIsNamedEvenWhenNoneIsRequired() {
        Column id = new Column("ID", "身份证号", false, List.of());
        Column name = new Column("NAME", "姓名", false, List.of());
        TableReader reader = TableReader.of(TableColumns.of(List.of(id, name)));

        assertThatThrownBy(() -> reader.read(
                        "a.csv",
                        new java.io.ByteArrayInputStream(
                                "身份证号,备注\n220112198001011237,无\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        row -> {}))
                .isInstanceOf(TableFileException.class)
                .hasMessage("缺少列：姓名");
    }
}
