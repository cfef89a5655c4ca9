package cn.ybfp.supervision.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.ScanType;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.supervision.api.RectificationStatus;
import cn.ybfp.supervision.domain.RectificationEvidence;
import cn.ybfp.supervision.domain.RectificationItem;
import cn.ybfp.supervision.domain.Rectifications;
import cn.ybfp.supervision.domain.SampleItem;
import cn.ybfp.supervision.domain.Samples;
import cn.ybfp.supervision.domain.SupervisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The rectification ledger (问题清单, 云医保〔2020〕128号 二（七））: the county answers each item with what it did and its
 * evidence; only the province closes it or sends it back; a closed item is re-checked by a second sample ("回头看",
 * 同文 二（八））. The ledger of a month is the monthly problem report, printable and exportable.
 */
@ApplicationScoped
public class RectificationService {

    private static final int ANSWER_LENGTH = 1000;
    private static final int NOTE_LENGTH = 500;
    private static final int MAX_EVIDENCE_MB = 10;

    @Inject
    Rectifications rectifications;

    @Inject
    Samples samples;

    @Inject
    SamplingService sampling;

    @Inject
    DivisionDirectory divisions;

    @Inject
    BulkReads bulkReads;

    @Inject
    Clock clock;

    /** A ledger item as the pages show it. */
    public record ItemRow(
            long id,
            String county,
            String countyName,
            String problem,
            String clause,
            LocalDate foundOn,
            LocalDate deadline,
            String owner,
            RectificationStatus status,
            boolean overdue,
            String answer,
            String answeredBy,
            LocalDateTime answeredAt,
            String closedBy,
            LocalDateTime closedAt,
            String provinceNote,
            long version,
            long sampleId,
            String reference,
            String path) {}

    public record EvidenceInfo(long id, String fileName, long size, String uploadedBy, LocalDateTime uploadedAt) {}

    public record ItemDetail(ItemRow item, List<EvidenceInfo> evidence) {}

    /** A file for download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {}

    /** The home page's line on the ledger: open items, of them overdue, and answered ones awaiting the province. */
    public record Desk(long open, long overdue, long answered) {}

    @Transactional
    public Desk desk(Caller caller) {
        List<ItemRow> rows = ledger(caller, null, null);
        return new Desk(
                rows.stream()
                        .filter(r -> r.status() == RectificationStatus.OPEN)
                        .count(),
                rows.stream().filter(ItemRow::overdue).count(),
                rows.stream()
                        .filter(r -> r.status() == RectificationStatus.ANSWERED)
                        .count());
    }

    /** The items of the caller's area, of a month found ({@code 2026-12}; blank: all) and a status (blank: any). */
    @Transactional
    public List<ItemRow> ledger(Caller caller, String month, RectificationStatus status) {
        Authority.toReadReports(caller);
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2999, 12, 31);
        if (month != null && !month.isBlank()) {
            YearMonth m = parseMonth(month);
            from = m.atDay(1);
            to = m.atEndOfMonth();
        }
        return rectifications.list(Jurisdiction.of(caller).likePattern(), status, from, to).stream()
                .map(this::row)
                .toList();
    }

    @Transactional
    public ItemDetail detail(Caller caller, long id) {
        Authority.toReadReports(caller);
        RectificationItem item = visible(caller, id);
        return new ItemDetail(
                row(item),
                rectifications.evidence(id).stream()
                        .map(e -> new EvidenceInfo(e.id(), e.fileName(), e.size(), e.uploadedBy(), e.uploadedAt()))
                        .toList());
    }

    /** The county's answer with an optional scan as evidence; refused unless the item is open. */
    @Transactional
    public void answer(Caller caller, long id, long version, String text, String fileName, byte[] file) {
        Authority.toRectify(caller);
        RectificationItem item = deciding(caller, id, version);
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > ANSWER_LENGTH) {
            throw SupervisionException.of("answer", "answer.required");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (file != null && file.length > 0) {
            ScanType.Checked scan = ScanType.check(fileName, file, MAX_EVIDENCE_MB);
            rectifications.addEvidence(new RectificationEvidence(
                    id, scan.fileName(), scan.contentType(), scan.content(), caller.username(), now));
        }
        item.answer(answer, caller.username(), now);
    }

    /** The province closes the item (销号). */
    @Transactional
    public void close(Caller caller, long id, long version, String note) {
        Authority.toSupervise(caller);
        deciding(caller, id, version).close(caller.username(), LocalDateTime.now(clock), note(note));
    }

    /** The province sends the item back open, with what is still missing. */
    @Transactional
    public void reopen(Caller caller, long id, long version, String note) {
        Authority.toSupervise(caller);
        String reason = note(note);
        if (reason == null) {
            throw SupervisionException.of("note", "comment.required");
        }
        deciding(caller, id, version).reopen(reason);
    }

    /** Re-checks a closed item ("回头看") with a new sample of the county's recent decisions of the same kind. */
    @Transactional
    public long recheck(Caller caller, long id) {
        Authority.toSupervise(caller);
        RectificationItem item = visible(caller, id);
        if (item.status() != RectificationStatus.CLOSED) {
            throw SupervisionException.of(null, "item.notClosed");
        }
        SampleItem found = samples.findItem(Jurisdiction.of(caller).likePattern(), item.sampleItemId())
                .orElseThrow(() -> new RecordNotFoundException("sample item " + item.sampleItemId()));
        return sampling.recheck(caller, item.county(), found.kind(), id).id();
    }

    /** The evidence file; recorded as a bulk read. */
    @Transactional
    public EvidenceFile evidence(Caller caller, long evidenceId) {
        Authority.toReadReports(caller);
        RectificationEvidence e = rectifications
                .findEvidence(Jurisdiction.of(caller).likePattern(), evidenceId)
                .orElseThrow(() -> new RecordNotFoundException("evidence " + evidenceId));
        bulkReads.record(caller, "整改佐证 " + e.fileName(), "", 1);
        return new EvidenceFile(e.fileName(), e.contentType(), e.content());
    }

    /** The ledger as .xlsx (the monthly problem report); recorded as a bulk read. */
    public void export(Caller caller, String month, RectificationStatus status, OutputStream out) {
        List<ItemRow> rows = ledger(caller, month, status);
        try (var table = new XlsxTable(
                "问题清单", "编号", "县（市、区）", "问题", "政策条款", "发现日期", "整改时限", "责任人", "状态", "是否逾期", "整改情况", "销号")) {
            for (ItemRow r : rows) {
                table.addRow(
                        r.id(),
                        r.countyName(),
                        r.problem(),
                        r.clause(),
                        r.foundOn(),
                        r.deadline(),
                        r.owner(),
                        r.status().label(),
                        r.overdue() ? "逾期" : "",
                        r.answer(),
                        r.closedBy() == null
                                ? ""
                                : r.closedBy() + " " + r.closedAt().toLocalDate());
            }
            table.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bulkReads.record(caller, "问题清单", month == null ? "" : month, rows.size());
    }

    private RectificationItem deciding(Caller caller, long id, long version) {
        RectificationItem item = visible(caller, id);
        if (item.version() != version) {
            throw SupervisionException.of(null, "stale");
        }
        return item;
    }

    private RectificationItem visible(Caller caller, long id) {
        return rectifications
                .find(Jurisdiction.of(caller).likePattern(), id)
                .orElseThrow(() -> new RecordNotFoundException("rectification " + id));
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        return text.length() > NOTE_LENGTH ? text.substring(0, NOTE_LENGTH) : text;
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw SupervisionException.of("month", "period.invalid");
        }
    }

    private ItemRow row(RectificationItem r) {
        SampleItem found = samples.findItem("%", r.sampleItemId()).orElseThrow();
        return new ItemRow(
                r.id(),
                r.county(),
                divisions.nameOf(DivisionCode.of(r.county())),
                r.problem(),
                r.clause(),
                r.foundOn(),
                r.deadline(),
                r.owner(),
                r.status(),
                r.overdue(LocalDate.now(clock)),
                r.answer(),
                r.answeredBy(),
                r.answeredAt(),
                r.closedBy(),
                r.closedAt(),
                r.provinceNote(),
                r.version(),
                found.sampleId(),
                found.reference(),
                found.path());
    }
}
