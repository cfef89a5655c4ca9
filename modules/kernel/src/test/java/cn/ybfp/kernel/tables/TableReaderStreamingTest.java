package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TableReaderStreamingTest {

    private static final int ROWS = 200_000;

    /** A CSV file made while it is read, so that neither the test nor the reader can hold it whole. */
    private static final class GeneratedCsv extends InputStream {
        private byte[] line = "姓名,身份证号,疾病,诊断机构,诊断日期\r\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        private int produced;

        @Override
        public int read() {
            if (position == line.length && !next()) {
                return -1;
            }
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == line.length && !next()) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean next() {
            if (produced == ROWS) {
                return false;
            }
            produced++;
            line = String.format("张三%d,2201121980%08d,\"恶性肿瘤, 化疗\",第%d医院,2024/3/1\r\n", produced, produced, produced)
                    .getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // about a second on a developer machine
    void readsTwoHundredThousandRowsRowByRow() throws IOException {
        GeneratedCsv csv = new GeneratedCsv();
        AtomicLong count = new AtomicLong();
        AtomicLong producedAtFirstRow = new AtomicLong(-1);
        AtomicLong lastRowNumber = new AtomicLong();

        long read = TableReader.of(PatientColumn.class).read("患者名单.csv", csv, row -> {
            if (count.incrementAndGet() == 1) {
                producedAtFirstRow.set(csv.produced);
            }
            lastRowNumber.set(row.rowNumber());
        });

        assertThat(read).isEqualTo(ROWS);
        assertThat(count).hasValue(ROWS);
        assertThat(lastRowNumber).hasValue(ROWS + 1L); // the header is row 1
        // the first row reached the sink while the file was still being made: nothing waits for the whole file
        assertThat(producedAtFirstRow.get()).isBetween(1L, ROWS / 10L);
    }
}
