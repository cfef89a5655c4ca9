package cn.ybfp.monitoring.application;

import cn.ybfp.applications.api.CaseReferral;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.monitoring.api.FeedbackOutcome;
import cn.ybfp.monitoring.api.FeedbackStatus;
import cn.ybfp.monitoring.domain.FeedbackFileReader;
import cn.ybfp.monitoring.domain.FeedbackLine;
import cn.ybfp.monitoring.domain.FeedbackRow;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.HighCostWarnings;
import cn.ybfp.monitoring.domain.MonitoringException;
import cn.ybfp.monitoring.domain.WarningFeedback;
import cn.ybfp.monitoring.domain.WarningFeedbacks;
import cn.ybfp.register.api.CategoryRecorder;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The departments' feedback on pushed warnings, with the discipline of the register's data exchange: the upload is
 * compared row by row ({@link FeedbackComparison}) and nothing changes; the county clerk then applies it, once and
 * all or nothing, or discards it. Applying a recognised row records the category in the register (with the
 * document number) and opens an application-based assistance case for the person with the year's claims; a row not
 * recognised closes its warning with the reason. The rejected rows go back with their reasons (.xlsx).
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    private static final Pattern NUMBER = Pattern.compile("YJ(\\d{1,12})", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ROWS = 10_000;

    @Inject
    BulkReads bulkReads;

    @Inject
    WarningFeedbacks feedbacks;

    @Inject
    HighCostWarnings warnings;

    @Inject
    FeedbackFileReader reader;

    @Inject
    InsuredPersons persons;

    @Inject
    CategoryRecorder register;

    @Inject
    CaseReferral referral;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record File(
            long id,
            String fileName,
            FeedbackStatus status,
            String uploadedBy,
            LocalDateTime uploadedAt,
            String decidedBy,
            Map<FeedbackOutcome, Long> outcomes,
            long version) {}

    public record Row(
            long lineNumber,
            String warningNumber,
            Long warningId,
            String name,
            FeedbackOutcome outcome,
            String category,
            String documentNumber,
            String recognisedFrom,
            String reason,
            String problem) {}

    public record Detail(File file, List<Row> rows) {}

    /** Reads and compares an uploaded file; answers its id. Nothing changes until it is applied. */
    public long upload(Caller caller, String fileName, InputStream in) {
        Authority.toRunLoop(caller);
        String pattern = Jurisdiction.of(caller).likePattern();
        List<FeedbackLine> lines = new ArrayList<>();
        try {
            reader.read(fileName, in, line -> {
                if (lines.size() == MAX_ROWS) {
                    throw MonitoringException.of("file", "feedback.tooLarge", String.valueOf(MAX_ROWS));
                }
                lines.add(line);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw MonitoringException.of("file", "feedback.empty");
        }
        var file = new WarningFeedback(caller.division().value(), name(fileName), caller.username(), now());
        Map<Long, HighCostWarning> named = new java.util.HashMap<>();
        lines.forEach(l -> warningOf(pattern, l.warningNumber()).ifPresent(w -> named.put(w.id(), w)));
        Map<Long, InsuredPerson> people = persons.findAll(
                Jurisdiction.of(caller),
                named.values().stream().map(HighCostWarning::personId).toList(),
                LocalDate.now(clock));
        var comparison = new FeedbackComparison();
        for (FeedbackLine line : lines) {
            HighCostWarning warning = warningOf(pattern, line.warningNumber()).orElse(null);
            InsuredPerson person = warning == null ? null : people.get(warning.personId());
            file.add(
                    line,
                    warning == null ? null : warning.id(),
                    comparison.compare(
                            line,
                            person == null ? null : warning,
                            person == null ? null : person.residentId().value(),
                            LocalDate.now(clock)));
        }
        feedbacks.add(file);
        feedbacks.flush();
        return file.id();
    }

    /**
     * Applies every row that was not rejected, in one transaction with the file's decision: all or nothing, and once.
     * A warning whose state changed since the comparison, or a refusal of the register or the case, stops the whole
     * apply, naming its line.
     */
    public void apply(Caller caller, long id, long version) {
        Authority.toRunLoop(caller);
        WarningFeedback file = deciding(caller, id, version);
        LocalDateTime now = now();
        file.decide(FeedbackStatus.APPLIED, caller.username(), now);
        feedbacks.flush();
        String pattern = Jurisdiction.of(caller).likePattern();
        for (FeedbackRow row : file.rows()) {
            if (row.outcome() == FeedbackOutcome.REJECTED) {
                continue;
            }
            HighCostWarning warning = warnings.find(pattern, row.warningId()).orElseThrow();
            try {
                apply(caller, row, warning, now.toLocalDate());
            } catch (InvalidInputException | IllegalStateException e) {
                throw MonitoringException.of(
                        null, "feedback.lineFailed", String.valueOf(row.lineNumber()), e.getMessage());
            }
        }
        warnings.flush();
    }

    private void apply(Caller caller, FeedbackRow row, HighCostWarning warning, LocalDate today) {
        if (row.outcome() == FeedbackOutcome.NOT_RECOGNISED) {
            warning.notRecognised(row.reason(), today);
            return;
        }
        AssistanceCategory category =
                FeedbackComparison.category(row.category()).orElseThrow();
        LocalDate from = FeedbackComparison.day(row.recognisedFrom()).orElseThrow();
        if (warning.status() != cn.ybfp.monitoring.api.WarningStatus.PUSHED) {
            throw new IllegalStateException(
                    "预警 " + warning.number() + " 已是「" + warning.status().label() + "」");
        }
        register.record(
                caller,
                warning.personId(),
                category,
                FeedbackComparison.RECOGNISED_BY.get(category),
                row.documentNumber(),
                from,
                null);
        long caseId = referral.open(
                caller,
                warning.personId(),
                warning.year(),
                warning.kind().label() + " " + warning.number() + " 转办：经认定为" + category.label() + "（"
                        + row.documentNumber() + "），依申请救助重新核算");
        warning.assisted(category, row.documentNumber(), from, caseId, today);
    }

    public void discard(Caller caller, long id, long version) {
        Authority.toRunLoop(caller);
        deciding(caller, id, version).decide(FeedbackStatus.DISCARDED, caller.username(), now());
        feedbacks.flush();
    }

    public List<File> list(Caller caller) {
        return feedbacks.list(Jurisdiction.of(caller).likePattern(), 100).stream()
                .map(FeedbackService::view)
                .toList();
    }

    public Detail detail(Caller caller, long id) {
        WarningFeedback file = visible(caller, id);
        return new Detail(
                view(file), file.rows().stream().map(FeedbackService::row).toList());
    }

    /** Refuses (404) a file outside the caller's area: before a download's response starts. */
    public void requireVisible(Caller caller, long id) {
        visible(caller, id);
    }

    /** The rejected rows with their reasons, for the department. */
    public void writeRejected(Caller caller, long id, OutputStream out) {
        WarningFeedback file = visible(caller, id);
        long rejected = file.rows().stream()
                .filter(r -> r.outcome() == FeedbackOutcome.REJECTED)
                .count();
        bulkReads.record(caller, "预警反馈退回行（反馈文件 " + id + "）", "", rejected);
        try (var table = new XlsxTable("退回", "行号", "预警编号", "姓名", "认定结果", "认定类别", "认定文号", "认定日期", "退回原因")) {
            for (FeedbackRow r : file.rows()) {
                if (r.outcome() == FeedbackOutcome.REJECTED) {
                    table.addRow(
                            r.lineNumber(),
                            r.warningNumber(),
                            r.personName(),
                            null,
                            r.category(),
                            r.documentNumber(),
                            r.recognisedFrom(),
                            r.problem());
                }
            }
            table.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<HighCostWarning> warningOf(String pattern, String number) {
        var matcher = NUMBER.matcher(number == null ? "" : number.strip());
        return matcher.matches() ? warnings.find(pattern, Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private WarningFeedback deciding(Caller caller, long id, long version) {
        WarningFeedback file = visible(caller, id);
        if (file.version() != version) {
            throw MonitoringException.of(null, "stale");
        }
        return file;
    }

    private WarningFeedback visible(Caller caller, long id) {
        return feedbacks
                .find(Jurisdiction.of(caller).likePattern(), id)
                .orElseThrow(() -> new RecordNotFoundException("warning feedback " + id));
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "反馈文件" : fileName.strip();
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static File view(WarningFeedback f) {
        Map<FeedbackOutcome, Long> outcomes = new EnumMap<>(FeedbackOutcome.class);
        f.rows().forEach(r -> outcomes.merge(r.outcome(), 1L, Long::sum));
        return new File(
                f.id(), f.fileName(), f.status(), f.uploadedBy(), f.uploadedAt(), f.decidedBy(), outcomes, f.version());
    }

    private static Row row(FeedbackRow r) {
        return new Row(
                r.lineNumber(),
                r.warningNumber(),
                r.warningId(),
                r.personName(),
                r.outcome(),
                r.category(),
                r.documentNumber(),
                r.recognisedFrom(),
                r.reason(),
                r.problem());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
