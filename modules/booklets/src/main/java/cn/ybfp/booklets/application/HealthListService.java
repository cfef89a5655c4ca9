package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.HealthListStatus;
import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.HealthList;
import cn.ybfp.booklets.domain.HealthListReader;
import cn.ybfp.booklets.domain.HealthListRow;
import cn.ybfp.booklets.domain.HealthLists;
import cn.ybfp.booklets.domain.ListLine;
import cn.ybfp.booklets.domain.Recognitions;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.register.api.InsuredPersons;
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
import java.util.TreeMap;

/**
 * The health department's list (云医保〔2020〕128号 二（四）): a county uploads it, the portal compares each row with
 * the register ({@link HealthListComparison}); the county applies it, starting a pending recognition for each eligible
 * row, all or nothing and once, or discards it; each recognition is then decided like any other (booklet, drug cover
 * or refusal, by another clerk). The feedback file and the reconciliation (账账相符) close the loop.
 */
@ApplicationScoped
@Transactional
public class HealthListService {

    /** Rows compared, stored or applied together: a few queries for each chunk, none per row. */
    private static final int CHUNK = 500;

    private static final int SHOWN = 500;

    @Inject
    HealthLists lists;

    @Inject
    HealthListReader reader;

    @Inject
    HealthListComparison comparison;

    @Inject
    Recognitions recognitions;

    @Inject
    InsuredPersons register;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A list in the county's list, with its counts by outcome. */
    public record ListView(
            long id,
            String county,
            String fileName,
            long rows,
            HealthListStatus status,
            String uploadedBy,
            LocalDateTime uploadedAt,
            String decidedBy,
            LocalDateTime decidedAt,
            Map<ListRowOutcome, Long> outcomes,
            long version) {}

    /** A row as the list's page and the feedback file show it, with the recognition's outcome once applied. */
    public record RowView(
            long lineNumber,
            String name,
            String maskedIdNumber,
            String disease,
            String diseaseWritten,
            ListRowOutcome outcome,
            String reason,
            Long recognitionId,
            RecognitionStatus recognition,
            String recognitionReason) {}

    /**
     * One disease's line of the reconciliation: rows received = booklets + drug cover + not matched + rejected (+ still
     * pending, which must be 0 for the books to balance).
     */
    public record Reconciliation(
            String disease,
            long received,
            long booklets,
            long drugCover,
            long notMatched,
            long rejected,
            long pending) {

        public boolean balanced() {
            return pending == 0 && received == booklets + drugCover + notMatched + rejected;
        }
    }

    public record Detail(ListView list, List<RowView> rows, List<Reconciliation> reconciliation) {}

