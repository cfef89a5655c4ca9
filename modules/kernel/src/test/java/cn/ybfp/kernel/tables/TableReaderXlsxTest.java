package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.kernel.excel.XlsxTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderXlsxTest {

    private static final String ZHANG = "220112198001011237";
    private static final TableReader PATIENTS = TableReader.of(PatientColumn.class);

    private static List<List<String>> read(String fileName, byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        PATIENTS.read(fileName, new ByteArrayInputStream(bytes), row -> {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(row.rowNumber()));
            for (PatientColumn column : PatientColumn.values()) {
                cells.add(row.cell(column));
            }
            rows.add(cells);
        });
        return rows;
    }

    private static List<String> row(String... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A patient list as the health department sends it: a merged title, its own order, numbers and dates as cells. */
    private static byte[] patientWorkbook() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("患者名单");
        CellStyle chineseDate = workbook.createCellStyle();
        chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

        sheet.createRow(0).createCell(0).setCellValue("2024年门诊慢特病患者名单");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        Row header = sheet.createRow(1);
        String[] names = {"序号", "诊断日期", "姓名", "身份证号", "疾病编码", "诊断医院"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row zhang = sheet.createRow(2);
        zhang.createCell(0).setCellValue(1);
        zhang.createCell(1).setCellValue(LocalDate.of(2024, 3, 1));
        zhang.getCell(1).setCellStyle(chineseDate);
        zhang.createCell(2).setCellValue("张三");
        zhang.createCell(3).setCellValue(ZHANG);
        zhang.createCell(4).setCellValue("I10");
        zhang.createCell(5).setCellValue("长春市中心医院");
        sheet.createRow(3); // a blank row
        Row wang = sheet.createRow(4);
        wang.createCell(1).setCellValue("2024/3/1"); // a date typed as text stays as typed
        wang.createCell(2).setCellValue(" 王五 ");
        wang.createCell(3).setCellValue(Double.parseDouble(ZHANG)); // 18 digits typed as a number: Excel keeps 15
        wang.createCell(4).setCellValue(1001d);
        return bytes(workbook);
    }

    @Test
    void readsTheFirstSheetAsTheClerkSeesItWithDatesAsIsoAndNumbersInFull() throws IOException {
        assertThat(read("患者名单.xlsx", patientWorkbook()))
                .containsExactly(
                        row("3", ZHANG, "张三", "I10", "长春市中心医院", "2024-03-01"),
                        row("5", "220112198001011000", "王五", "1001", null, "2024/3/1"));
    }

    @Test
    void readsAWorkbookOfTheKernelsOwnWriter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = new XlsxTable("名单", List.of("身份证号", "姓名", "疾病", "诊断日期", "原因"))) {
            table.addRow(ZHANG, "张三", "高血压", LocalDate.of(2024, 3, 1), "疾病无法识别");
            table.write(out);
        }

        assertThat(read("名单.xlsx", out.toByteArray()))
                .containsExactly(row("2", ZHANG, "张三", "高血压", null, "2024-03-01"));
    }

    @Test
    void namesTheMissingColumn() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet().createRow(0);
        List<String> names = List.of("姓名", "疾病", "诊断日期");
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
        }
        byte[] file = bytes(workbook);

        assertThatThrownBy(() -> read("a.xlsx", file))
                .isInstanceOf(TableFileException.class)
                .hasMessage("缺少列：身份证号");
    }

    @Test
    void tellsTheClerkToSaveAnOldXlsFileAsXlsxAndRefusesWhatIsNoWorkbook() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("身份证号");
            workbook.write(out);
            xls = out.toByteArray();
        }

        assertThatThrownBy(() -> read("改了扩展名.xlsx", xls))
                .isInstanceOf(TableFileException.class)
                .hasMessageContaining("旧版 Excel（.xls）");
        assertThatThrownBy(() -> read("a.xlsx", "身份证号,姓名".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(TableFileException.class)
                .hasMessageStartingWith("无法读取 Excel 文件");
        assertThatThrownBy(() -> read("a.xlsx", new byte[0]))
                .isInstanceOf(TableFileException.class)
                .hasMessage("文件是空的，没有表头和数据");
    }

    @Test
    void anExceptionOfTheSinkStopsTheReadingUnchanged() throws IOException {
        byte[] file = patientWorkbook();
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> PATIENTS.read("a.xlsx", new ByteArrayInputStream(file), row -> {
                    throw stop;
                }))
                .isSameAs(stop);
    }

    @Test
    void deletesItsTemporaryCopy() throws IOException {
        byte[] good = patientWorkbook();
        long before = temporaryCopies();

        read("a.xlsx", good);
        assertThatThrownBy(() -> read("a.xlsx", new byte[] {1, 2, 3})).isInstanceOf(TableFileException.class);
        assertThatThrownBy(() -> PATIENTS.read("a.xlsx", new ByteArrayInputStream(good), row -> {
                    throw new IllegalStateException();
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(temporaryCopies()).isEqualTo(before);
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(TableReader.TEMPORARY_PREFIX))
                    .count();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Test
    void excelCellTextWritesGeneralNumbersInFull() {
        assertThat(ExcelCellText.plain(2.20112198001011E17)).isEqualTo("220112198001011000");
        assertThat(ExcelCellText.plain(220112001d)).isEqualTo("220112001");
        assertThat(ExcelCellText.plain(12.5)).isEqualTo("12.5");
        assertThat(ExcelCellText.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(ExcelCellText.plain(0)).isEqualTo("0");
        assertThat(ExcelCellText.plain(-3)).isEqualTo("-3");
    }
}
