package cn.ybfp.monitoring.application;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.api.WarningStatus;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.HighCostWarnings;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.MonitoredClaims;
import cn.ybfp.monitoring.domain.MonitoringException;
import cn.ybfp.monitoring.domain.WarningPush;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The early warnings as the pages show them, and their push (吉政办发〔2022〕16号 五（七）: 医保部门定期将因病致贫和因病
 * 返贫预警监测数据推送同级民政、乡村振兴部门): the county exports its new warnings in the fixed layout and they are marked
 * as pushed; a warning pushed and unanswered after the region's days is overdue.
 */
@ApplicationScoped
@Transactional
public class WarningService {

    private static final int SHOWN = 500;

    /** The push file's columns; the last five are the department's answer, which the feedback file brings back. */
    public static final List<String> PUSH_COLUMNS = List.of(
            "预警编号",
            "身份证号",
            "姓名",
            "预警类型",
            "乡镇（街道）",
            "年度",
            "年度个人负担（元）",
            "预警标准（元）",
            "预警日期",
            "结算明细",
            "认定结果",
            "认定类别",
            "认定文号",
            "认定日期",
            "未认定原因");

    @Inject
    BulkReads bulkReads;

    @Inject
    HighCostWarnings warnings;

    @Inject
    MonitoredClaims claims;

    @Inject
    WarningRuleService rules;

    @Inject
    InsuredPersons persons;

    @Inject
    PersonRecordViews views;

    @Inject
    DivisionDirectory divisions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record Row(
            long id,
            String number,
            WarningKind kind,
            String personName,
            String maskedIdNumber,
            String township,
            BigDecimal burden,
            BigDecimal threshold,
            LocalDate raisedOn,
            WarningStatus status,
            LocalDate pushedOn,
            boolean overdue,
            Long caseId) {}

    public record ClaimLine(
            String claimNumber,
            ClaimKind kind,
            LocalDate date,
            String hospital,
            BigDecimal totalCost,
            BigDecimal personalPayment,
            boolean reversed) {}

    public record Detail(
            Row warning,
            int year,
            LocalDate closedOn,
            AssistanceCategory recognisedCategory,
            String documentNumber,
            LocalDate recognisedFrom,
            String closingNote,
            List<ClaimLine> claims,
            long version) {}

    /** One county's loop in a year: raised, pushed, answered, assisted, and those still open or overdue. */
    public record LoopCount(
            String county,
            String countyName,
            long raised,
            long pushed,
            long answered,
            long assisted,
            long notRecognised,
            long withdrawn,
            long waitingPush,
            long overdue) {}

    public record Push(long id, LocalDate pushedOn, String pushedBy, int warnings) {}

    public List<Row> list(Caller caller, int year, WarningStatus status) {
        LocalDate today = today();
        return warnings.list(Jurisdiction.of(caller).likePattern(), year, status, SHOWN).stream()
                .map(w -> row(w, today))
                .toList();
    }

    /** The warning with the claims behind it; a supervisor's view of it is recorded. */
    public Detail detail(Caller caller, long id) {
        HighCostWarning w = visible(caller, id);
        views.viewed(caller, w.personId(), "预警 " + w.number());
        List<ClaimLine> lines = claims.ofPersonYear(w.personId(), w.year()).stream()
                .map(c -> new ClaimLine(
                        c.claimNumber(),
                        c.kind(),
                        c.claimDate(),
                        c.hospital(),
                        c.totalCost(),
                        c.personalPayment(),
                        c.reversed()))
                .toList();
        return new Detail(
                row(w, today()),
                w.year(),
                w.closedOn(),
                w.recognisedCategory(),
                w.documentNumber(),
                w.recognisedFrom(),
                w.closingNote(),
                lines,
                w.version());
    }

    /** Per county of the caller's area: the loop's counts for the year. */
    public List<LoopCount> loop(Caller caller, int year) {
        LocalDate today = today();
        Map<String, List<HighCostWarning>> byCounty =
                warnings.ofYear(Jurisdiction.of(caller).likePattern(), year).stream()
                        .collect(Collectors.groupingBy(HighCostWarning::countyCode, TreeMap::new, Collectors.toList()));
        return byCounty.entrySet().stream()
                .map(e -> count(e.getKey(), e.getValue(), today))
                .toList();
    }

    private LoopCount count(String county, List<HighCostWarning> of, LocalDate today) {
        Map<WarningStatus, Long> by = new EnumMap<>(WarningStatus.class);
        of.forEach(w -> by.merge(w.status(), 1L, Long::sum));
        long assisted = by.getOrDefault(WarningStatus.ASSISTED, 0L);
        long notRecognised = by.getOrDefault(WarningStatus.NOT_RECOGNISED, 0L);
        return new LoopCount(
                county,
                divisions.nameOf(DivisionCode.of(county)),
                of.size(),
                of.stream().filter(w -> w.pushedOn() != null).count(),
                assisted + notRecognised,
                assisted,
                notRecognised,
                by.getOrDefault(WarningStatus.WITHDRAWN, 0L),
                by.getOrDefault(WarningStatus.RAISED, 0L),
                of.stream().filter(w -> overdue(w, today)).count());
    }

