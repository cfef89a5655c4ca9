package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.ImportOutcome;
import cn.ybfp.contracts.api.ImportStatus;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.Contracts;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.RecordFileReader;
import cn.ybfp.contracts.domain.RecordImport;
import cn.ybfp.contracts.domain.RecordImportRow;
import cn.ybfp.contracts.domain.RecordImports;
import cn.ybfp.contracts.domain.RecordLine;
import cn.ybfp.contracts.domain.ServiceRecord;
import cn.ybfp.contracts.domain.ServiceRecords;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.excel.XlsxTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Service records by the file (履约记录导入) from a health centre's own system, with the discipline of the register's
 * data exchange: the upload is compared row by row ({@link RecordComparison}) and nothing is recorded; the clerk then
 * applies it, writing every accepted row in one transaction, once, or discards it; the rejected rows go back to the
 * health centre with their reasons (.xlsx).
 */
@ApplicationScoped
@Transactional
public class RecordImportService {

    /** Rows compared, stored or applied together: a few queries for each chunk, none per row. */
    private static final int CHUNK = 500;

    private static final int SHOWN = 500;

    @Inject
    BulkReads bulkReads;

    @Inject
    RecordImports imports;

    @Inject
    RecordFileReader reader;

    @Inject
    RecordComparison comparison;

    @Inject
    Contracts contracts;

    @Inject
    ServiceRecords records;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record File(
            long id,
            String area,
            String fileName,
            long rows,
            ImportStatus status,
            String uploadedBy,
            LocalDateTime uploadedAt,
            String decidedBy,
            Map<ImportOutcome, Long> outcomes,
            long version) {}

    public record Row(
            long lineNumber,
            String name,
            String maskedIdNumber,
            ServiceType type,
            LocalDate day,
            ImportOutcome outcome,
            String reason) {}

    public record Detail(File file, List<Row> rows) {}

    /** Reads and compares an uploaded file; returns its id. Nothing is recorded until it is applied. */
    public long upload(Caller caller, String fileName, InputStream in) {
        Authority.toKeepContracts(caller);
        var file = new RecordImport(caller.division().value(), name(fileName), caller.username(), now());
        imports.add(file);
        imports.flush();
        long id = file.id();
        var compare = comparison.of(Jurisdiction.of(caller).likePattern(), LocalDate.now(clock));
        imports.writeInBatches();
        List<RecordLine> chunk = new ArrayList<>(CHUNK);
        long read;
        try {
            read = reader.read(fileName, in, line -> {
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    store(file, chunk, compare);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store(file, chunk, compare);
        if (read == 0) {
            throw ContractsException.of("file", "import.empty");
        }
        imports.find(id).orElseThrow().counted(read);
        return id;
    }

    private void store(RecordImport file, List<RecordLine> chunk, RecordComparison.Compare compare) {
        var found = compare.rows(chunk);
        for (int i = 0; i < chunk.size(); i++) {
            imports.add(new RecordImportRow(file, chunk.get(i), found.get(i)));
        }
        chunk.clear();
        imports.flushAndClear();
    }

    /**
     * Records every accepted row, in one transaction with the file's decision: all or nothing, and once. A row whose
     * record was entered by hand since the comparison stops the whole apply, naming its line.
     */
    public void apply(Caller caller, long id, long version) {
        RecordImport file = deciding(caller, id, version);
        LocalDateTime now = now();
        file.decide(ImportStatus.APPLIED, caller.username(), now);
        flush();
        records.writeInBatches();
        List<RecordImports.Accepted> chunk = new ArrayList<>(CHUNK);
        imports.forEachAccepted(id, row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                record(chunk, caller.username(), now);
            }
        });
        record(chunk, caller.username(), now);
    }

    /** Records a chunk of accepted rows (their contracts read in one query) and empties it. */
    private void record(List<RecordImports.Accepted> chunk, String by, LocalDateTime now) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Long, Contract> named =
                contracts
                        .findAll(chunk.stream()
                                .map(RecordImports.Accepted::contractId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Contract::id, c -> c));
        for (RecordImports.Accepted row : chunk) {
            records.add(new ServiceRecord(
                    named.get(row.contractId()), row.type(), row.day(), row.memberId(), row.note(), by, now));
        }
        long last = chunk.get(chunk.size() - 1).lineNumber();
        chunk.clear();
        try {
            records.flushAndClear();
        } catch (PersistenceException e) {
            throw ContractsException.of(null, "import.recordedMeanwhile", String.valueOf(last));
        }
    }

    public void discard(Caller caller, long id, long version) {
        deciding(caller, id, version).decide(ImportStatus.DISCARDED, caller.username(), now());
        flush();
    }

    public List<File> list(Caller caller) {
        return imports.list(Jurisdiction.of(caller).likePattern(), 100).stream()
                .map(this::view)
                .toList();
    }

    /** The file with its first {@value #SHOWN} rows (the rejected rows' file has all of those). */
    public Detail detail(Caller caller, long id) {
        RecordImport file = visible(caller, id);
        return new Detail(
                view(file),
                imports.rows(id, null, 0, SHOWN).stream()
                        .map(RecordImportService::row)
                        .toList());
    }

    /** Refuses (404) a file outside the caller's area: before a download's response starts. */
    public void requireVisible(Caller caller, long id) {
        visible(caller, id);
    }

    /** The rejected rows with their reasons, as .xlsx, for the health centre. */
    public void writeRejected(Caller caller, long id, OutputStream out) throws IOException {
        visible(caller, id);
        long[] rejected = {0};
        try (XlsxTable table = new XlsxTable("不予导入", "行号", "姓名", "身份证号", "服务类型", "服务日期", "原因")) {
            imports.forEachRejected(id, r -> {
                rejected[0]++;
                table.addRow(
                        r.lineNumber(),
                        r.name(),
                        r.maskedIdNumber(),
                        r.type() == null ? "" : r.type().name(),
                        r.day(),
                        r.reason());
            });
            table.write(out);
        }
        bulkReads.record(caller, "不予导入的服务记录（导入批次 " + id + "）", "", rejected[0]);
    }

    private RecordImport deciding(Caller caller, long id, long version) {
        Authority.toKeepContracts(caller);
        RecordImport file = visible(caller, id);
        if (file.version() != version) {
            throw ContractsException.of(null, "import.stale");
        }
        return file;
    }

    private RecordImport visible(Caller caller, long id) {
        return imports.find(id)
                .filter(f -> Jurisdiction.of(caller).contains(DivisionCode.of(f.area())))
                .orElseThrow(() -> new RecordNotFoundException("service-record file " + id));
    }

    private void flush() {
        try {
            imports.flush();
        } catch (PersistenceException e) {
            throw ContractsException.of(null, "import.stale");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String name(String fileName) {
        String base =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        return base.isEmpty() ? "service-records" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    private File view(RecordImport f) {
        return new File(
                f.id(),
                f.area(),
                f.fileName(),
                f.rowCount(),
                f.status(),
                f.uploadedBy(),
                f.uploadedAt(),
                f.decidedBy(),
                imports.counts(f.id()),
                f.version());
    }

    private static Row row(RecordImportRow r) {
        return new Row(r.lineNumber(), r.name(), r.idNumberMasked(), r.type(), r.day(), r.outcome(), r.reason());
    }
}
