package cn.ybfp.register.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.ExchangeListRow;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.api.ExchangeStatus;
import cn.ybfp.register.domain.ExchangeBatch;
import cn.ybfp.register.domain.ExchangeBatches;
import cn.ybfp.register.domain.ExchangeFileException;
import cn.ybfp.register.domain.ExchangeLists;
import cn.ybfp.register.domain.SecondClerkRule;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data exchange (数据交换比对): a county or province user uploads a department's list, sees the comparison, and
 * applies it (all accepted rows in one transaction, once) or throws it away. Township staff only read the register's
 * results. The province may apply too: lists from provincial departments arrive there.
 */
@ApplicationScoped
public class ExchangeService {

    public static final int PAGE_SIZE = 50;
    private static final Logger LOG = Logger.getLogger(ExchangeService.class.getName());

    @Inject
    ExchangeLists lists;

    @Inject
    ExchangeBatches batches;

    @Inject
    BatchStarter starter;

    @Inject
    ExchangeSteps steps;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    @Inject
    BulkReads bulkReads;

    /** The largest list a county may upload, in MB; the upload stops as soon as it is passed. */
    @Inject
    @ConfigProperty(name = "exchange.max-upload-mb", defaultValue = "200")
    long maxUploadMb;

    /** The largest list a county may upload, in MB (the web layer refuses bigger uploads before reading them). */
    public long maxUploadMb() {
        return maxUploadMb;
    }

    /** How many changed rows the uploader may apply alone ({@link SecondClerkRule}). */
    @Inject
    @ConfigProperty(name = "exchange.alone-up-to-rows", defaultValue = "100")
    long aloneUpTo;

