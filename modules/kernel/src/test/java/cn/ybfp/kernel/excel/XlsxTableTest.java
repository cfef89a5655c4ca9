package cn.ybfp.kernel.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableTest {

    private static final String ID = "220112198001011237";

    @TempDir
    Path poiTemp;

    @BeforeEach
    void watchTemporaryFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void restoreTemporaryFiles() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    private static XSSFWorkbook written(XlsxTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesEachValueAsACellOfItsTypeUnderABoldFrozenHeader() throws IOException {
        XSSFWorkbook workbook;
        try (XlsxTable table = new XlsxTable("人员查询", "身份证号", "姓名", "认定日期", "年度救助金额", "次数", "编号", "更新时间", "备注")) {
            table.addRow(
                    ID,
                    "张三",
                    LocalDate.of(2021, 3, 1),
                    new BigDecimal("12000.5"),
                    3,
                    4_000_000_000L,
                    LocalDateTime.of(2024, 5, 6, 7, 8),
                    "=1+1");
            table.addRow("11010519491231002X", null, null, null, null, 1234567890123456789L);
            assertThat(table.rowCount()).isEqualTo(2);
            workbook = written(table);
        }

        try (workbook) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("人员查询");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("身份证号");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("备注");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitLeftColumn()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H3");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(ID);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("张三");
            Cell date = first.getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 1));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            Cell amount = first.getCell(3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(12000.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(4.0e9);
            assertThat(first.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 5, 6, 7, 8));
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.STRING); // never a formula
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("=1+1");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("11010519491231002X");
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(4)).isNull();
            assertThat(second.getCell(5).getCellType()).isEqualTo(CellType.STRING); // too long for a double
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("1234567890123456789");
            assertThat(second.getCell(6)).isNull();
        }
    }

    @Test
    void sizesColumnsToTheirTextCountingChineseCharactersDouble() throws IOException {
        XSSFWorkbook workbook;
        try (XlsxTable table = new XlsxTable("名单", "编号", "单位", "说明")) {
            table.addRow("abcdefghij", "吉林省长春市双阳区医疗保障局", "x".repeat(500));
            workbook = written(table);
        }
        try (workbook) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo((10 + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((28 + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo((XlsxTable.MAX_WIDTH + 2) * 256);
        }
    }

    @Test
    void continuesOnANewSheetWithTheSameHeaderWhenASheetIsFull() throws IOException {
        XSSFWorkbook workbook;
        try (XlsxTable table = new XlsxTable("名单", List.of("序号"), 3)) {
            for (int i = 1; i <= 5; i++) {
                table.addRow(i);
            }
            workbook = written(table);
        }
        try (workbook) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(1)).isEqualTo("名单 (2)");
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("序号");
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue())
                    .isEqualTo(5.0);
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void makesASheetNameExcelAccepts() throws IOException {
        XSSFWorkbook workbook;
        try (XlsxTable table = new XlsxTable("2024/03 人员[查询]", "姓名")) {
            workbook = written(table);
        }
        try (workbook) {
            assertThat(workbook.getSheetName(0)).doesNotContain("/", "[", "]");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void deletesItsTemporaryFilesWhenWrittenAndWhenAbandoned() throws IOException {
        XlsxTable written = new XlsxTable("名单", "身份证号", "姓名");
        for (int i = 0; i < 1_000; i++) { // more than the window, so rows have gone to the temporary file
            written.addRow(ID, "张三" + i);
        }
        assertThat(temporaryFiles()).isNotEmpty();
        written.write(new ByteArrayOutputStream());
        assertThat(temporaryFiles()).isEmpty();

        try (XlsxTable abandoned = new XlsxTable("名单", "身份证号")) {
            for (int i = 0; i < 1_000; i++) {
                abandoned.addRow(ID);
            }
            assertThat(temporaryFiles()).isNotEmpty();
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(poiTemp)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void refusesValuesItCannotWriteFaithfully() {
        try (XlsxTable table = new XlsxTable("名单", "金额", "其他")) {
            assertThatThrownBy(() -> table.addRow(0.1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.lang.Double");
            assertThatThrownBy(() -> table.addRow("a", "b", "c")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void isWrittenOnce() throws IOException {
        XlsxTable table = new XlsxTable("名单", "姓名");
        table.write(new ByteArrayOutputStream());

        assertThatThrownBy(() -> table.write(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.addRow("张三")).isInstanceOf(IllegalStateException.class);
        table.close(); // harmless
    }

    @Test
    void measuresWidthByCodePointAndLongestLine() {
        assertThat(XlsxTable.displayWidth("abc")).isEqualTo(3);
        assertThat(XlsxTable.displayWidth("张三")).isEqualTo(4);
        assertThat(XlsxTable.displayWidth("王䶮𠀀")).isEqualTo(6);
        assertThat(XlsxTable.displayWidth("第一行\nab")).isEqualTo(6);
    }
}