    /** The area's overdue warnings (the county's to-do list). */
    public long overdue(Caller caller) {
        LocalDate today = today();
        return warnings
                .list(Jurisdiction.of(caller).likePattern(), today.getYear(), WarningStatus.PUSHED, 10_000)
                .stream()
                .filter(w -> overdue(w, today))
                .count();
    }

    /** How many of the area's warnings wait to be pushed. */
    public long waitingPush(Caller caller) {
        return warnings.toPush(Jurisdiction.of(caller).likePattern()).size();
    }

    /**
     * Pushes every warning of the caller's county that waits: they are marked as pushed today with the push, whose
     * file is then downloaded (and can be again). Answers the push's id.
     */
    public long push(Caller caller) {
        Authority.toRunLoop(caller);
        List<HighCostWarning> due = warnings.toPush(Jurisdiction.of(caller).likePattern());
        if (due.isEmpty()) {
            throw MonitoringException.of(null, "push.nothing");
        }
        var push = new WarningPush(caller.division().value(), caller.username(), LocalDateTime.now(clock));
        warnings.add(push);
        warnings.flush();
        due.forEach(w -> w.pushed(push.id(), push.pushedOn()));
        push.carried(due.size());
        warnings.flush();
        return push.id();
    }

    public List<Push> pushes(Caller caller) {
        return warnings.pushes(Jurisdiction.of(caller).likePattern(), 50).stream()
                .map(p -> new Push(p.id(), p.pushedOn(), p.pushedBy(), p.warnings()))
                .toList();
    }

    /** Refuses (404) a push outside the caller's area: before a download's response starts. */
    public void requirePush(Caller caller, long pushId) {
        warnings.push(Jurisdiction.of(caller).likePattern(), pushId)
                .orElseThrow(() -> new RecordNotFoundException("warning push " + pushId));
    }

    /**
     * The push's file for civil affairs and rural revitalisation: who (with the full ID number the departments match
     * on), why, the burden and the claims behind it, and empty answer columns for the feedback.
     */
    public void writePush(Caller caller, long pushId, OutputStream out) {
        requirePush(caller, pushId);
        List<HighCostWarning> pushed = warnings.ofPush(pushId);
        Map<Long, InsuredPerson> people = persons.findAll(
                Jurisdiction.of(caller),
                pushed.stream().map(HighCostWarning::personId).toList(),
                today());
        try (var table = new XlsxTable("预警推送", PUSH_COLUMNS)) {
            for (HighCostWarning w : pushed) {
                InsuredPerson person = people.get(w.personId());
                table.addRow(
                        w.number(),
                        person == null
                                ? w.idNumberMasked()
                                : person.residentId().value(),
                        w.personName(),
                        w.kind().label(),
                        divisions.nameOf(DivisionCode.of(w.townshipCode())),
                        w.year(),
                        w.burden(),
                        w.threshold(),
                        w.raisedOn(),
                        claimsText(w),
                        null,
                        null,
                        null,
                        null,
                        null);
            }
            table.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the file carries full ID numbers: who took it home is kept with the other exports
        bulkReads.record(caller, "预警推送名单 " + pushId, "", pushed.size());
    }

    private String claimsText(HighCostWarning w) {
        return claims.ofPersonYear(w.personId(), w.year()).stream()
                .filter(c -> !c.reversed())
                .map(WarningService::claimText)
                .collect(Collectors.joining("；"));
    }

    private static String claimText(MonitoredClaim c) {
        return c.claimDate() + " " + c.hospital() + " " + c.kind().label() + " 总费用 "
                + c.totalCost().toPlainString() + " 个人负担 " + c.personalPayment().toPlainString();
    }

    HighCostWarning visible(Caller caller, long id) {
        return warnings.find(Jurisdiction.of(caller).likePattern(), id)
                .orElseThrow(() -> new RecordNotFoundException("warning " + id));
    }

    /** Pushed and unanswered after the region's days; without a rule for the year, never overdue. */
    private boolean overdue(HighCostWarning w, LocalDate today) {
        return w.status() == WarningStatus.PUSHED
                && rules.forRegion(w.countyCode().substring(0, 4) + "00", w.year())
                        .map(r -> w.isOverdue(today, r.parameters().feedbackDays()))
                        .orElse(false);
    }

    private Row row(HighCostWarning w, LocalDate today) {
        return new Row(
                w.id(),
                w.number(),
                w.kind(),
                w.personName(),
                w.idNumberMasked(),
                divisions.nameOf(DivisionCode.of(w.townshipCode())),
                w.burden(),
                w.threshold(),
                w.raisedOn(),
                w.status(),
                w.pushedOn(),
                overdue(w, today),
                w.caseId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