    /** Reads and compares an uploaded list; returns its id. Nothing is started until the county applies it. */
    public long upload(Caller caller, String fileName, InputStream in) {
        Authority.toDecideRecognitions(caller);
        HealthList list =
                new HealthList(caller.division().value(), name(fileName), caller.username(), LocalDateTime.now(clock));
        lists.add(list);
        lists.flush();
        long id = list.id();
        var compare = comparison.of(caller, LocalDate.now(clock));
        lists.writeInBatches();
        List<ListLine> chunk = new ArrayList<>(CHUNK);
        long[] read = {0};
        try {
            reader.read(fileName, in, line -> {
                chunk.add(line);
                read[0]++;
                if (chunk.size() == CHUNK) {
                    store(list, chunk, compare);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store(list, chunk, compare);
        if (read[0] == 0) {
            throw BookletsException.of("file", "healthList.empty");
        }
        lists.find(id).orElseThrow().counted(read[0]);
        return id;
    }

    /** Compares a chunk of rows, stores them and empties the chunk; the session is cleared to keep memory flat. */
    private void store(HealthList list, List<ListLine> chunk, HealthListComparison.Compare compare) {
        List<HealthListRow.Comparison> found = compare.rows(chunk);
        for (int i = 0; i < chunk.size(); i++) {
            lists.add(new HealthListRow(list, chunk.get(i), found.get(i)));
        }
        chunk.clear();
        lists.flushAndClear();
    }

    private static String name(String fileName) {
        String base =
                fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        return base.isEmpty() ? "health-list" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    public List<ListView> lists(Caller caller) {
        return lists.list(countyPattern(caller), 100).stream().map(this::view).toList();
    }

    /** The list with its first {@value #SHOWN} rows (the feedback file has them all) and the reconciliation. */
    public Detail detail(Caller caller, long id) {
        HealthList list = visible(caller, id);
        return new Detail(
                view(list),
                lists.lines(list.id(), SHOWN).stream()
                        .map(HealthListService::row)
                        .toList(),
                reconciliation(lists.tally(id)));
    }

    /**
     * Starts a pending recognition for every eligible row (or links the one already waiting for that person and
     * disease), in one transaction with the list's decision: all or nothing, and once.
     */
    public void apply(Caller caller, long id, long version) {
        HealthList list = deciding(caller, id, version);
        LocalDateTime now = LocalDateTime.now(clock);
        list.decide(HealthListStatus.APPLIED, caller.username(), now);
        flushOr(BookletsException.of(null, "healthList.stale")); // a second apply stops here, before any row
        lists.writeInBatches();
        var starting = new HealthListApply(
                recognitions,
                register,
                comparison,
                Jurisdiction.of(caller),
                LocalDate.now(clock),
                caller.username(),
                now);
        recognitions.pendingForList(id).forEach(starting::waiting);
        List<Long> eligible = lists.eligibleIds(id);
        for (int from = 0; from < eligible.size(); from += CHUNK) {
            starting.chunk(lists.rows(eligible.subList(from, Math.min(from + CHUNK, eligible.size()))));
            lists.flushAndClear();
        }
    }

    public void discard(Caller caller, long id, long version) {
        deciding(caller, id, version).decide(HealthListStatus.DISCARDED, caller.username(), LocalDateTime.now(clock));
        flushOr(BookletsException.of(null, "healthList.stale"));
    }

    /** Refuses (404) a list outside the caller's area: before a download's response starts. */
    public void requireVisible(Caller caller, long id) {
        visible(caller, id);
    }

    /** The feedback file for the health department: each row of its list with the outcome, as .xlsx. */
    public void writeFeedback(Caller caller, long id, OutputStream out) throws IOException {
        HealthList list = visible(caller, id);
        try (XlsxTable table = new XlsxTable("反馈", "行号", "姓名", "身份证号", "疾病", "比对结果", "认定结果", "说明")) {
            lists.forEachLine(list.id(), line -> feedbackRow(table, row(line)));
            table.write(out);
        }
    }

    private static void feedbackRow(XlsxTable table, RowView r) {
        table.addRow(
                r.lineNumber(),
                r.name(),
                r.maskedIdNumber(),
                r.disease() == null ? r.diseaseWritten() : r.disease(),
                HealthListComparison.chinese("outcome." + r.outcome().name()),
                r.recognition() == null
                        ? ""
                        : HealthListComparison.chinese(
                                "recognitionStatus." + r.recognition().name()),
                r.reason() != null ? r.reason() : r.recognitionReason() == null ? "" : r.recognitionReason());
    }

    private static RowView row(HealthLists.Line l) {
        return new RowView(
                l.lineNumber(),
                l.name(),
                l.idNumberMasked(),
                l.disease(),
                l.diseaseWritten(),
                l.outcome(),
                l.reason(),
                l.recognitionId(),
                l.status(),
                l.recognitionReason());
    }

    private static List<Reconciliation> reconciliation(List<HealthLists.Tally> tally) {
        Map<String, long[]> byDisease = new TreeMap<>();
        for (HealthLists.Tally t : tally) {
            long[] n = byDisease.computeIfAbsent(t.disease() == null ? "—" : t.disease(), d -> new long[6]);
            n[0] += t.rows();
            n[bucket(t.outcome(), t.status())] += t.rows();
        }
        return byDisease.entrySet().stream()
                .map(e -> new Reconciliation(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3],
                        e.getValue()[4],
                        e.getValue()[5]))
                .toList();
    }

    /** 1 booklet, 2 drug cover, 3 not matched, 4 rejected, 5 still pending. */
    private static int bucket(ListRowOutcome outcome, RecognitionStatus recognition) {
        return switch (outcome) {
            case HOLDS_BOOKLET -> 1;
            case NOT_TARGET, UNKNOWN_PERSON -> 3;
            case BAD_ROW -> 4;
            case ELIGIBLE ->
                recognition == null
                        ? 5
                        : switch (recognition) {
                            case RECOGNISED -> 1;
                            case DRUG_COVER -> 2;
                            case REFUSED -> 4;
                            case PENDING -> 5;
                        };
        };
    }

    private HealthList deciding(Caller caller, long id, long version) {
        Authority.toDecideRecognitions(caller);
        HealthList list = visible(caller, id);
        if (list.version() != version) {
            throw BookletsException.of(null, "healthList.stale");
        }
        return list;
    }

    private HealthList visible(Caller caller, long id) {
        return lists.find(id)
                .filter(l -> caller.division().level() != DivisionLevel.TOWNSHIP)
                .filter(l -> Jurisdiction.of(caller).contains(DivisionCode.of(l.county())))
                .orElseThrow(() -> new RecordNotFoundException("health list " + id));
    }

    /** A county's lists for its users (a township's are its county's), every county's for the province. */
    private static String countyPattern(Caller caller) {
        String code = caller.division().value();
        return code.length() == 9
                ? code.substring(0, 6) + "%"
                : Jurisdiction.of(caller).likePattern();
    }

    private ListView view(HealthList l) {
        Map<ListRowOutcome, Long> outcomes = new java.util.EnumMap<>(ListRowOutcome.class);
        lists.tally(l.id()).forEach(t -> outcomes.merge(t.outcome(), t.rows(), Long::sum));
        return new ListView(
                l.id(),
                l.county(),
                l.fileName(),
                l.rowCount(),
                l.status(),
                l.uploadedBy(),
                l.uploadedAt(),
                l.decidedBy(),
                l.decidedAt(),
                outcomes,
                l.version());
    }

    private void flushOr(BookletsException refusal) {
        try {
            lists.flush();
        } catch (PersistenceException e) {
            throw refusal;
        }
    }
}
