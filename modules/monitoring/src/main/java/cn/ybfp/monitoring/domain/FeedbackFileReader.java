package cn.ybfp.monitoring.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a feedback file, .xlsx or CSV (UTF-8 or GBK), row by row (a port; the infrastructure reads). */
public interface FeedbackFileReader {

    /**
     * @return the number of rows read
     * @throws MonitoringException naming the field {@code file} when the file cannot be read
     */
    long read(String fileName, InputStream in, Consumer<FeedbackLine> rows) throws IOException;
}
