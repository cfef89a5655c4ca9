package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<List<String>> records(String csv) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        List<String> fields;
        while ((fields = reader.next()) != null) {
            records.add(List.copyOf(fields));
        }
        return records;
    }

    @Test
    void followsRfc4180() throws IOException {
        assertThat(records("a,\"b,c\",\"d\"\"e\",\"f\r\ng\",\r\n\"\",x\r\n"))
                .containsExactly(List.of("a", "b,c", "d\"e", "f\r\ng", ""), List.of("", "x"));
    }

    @Test
    void aBlankLineIsOneEmptyFieldAndCountsAsARecord() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader("a\n\nb"));

        assertThat(reader.next()).containsExactly("a");
        assertThat(reader.next()).containsExactly("");
        assertThat(reader.next()).containsExactly("b");
        assertThat(reader.recordNumber()).isEqualTo(3);
        assertThat(reader.next()).isNull();
    }

    @Test
    void isLenientLikeExcelWithQuotesInsideAField() throws IOException {
        assertThat(records("双民发\"2021\"3号,\"ab\"c\n")).containsExactly(List.of("双民发\"2021\"3号", "abc"));
    }

    @Test
    void boundsAFieldSoAnOpenQuoteCannotSwallowTheFile() {
        String csv = "a\n\"" + "x".repeat(CsvRecordReader.MAX_FIELD_LENGTH + 1) + "\"\n";

        assertThatThrownBy(() -> records(csv))
                .isInstanceOf(TableFileException.class)
                .hasMessage("第 2 行的内容过长，可能是引号没有闭合");
    }

    @Test
    void readsAcrossItsBufferBoundary() throws IOException {
        String longValue = "张".repeat(20_000); // longer than the 16k buffer
        assertThat(records("\"" + longValue + "\"\r\nb\r\n")).containsExactly(List.of(longValue), List.of("b"));
    }
}