    /** Saves the upload, records the batch, and starts the background comparison; returns the batch id. */
    public long upload(Caller caller, String fileName, String department, InputStream content) {
        Jurisdiction scope = mayExchange(caller);
        Department from = FormValues.choice(
                Department.class, department, "department", RegisterException.label("listDepartment"));
        if (fileName == null || fileName.isBlank()) {
            throw RegisterException.of("file", "batch.noFile");
        }
        try {
            lists.checkFormat(fileName);
            Path file = Files.createTempFile("ybfp-exchange-", ".upload");
            if (!copyAtMost(content, file, maxUploadMb * 1024L * 1024)) {
                Files.deleteIfExists(file);
                throw RegisterException.of("file", "file.tooLarge", String.valueOf(maxUploadMb));
            }
            long id = starter.record(fileName.strip(), from, scope.root(), caller.username(), Instant.now(clock));
            starter.start(id, fileName.strip(), file);
            return id;
        } catch (ExchangeFileException e) {
            throw new RegisterException("file", e.refusal());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the upload as it streams in, and stops at one byte over {@code max}: false when it was too big. */
    private static boolean copyAtMost(InputStream in, Path file, long max) throws IOException {
        try (InputStream limited = new java.io.BufferedInputStream(in);
                var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = limited.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
            return true;
        }
    }

    @Transactional
    public Optional<ExchangeView> view(Caller caller, long id, String outcome, int page) {
        return batches.find(Jurisdiction.of(caller), id).map(b -> view(b, validOutcome(outcome), Math.max(1, page)));
    }

    @Transactional
    public List<ExchangeView> recent(Caller caller) {
        return batches.recent(Jurisdiction.of(caller), 20).stream()
                .map(b -> view(b, null, 0))
                .toList();
    }

    /**
     * Decides to apply a compared list and starts the background job that does it ({@link ExchangeSteps#apply}): a
     * million rows take about a minute, longer than a page should wait. Only one decision counts: a second one, even
     * at the same moment, is told the list is already being (or has been) applied.
     */
    public String apply(Caller caller, long id) {
        String outcome = steps.decideToApply(mayExchange(caller), id, caller.username(), aloneUpTo);
        if (outcome.equals("applying")) {
            try {
                starter.startApply(id);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "exchange batch " + id + ": the apply job did not start", e);
                steps.applyFailed(id, "导入未能开始，台账没有任何变化；请稍后再次确认导入");
                throw RegisterException.of(null, "batch.applyNotStarted", String.valueOf(id));
            }
        }
        return outcome;
    }

    @Transactional
    public void discard(Caller caller, long id) {
        Jurisdiction scope = mayExchange(caller);
        // an apply under way holds the lock for its whole minute: say so at once instead of waiting for it
        if (batches.find(scope, id).orElseThrow(() -> notFound()).status() == ExchangeStatus.APPLYING) {
            throw RegisterException.of(null, "batch.applying");
        }
        ExchangeBatch batch = batches.lock(scope, id).orElseThrow(() -> notFound());
        if (batch.status() != ExchangeStatus.PREVIEWED && batch.status() != ExchangeStatus.FAILED) {
            throw RegisterException.of(null, "batch.applied");
        }
        batch.discarded(lists.counts(id));
        lists.purge(id, false);
    }

    /**
     * The rejected rows with their reasons, as .xlsx, for the department to correct and send again: personal data in
     * bulk, so only for the county clerks of the batch's county.
     */
    @Transactional
    public void writeErrors(Caller caller, long id, OutputStream out) throws IOException {
        batches.find(mayExchange(caller), id).orElseThrow(() -> notFound());
        long[] rows = {0};
        try (XlsxTable table = new XlsxTable("不予导入", "原行号", "身份证号", "姓名", "类别", "行政区划", "认定日期", "终止日期", "文号", "原因")) {
            lists.rejected(id, r -> {
                rows[0]++;
                table.addRow(
                        r.rowNumber(),
                        r.idNumber(),
                        r.name(),
                        r.category(),
                        r.division(),
                        r.recognisedDate(),
                        r.endDate(),
                        r.documentNumber(),
                        r.reason());
            });
            table.write(out);
        }
        bulkReads.record(caller, "不予导入的行（数据交换批次 " + id + "）", "", rows[0]);
    }

    private ExchangeView view(ExchangeBatch b, String outcome, int page) {
        Map<ExchangeOutcome, Long> counts = Map.of();
        List<ExchangeListRow> rows = List.of();
        if (page > 0 && b.status() != ExchangeStatus.READING && b.status() != ExchangeStatus.FAILED) {
            counts = b.keptCounts().orElseGet(() -> lists.counts(b.id()));
            rows = lists.page(b.id(), outcome, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return new ExchangeView(
                b.id(),
                b.fileName(),
                b.department().name(),
                b.uploadedBy(),
                b.uploadedAt(),
                b.status().name(),
                b.rowsRead(),
                b.message(),
                b.appliedBy(),
                b.appliedAt(),
                b.version(),
                counts,
                rows,
                outcome,
                page);
    }

    private static String validOutcome(String outcome) {
        for (ExchangeOutcome o : ExchangeOutcome.values()) {
            if (o.name().equals(outcome)) {
                return outcome;
            }
        }
        return null;
    }

    /** Uploading, applying and discarding a list is the county's casework; the province supervises and reads. */
    private static Jurisdiction mayExchange(Caller caller) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("数据交换比对由县级经办人员办理");
        }
        return Jurisdiction.of(caller);
    }

    /** Whether the caller may upload, apply or discard lists (the pages show those actions only then). */
    public static boolean mayChange(Caller caller) {
        return caller.role() == Role.COUNTY_STAFF;
    }

    static RegisterException notFound() {
        return RegisterException.of(null, "batch.notFound");
    }

    /** Records a batch (or a decision) in a transaction of its own and starts its job once that has committed. */
    @ApplicationScoped
    public static class BatchStarter {

        @Inject
        ExchangeBatches batches;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public long record(String fileName, Department from, DivisionCode scope, String uploadedBy, Instant at) {
            return batches.add(new ExchangeBatch(fileName, from, scope, uploadedBy, at))
                    .id();
        }

        public void start(long id, String fileName, Path file) {
            Properties parameters = new Properties();
            parameters.setProperty("batchId", Long.toString(id));
            parameters.setProperty("file", file.toString());
            parameters.setProperty("fileName", fileName);
            BatchRuntime.getJobOperator().start("exchange-compare", parameters);
        }

        public void startApply(long id) {
            Properties parameters = new Properties();
            parameters.setProperty("batchId", Long.toString(id));
            BatchRuntime.getJobOperator().start("exchange-apply", parameters);
        }
    }
}
