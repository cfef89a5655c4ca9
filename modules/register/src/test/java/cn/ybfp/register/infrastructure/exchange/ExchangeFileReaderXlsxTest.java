package cn.ybfp.register.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.register.domain.ExchangeFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExchangeFileReaderXlsxTest {

    private static final String ZHANG = "220112198001011237";
    private static final String OLD_15_DIGIT = "220112800101123";

    private static List<ExchangeRow> read(String fileName, byte[] bytes) throws IOException {
        List<ExchangeRow> rows = new ArrayList<>();
        ExchangeFileReader.read(fileName, new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook as departments send them: a merged title, the header in another order, numbers and dates as cells. */
    private static byte[] departmentWorkbook() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("低保名单");
        CellStyle isoDate = dateStyle(workbook, "yyyy-mm-dd");
        CellStyle chineseDate = dateStyle(workbook, "yyyy\"年\"m\"月\"d\"日\"");
        CellStyle builtinDate = workbook.createCellStyle();
        builtinDate.setDataFormat((short) 14); // m/d/yy, shown per locale (2021/3/1 in Chinese Excel)

        sheet.createRow(0).createCell(0).setCellValue("2024年双阳区低保对象名单");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        Row header = sheet.createRow(1);
        String[] names = {"序号", "认定日期", "姓名", "身份证号", "类别", "行政区划代码", "终止日期", "认定文号"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }

        Row zhang = sheet.createRow(2);
        zhang.createCell(0).setCellValue(1);
        zhang.createCell(1).setCellValue(LocalDate.of(2021, 3, 1));
        zhang.getCell(1).setCellStyle(isoDate);
        zhang.createCell(2).setCellValue("张三");
        zhang.createCell(3).setCellValue(ZHANG);
        zhang.createCell(4).setCellValue("低保户");
        zhang.createCell(5).setCellValue(220112001d); // division typed as a number
        zhang.createCell(6).setCellValue(LocalDate.of(2023, 12, 31));
        zhang.getCell(6).setCellStyle(chineseDate);
        zhang.createCell(7).setCellValue("双民发〔2021〕3号");

        sheet.createRow(3); // a blank row, and row 5 has cells with nothing in them
        Row blank = sheet.createRow(4);
        blank.createCell(2).setCellValue("");
        blank.createCell(3).setCellValue("  ");

        Row li = sheet.createRow(5);
        li.createCell(0).setCellValue(2);
        li.createCell(1).setCellValue(LocalDate.of(2020, 1, 15));
        li.getCell(1).setCellStyle(builtinDate);
        li.createCell(2).setCellValue("李四");
        li.createCell(3).setCellValue(Double.parseDouble(OLD_15_DIGIT)); // an old 15-digit number typed as a number
        li.createCell(4).setCellValue("特困供养人员");
        li.createCell(5).setCellValue("220112");
        li.createCell(7).setCellValue(20210301d); // a number that is no date cell stays the digits

        Row wang = sheet.createRow(6);
        wang.createCell(1).setCellValue("2021/3/1"); // a date typed as text stays as typed
        wang.createCell(2).setCellValue("王五");
        wang.createCell(3).setCellValue(Double.parseDouble(ZHANG)); // 18 digits typed as a number: Excel keeps 15
        wang.createCell(4).setCellValue("低保");
        wang.createCell(5).setCellFormula("220112&\"001\""); // the formula's cached result is read
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return bytes(workbook);
    }

    private static CellStyle dateStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void readsTheTextAClerkSeesWithDatesAsIsoAndNumbersInFull() throws IOException {
        List<ExchangeRow> rows = read("低保名单.xlsx", departmentWorkbook());

        assertThat(rows)
                .containsExactly(
                        new ExchangeRow(3, ZHANG, "张三", "低保户", "220112001", "2021-03-01", "2023-12-31", "双民发〔2021〕3号"),
                        new ExchangeRow(6, OLD_15_DIGIT, "李四", "特困供养人员", "220112", "2020-01-15", null, "20210301"),
                        // Excel itself keeps 15 significant digits: the comparison rejects this number for its check
                        // digit
                        new ExchangeRow(7, "220112198001011000", "王五", "低保", "220112001", "2021/3/1", null, null));
    }

    @Test
    void readsAWorkbookWrittenByTheStreamingWriterSoAnErrorFileCanBeUploadedAgain() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> headers = new ArrayList<>(
                Stream.of(ExchangeColumn.values()).map(ExchangeColumn::label).toList());
        headers.add("原因");
        try (XlsxTable table = new XlsxTable("未通过的行", headers)) {
            table.addRow(ZHANG, "张三", "低保", "220112", LocalDate.of(2021, 3, 1), null, "文号1", "认定日期晚于今天");
            table.addRow("123", "李四", "低保", "220112", "2021-02-30", null, null, "身份证号长度不对");
            table.write(out);
        }

        assertThat(read("未通过的行.xlsx", out.toByteArray()))
                .containsExactly(
                        new ExchangeRow(2, ZHANG, "张三", "低保", "220112", "2021-03-01", null, "文号1"),
                        new ExchangeRow(3, "123", "李四", "低保", "220112", "2021-02-30", null, null));
    }

    @Test
    void readsDatesOfA1904Workbook() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        var properties = workbook.getCTWorkbook().isSetWorkbookPr()
                ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
        assertThat(workbook.isDate1904()).isTrue(); // so the date below is written as a day count from 1904
        Sheet sheet = workbook.createSheet();
        Row header = sheet.createRow(0);
        List<String> names = List.of("身份证号", "姓名", "类别", "行政区划", "认定日期");
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
        }
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue(ZHANG);
        row.createCell(4).setCellValue(LocalDate.of(2021, 3, 1));
        row.getCell(4).setCellStyle(dateStyle(workbook, "yyyy/m/d"));

        assertThat(read("a.xlsx", bytes(workbook)))
                .extracting(ExchangeRow::recognisedDate)
                .containsExactly("2021-03-01");
    }

    @Test
    void namesTheMissingColumn() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet().createRow(0);
        List<String> names = List.of("姓名", "类别", "行政区划", "认定日期");
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
        }
        byte[] file = bytes(workbook);

        assertThatThrownBy(() -> read("a.xlsx", file))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("缺少列：身份证号");
    }
}
