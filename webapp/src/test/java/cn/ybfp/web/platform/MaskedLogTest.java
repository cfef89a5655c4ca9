package cn.ybfp.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

/** What a handler writes after masking: no full ID number in the message, the parameters or any exception. */
class MaskedLogTest {

    private static final String ID = "220112197808050312";

    @Test
    void theMessageItsParametersAndEveryExceptionAreMasked() {
        var record = new LogRecord(Level.SEVERE, "register {0} failed");
        record.setParameters(new Object[] {ID});
        record.setThrown(new IllegalStateException(
                "could not execute statement",
                new SQLException("ERROR: duplicate key value violates unique constraint \"person_id_number_key\"\n"
                        + "  Detail: Key (id_number)=(" + ID + ") already exists.")));

        String written = written(record);

        assertThat(written)
                .doesNotContain(ID)
                .contains("register 220112********0312 failed", "Key (id_number)=(220112********0312)")
                .contains("IllegalStateException", "SQLException", "MaskedLogTest.java"); // still a stack trace
    }

    @Test
    void otherNumbersStayAsTheyAre() {
        var record = new LogRecord(Level.INFO, "batch 12345 of 2026-12-06, claim ZY2022001, 1234567890123456789");
        assertThat(written(record)).contains("batch 12345 of 2026-12-06, claim ZY2022001, 1234567890123456789");
    }

    private static String written(LogRecord record) {
        try {
            return write(record);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(LogRecord record) throws java.io.UnsupportedEncodingException {
        var out = new ByteArrayOutputStream();
        var handler = new StreamHandler(out, new SimpleFormatter());
        handler.setEncoding(StandardCharsets.UTF_8.name());
        handler.publish(MaskedLog.masked(record));
        handler.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
