package cn.ybfp.register.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.register.domain.ExchangeFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeFileReaderCsvTest {

    private static final String ZHANG = "220112198001011237";
    private static final String LI = "11010519491231002X";

    private static List<ExchangeRow> read(String fileName, byte[] bytes) throws IOException {
        List<ExchangeRow> rows = new ArrayList<>();
        ExchangeFileReader.read(fileName, new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsColumnsInAnyOrderWithQuotedCommasQuotesAndLineBreaksAndSkipsBlankRows() throws IOException {
        String csv = "序号,姓名,身份证号码,救助对象类别,行政区划代码,认定日期,终止日期,认定文号\r\n"
                + "1,张三, " + ZHANG + " ,低保户,220112001,2021/3/1,,\"双民发〔2021〕3号, 附件1\"\r\n"
                + "\r\n"
                + ",,,,,,,\r\n"
                + "2,\"李\"\"四\"\"\"," + LI + ",特困供养人员,220112,20210301,2022年1月1日,\"第一行\n第二行\"\r\n";

        List<ExchangeRow> rows = read("名单.csv", utf8(csv));

        assertThat(rows)
                .containsExactly(
                        new ExchangeRow(2, ZHANG, "张三", "低保户", "220112001", "2021/3/1", null, "双民发〔2021〕3号, 附件1"),
                        new ExchangeRow(5, LI, "李\"四\"", "特困供养人员", "220112", "20210301", "2022年1月1日", "第一行\n第二行"));
    }

    @Test
    void rowNumbersCountRecordsAsExcelShowsThemEvenWhenAQuotedValueSpansLines() throws IOException {
        String csv = "身份证号,姓名,类别,行政区划,认定日期\n"
                + ZHANG + ",\"张\n三\",低保,220112,2021-03-01\n"
                + LI + ",李四,低保,220112,2021-03-01"; // no line break at the end

        assertThat(read("a.csv", utf8(csv)))
                .extracting(ExchangeRow::rowNumber, ExchangeRow::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "张\n三"), org.assertj.core.groups.Tuple.tuple(3, "李四"));
    }

    @Test
    void acceptsLfAndLoneCrLineEnds() throws IOException {
        String csv =
                "身份证号,姓名,类别,行政区划,认定日期\r" + ZHANG + ",张三,低保,220112,2021-03-01\r" + LI + ",李四,低保,220112,2021-03-01\r";

        assertThat(read("a.csv", utf8(csv))).extracting(ExchangeRow::rowNumber).containsExactly(2, 3);
    }

    @Test
    void readsUtf8WithByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(utf8("身份证号,姓名,类别,行政区划,认定日期\r\n" + ZHANG + ",张三,低保,220112,2021-03-01\r\n"));

        assertThat(read("a.csv", bytes.toByteArray()))
                .containsExactly(new ExchangeRow(2, ZHANG, "张三", "低保", "220112", "2021-03-01", null, null));
    }

    @Test
    void readsGbkAsExcelSavesCsvInChina() throws IOException {
        byte[] gbk = ("身份证号,姓名,身份类别,区划代码,认定时间,退出日期,文号\r\n" + ZHANG + ",张三,低保边缘户,220112001,2021年3月1日,,双民发〔2021〕3号\r\n")
                .getBytes("GBK");

        assertThat(read("低保名单.CSV", gbk))
                .containsExactly(
                        new ExchangeRow(2, ZHANG, "张三", "低保边缘户", "220112001", "2021年3月1日", null, "双民发〔2021〕3号"));
    }

    @Test
    void decodesGbkFilesAsGb18030SoRareNameCharactersSurvive() throws IOException {
        // 䶮 (U+4DAE) is not in GBK; Excel and WPS write it with its GB18030 code FE 9F
        byte[] bytes = ("身份证号,姓名,类别,行政区划,认定日期\r\n" + ZHANG + ",王䶮,低保,220112,2021-03-01\r\n")
                .getBytes(Charset.forName("GB18030"));

        assertThat(read("a.csv", bytes)).extracting(ExchangeRow::name).containsExactly("王䶮");
    }

    @Test
    void englishHeadersAreAcceptedAndOptionalColumnsMayBeMissing() throws IOException {
        String csv = "Name,ID_Number,category,divisionCode,recognizedDate\n张三," + ZHANG
                + ",LOW_INCOME_GUARANTEE,220112," + "2021-03-01\n";

        assertThat(read("a.csv", utf8(csv)))
                .containsExactly(
                        new ExchangeRow(2, ZHANG, "张三", "LOW_INCOME_GUARANTEE", "220112", "2021-03-01", null, null));
    }

    @Test
    void skipsATitleRowAboveTheHeaderAndKeepsExcelRowNumbers() throws IOException {
        String csv = "2024年双阳区低保对象名单,,,,\n"
                + "填报单位：双阳区民政局,,,,\n"
                + "*身份证号,姓名（必填）,类别,行政区划,认定日期(yyyy-mm-dd)\n"
                + ZHANG + ",张三,低保,220112,2021-03-01\n";

        assertThat(read("a.csv", utf8(csv)))
                .extracting(ExchangeRow::rowNumber, ExchangeRow::idNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, ZHANG));
    }

    @Test
    void namesTheMissingRequiredColumn() {
        String csv = "身份证号,姓名,类别,行政区划\n" + ZHANG + ",张三,低保,220112\n";

        assertThatThrownBy(() -> read("a.csv", utf8(csv)))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("缺少列：认定日期");
    }

    @Test
    void namesEveryMissingColumnWhenNoHeaderIsRecognised() {
        String csv = "证件,名字,类型,地区,日期\n" + ZHANG + ",张三,低保,220112,2021-03-01\n";

        assertThatThrownBy(() -> read("a.csv", utf8(csv)))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("缺少列：身份证号、姓名、类别、行政区划、认定日期");
    }

    @Test
    void refusesAColumnGivenTwice() {
        String csv = "身份证号,姓名,类别,行政区划,认定日期,身份证号码\n";

        assertThatThrownBy(() -> read("a.csv", utf8(csv)))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("列重复：身份证号（第 1 列和第 6 列）");
    }

    @Test
    void refusesOtherFileTypesBeforeReadingThem() {
        assertThatThrownBy(() -> read("名单.txt", utf8("身份证号,姓名")))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("只支持 Excel（.xlsx）或 CSV 文件");
        assertThatThrownBy(() -> read("名单", new byte[0]))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("只支持 Excel（.xlsx）或 CSV 文件");
        assertThatThrownBy(() -> read("名单.xls", new byte[0]))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessageStartingWith("只支持 Excel（.xlsx）或 CSV 文件")
                .hasMessageContaining("另存为 .xlsx");
        assertThatThrownBy(() -> read(null, new byte[0])).isInstanceOf(ExchangeFileException.class);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("a.csv", new byte[0]))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("文件是空的，没有表头和数据");
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyList() throws IOException {
        assertThat(read("a.csv", utf8("身份证号,姓名,类别,行政区划,认定日期\n\n"))).isEmpty();
    }

    @Test
    void reportsAQuoteLeftOpenWithItsRow() {
        String csv =
                "身份证号,姓名,类别,行政区划,认定日期\n" + ZHANG + ",张三,低保,220112,2021-03-01\n" + LI + ",\"李四,低保,220112,2021-03-01\n";

        assertThatThrownBy(() -> read("a.csv", utf8(csv)))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("第 3 行的引号没有闭合");
    }

    @Test
    void reportsBytesThatAreNotInTheDetectedEncodingInsteadOfGarblingNames() {
        // more valid UTF-8 than the detection window, then a row saved in GBK
        StringBuilder csv = new StringBuilder("身份证号,姓名,类别,行政区划,认定日期\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(ZHANG).append(",张三,低保,220112,2021-03-01\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(csv.toString()));
        bytes.writeBytes((LI + ",李四,低保,220112,2021-03-01\n").getBytes(Charset.forName("GBK")));
        List<ExchangeRow> rows = new ArrayList<>();

        assertThatThrownBy(() ->
                        ExchangeFileReader.read("a.csv", new ByteArrayInputStream(bytes.toByteArray()), rows::add))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessageContaining("无法识别的字符");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.name()).isEqualTo("张三"));
    }

    @Test
    void refusesUtf16() {
        byte[] bytes = "\uFEFF身份证号,姓名".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> read("a.csv", bytes))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessageContaining("UTF-16");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        String csv = "身份证号,姓名,类别,行政区划,认定日期\n" + (ZHANG + ",张三,低保,220112,2021-03-01\n").repeat(3);
        List<ExchangeRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> ExchangeFileReader.read("a.csv", new ByteArrayInputStream(utf8(csv)), 2, rows::add))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("文件超过 2 行数据，请拆分后分批上传");
        assertThat(rows).hasSize(2);
    }

    @Test
    void anExceptionOfTheSinkStopsTheReadingUnchanged() {
        String csv = "身份证号,姓名,类别,行政区划,认定日期\n" + (ZHANG + ",张三,低保,220112,2021-03-01\n").repeat(3);
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> ExchangeFileReader.read("a.csv", new ByteArrayInputStream(utf8(csv)), row -> {
                    throw stop;
                }))
                .isSameAs(stop);
    }

    @Test
    void masksIdentityNumberAndNameInToString() {
        ExchangeRow row = new ExchangeRow(2, ZHANG, "张三丰", "低保", "220112", "2021-03-01", null, null);

        assertThat(row.toString()).doesNotContain(ZHANG).doesNotContain("张三丰").contains("220112********1237", "张**");
    }

    @Test
    void rowValuesAreTrimmedOfEveryKindOfBlankAndEmptyBecomesNull() {
        ExchangeRow row = new ExchangeRow(2, "\u3000" + ZHANG + "\u00A0", " \t", "", "\uFEFF220112", null, null, null);

        assertThat(row.idNumber()).isEqualTo(ZHANG);
        assertThat(row.name()).isNull();
        assertThat(row.category()).isNull();
        assertThat(row.division()).isEqualTo("220112");
    }
}
