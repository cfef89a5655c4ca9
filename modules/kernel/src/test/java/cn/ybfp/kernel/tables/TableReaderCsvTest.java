package cn.ybfp.kernel.tables;

import static cn.ybfp.kernel.tables.PatientColumn.DIAGNOSED_ON;
import static cn.ybfp.kernel.tables.PatientColumn.DISEASE;
import static cn.ybfp.kernel.tables.PatientColumn.ID_NUMBER;
import static cn.ybfp.kernel.tables.PatientColumn.INSTITUTION;
import static cn.ybfp.kernel.tables.PatientColumn.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableReaderCsvTest {

    private static final String ZHANG = "220112198001011237";
    private static final String LI = "11010519491231002X";
    private static final TableReader PATIENTS = TableReader.of(PatientColumn.class);

    /** Each row as its number and the five cells, in the enum's order. */
    private static List<List<Object>> read(String fileName, byte[] bytes) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        PATIENTS.read(fileName, new ByteArrayInputStream(bytes), row -> rows.add(cells(row)));
        return rows;
    }

    private static List<Object> cells(TableRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.rowNumber());
        for (PatientColumn column : PatientColumn.values()) {
            cells.add(row.cell(column));
        }
        return cells;
    }

    private static List<Object> row(int number, String id, String name, String disease, String where, String when) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.addAll(java.util.Arrays.asList(id, name, disease, where, when));
        return cells;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheModulesColumnsInAnyOrderIgnoringOthersAndSkipsBlankRows() throws IOException {
        String csv = "序号,诊断日期,疾病名称,*身份证号码,姓名,诊断医院,备注\r\n"
                + "1,2024/3/1,恶性肿瘤, " + ZHANG + " ,张三,\"吉林大学第一医院, 肿瘤科\",\r\n"
                + "\r\n"
                + ",,,,,,\r\n"
                + "2,20240301,C50,\u3000" + LI + "\u00A0,\"李\"\"四\"\"\",,\"第一行\n第二行\"\r\n";

        assertThat(read("名单.csv", utf8(csv)))
                .containsExactly(
                        row(2, ZHANG, "张三", "恶性肿瘤", "吉林大学第一医院, 肿瘤科", "2024/3/1"),
                        row(5, LI, "李\"四\"", "C50", null, "20240301"));
    }

    @Test
    void englishHeadersAndAMissingOptionalColumn() throws IOException {
        String csv = "Name,ID_Number,disease,Diagnosis-Date\n张三," + ZHANG + ",I10,2024-03-01\n";

        assertThat(read("a.csv", utf8(csv))).containsExactly(row(2, ZHANG, "张三", "I10", null, "2024-03-01"));
    }

    @Test
    void readsGbkAndUtf8WithByteOrderMark() throws IOException {
        String text = "身份证号,姓名,疾病,诊断机构,诊断日期\r\n" + ZHANG + ",王䶮,尿毒症,长春市中心医院,2024年3月1日\r\n";
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(utf8(text));
        List<Object> expected = row(2, ZHANG, "王䶮", "尿毒症", "长春市中心医院", "2024年3月1日");

        assertThat(read("a.CSV", text.getBytes(Charset.forName("GB18030")))).containsExactly(expected);
        assertThat(read("a.csv", bom.toByteArray())).containsExactly(expected);
    }

    @Test
    void skipsTitleRowsAboveTheHeaderAndKeepsExcelRowNumbers() throws IOException {
        String csv = "2024年长春市门诊慢特病患者名单,,,,\n"
                + "填报单位：长春市卫生健康委员会,,,,\n"
                + "身份证号,姓名,疾病（编码或名称）,诊断机构,诊断日期(yyyy-mm-dd)\n"
                + ZHANG + ",张三,高血压,,2024-03-01\n";

        assertThat(read("a.csv", utf8(csv))).extracting(r -> r.get(0)).containsExactly(4);
    }

    @Test
    void namesTheMissingRequiredColumnsInTheModulesOrder() {
        assertThatThrownBy(() -> read("a.csv", utf8("身份证号,姓名,诊断机构\n" + ZHANG + ",张三,某医院\n")))
                .isInstanceOf(TableFileException.class)
                .hasMessage("缺少列：疾病、诊断日期");
        assertThatThrownBy(() -> read("a.csv", utf8("证件,名字,病,医院,日期\n" + ZHANG + ",张三,高血压,某医院,2024-03-01\n")))
                .isInstanceOf(TableFileException.class)
                .hasMessage("缺少列：身份证号、姓名、疾病、诊断日期");
    }

    @Test
    void theReasonIsAlsoInEnglish() {
        assertThatThrownBy(() -> read("a.csv", utf8("身份证号,姓名,诊断机构\n")))
                .isInstanceOfSatisfying(
                        TableFileException.class,
                        e -> assertThat(e.refusal().in(Locale.ENGLISH)).isEqualTo("Missing columns: 疾病、诊断日期"));
    }

    @Test
    void refusesAColumnGivenTwice() {
        assertThatThrownBy(() -> read("a.csv", utf8("身份证号,姓名,疾病,诊断日期,身份证号码\n")))
                .isInstanceOf(TableFileException.class)
                .hasMessage("列重复：身份证号（第 1 列和第 5 列）");
    }

    @Test
    void refusesOtherFileTypesBeforeReadingThem() {
        assertThatThrownBy(() -> read("名单.txt", utf8("身份证号,姓名")))
                .isInstanceOf(TableFileException.class)
                .hasMessage("只支持 Excel（.xlsx）或 CSV 文件");
        assertThatThrownBy(() -> read("名单.xls", new byte[0]))
                .isInstanceOf(TableFileException.class)
                .hasMessageContaining("另存为 .xlsx");
        assertThatThrownBy(() -> read(null, new byte[0])).isInstanceOf(TableFileException.class);
    }

    @Test
    void tellsTheFormatByTheLastPathSegmentIgnoringCase() {
        assertThat(TableReader.formatOf("C:\\Users\\科员\\Desktop\\名单.CSV")).isEqualTo(TableReader.Format.CSV);
        assertThat(TableReader.formatOf("2024.03/名单.Xlsx")).isEqualTo(TableReader.Format.XLSX);
    }

    @Test
    void anEmptyFileIsRefusedAndAHeaderWithoutRowsIsAnEmptyTable() throws IOException {
        assertThatThrownBy(() -> read("a.csv", new byte[0]))
                .isInstanceOf(TableFileException.class)
                .hasMessage("文件是空的，没有表头和数据");
        assertThat(read("a.csv", utf8("身份证号,姓名,疾病,诊断日期\n\n"))).isEmpty();
    }

    @Test
    void reportsAQuoteLeftOpenAndBytesOutsideTheEncodingWithTheirRow() {
        assertThatThrownBy(() -> read("a.csv", utf8("身份证号,姓名,疾病,诊断日期\n" + ZHANG + ",\"张三,高血压,2024-03-01\n")))
                .isInstanceOf(TableFileException.class)
                .hasMessage("第 2 行的引号没有闭合");

        StringBuilder csv = new StringBuilder("身份证号,姓名,疾病,诊断日期\n");
        csv.append((ZHANG + ",张三,高血压,2024-03-01\n").repeat(1000)); // more UTF-8 than the detection window
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(csv.toString()));
        bytes.writeBytes((LI + ",李四,高血压,2024-03-01\n").getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> read("a.csv", bytes.toByteArray()))
                .isInstanceOf(TableFileException.class)
                .hasMessageContaining("无法识别的字符")
                .hasCauseInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

    @Test
    void refusesUtf16() {
        assertThatThrownBy(() -> read("a.csv", "\uFEFF身份证号,姓名".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(TableFileException.class)
                .hasMessageContaining("UTF-16");
    }

    @Test
    void refusesMoreRowsThanTheLimitAfterHandingOnThoseWithin() {
        String csv = "身份证号,姓名,疾病,诊断日期\n" + (ZHANG + ",张三,高血压,2024-03-01\n").repeat(3);
        List<TableRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> PATIENTS.withMaxRows(2).read("a.csv", new ByteArrayInputStream(utf8(csv)), rows::add))
                .isInstanceOf(TableFileException.class)
                .hasMessage("文件超过 2 行数据，请拆分后分批上传");
        assertThat(rows).hasSize(2);
        assertThat(PATIENTS.maxRows()).isEqualTo(TableReader.DEFAULT_MAX_ROWS);
        assertThatThrownBy(() -> PATIENTS.withMaxRows(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExceptionOfTheSinkStopsTheReadingUnchanged() {
        String csv = "身份证号,姓名,疾病,诊断日期\n" + (ZHANG + ",张三,高血压,2024-03-01\n").repeat(3);
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> PATIENTS.read("a.csv", new ByteArrayInputStream(utf8(csv)), row -> {
                    throw stop;
                }))
                .isSameAs(stop);
    }

    @Test
    void aRowGivesOnlyItsOwnColumnsAndNeverShowsItsValues() throws IOException {
        List<TableRow> rows = new ArrayList<>();
        PATIENTS.read(
                "a.csv",
                new ByteArrayInputStream(utf8("身份证号,姓名,疾病,诊断日期\n" + ZHANG + ",张三丰,高血压,2024-03-01\n")),
                rows::add);
        TableRow row = rows.get(0);
        TableColumn foreign = new TableColumn() {
            @Override
            public String name() {
                return "OTHER";
            }

            @Override
            public String label() {
                return "其他";
            }

            @Override
            public boolean required() {
                return false;
            }
        };

        assertThatThrownBy(() -> row.cell(foreign)).isInstanceOf(IllegalArgumentException.class);
        assertThat(row.toString())
                .doesNotContain(ZHANG)
                .doesNotContain("张三丰")
                .isEqualTo("TableRow[rowNumber=2, filled=[ID_NUMBER, NAME, DISEASE, DIAGNOSED_ON]]");
        assertThat(row.cell(INSTITUTION)).isNull();
        assertThat(row.cell(ID_NUMBER)).isEqualTo(ZHANG);
        assertThat(row.cell(NAME)).isEqualTo("张三丰");
        assertThat(row.cell(DISEASE)).isEqualTo("高血压");
        assertThat(row.cell(DIAGNOSED_ON)).isEqualTo("2024-03-01");
    }

    @Test
    void cleanTrimsEveryKindOfBlankAndEmptyBecomesNull() {
        assertThat(TableRow.clean("\u3000" + ZHANG + "\u00A0")).isEqualTo(ZHANG);
        assertThat(TableRow.clean("\uFEFF\u200B220112 ")).isEqualTo("220112");
        assertThat(TableRow.clean(" \t")).isNull();
        assertThat(TableRow.clean("")).isNull();
        assertThat(TableRow.clean(null)).isNull();
    }
}
