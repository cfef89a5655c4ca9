package cn.ybfp.booklets.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a health department's list, .xlsx or CSV (UTF-8 or GBK), row by row (a port; the infrastructure reads). */
public interface HealthListReader {

    /**
     * @return the number of rows read
     * @throws BookletsException naming the field {@code file} when the file cannot be read as a list
     */
    long read(String fileName, InputStream in, Consumer<ListLine> rows) throws IOException;
}
