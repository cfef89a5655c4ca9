package cn.ybfp.contracts.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a service-record file, .xlsx or CSV (UTF-8 or GBK), row by row (a port; the infrastructure reads). */
public interface RecordFileReader {

    /**
     * @return the number of rows read
     * @throws ContractsException naming the field {@code file} when the file cannot be read
     */
    long read(String fileName, InputStream in, Consumer<RecordLine> rows) throws IOException;
}
