package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.LineKind;
import cn.ybfp.contracts.api.RunStatus;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.FeePolicies;
import cn.ybfp.contracts.domain.PaymentRun;
import cn.ybfp.contracts.domain.PaymentRuns;
import cn.ybfp.contracts.domain.RunLine;
import cn.ybfp.contracts.domain.ServicePackage;
import cn.ybfp.contracts.domain.Teams;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.excel.XlsxTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The payment runs as the pages, the .xlsx export and the printed payment list show them. */
@ApplicationScoped
@Transactional
public class PaymentRunQueries {

    private static final int SHOWN = 500;

    @Inject
    BulkReads bulkReads;

    @Inject
    PaymentRuns runs;

    @Inject
    Teams teams;

    @Inject
    FeePolicies policies;

    public record Run(
            long id,
            String county,
            String quarter,
            RunStatus status,
            BigDecimal total,
            String computedBy,
            LocalDateTime computedAt,
            String approvedBy,
            LocalDateTime approvedAt,
            LocalDate paidOn,
            String paymentReference,
            long version) {}

    /** A team's part of the run: its contracts in the run, how many bring money, and the amounts by package. */
    public record TeamTotal(
            String team,
            long contracts,
            long paying,
            Map<String, BigDecimal> byPackage,
            BigDecimal adjustments,
            BigDecimal total) {}

    /** A line as the page and the export show it. */
    public record Line(
            long contractId,
            long teamId,
            String team,
            String personName,
            String maskedIdNumber,
            String packageName,
            String obligation,
            LineKind kind,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate metOn,
            BigDecimal amount) {}

    /**
     * The run with its team totals, its paying lines and the contracts that bring nothing, with why (the first
     * {@value #SHOWN} of each on the page; the export has them all).
     */
    public record Detail(Run run, List<TeamTotal> teams, List<Line> paying, List<Line> notQualifying) {}

    public List<Run> list(Caller caller) {
        return runs.list(countyPattern(caller)).stream()
                .map(PaymentRunQueries::view)
                .toList();
    }

    public Detail detail(Caller caller, long id) {
        PaymentRun run = visible(runs, caller, id);
        List<Line> lines = lines(run);
        List<Line> paying = lines.stream().filter(l -> pays(l.kind())).toList();
        List<Line> notQualifying = notQualifying(lines);
        return new Detail(
                view(run),
                teamTotals(lines),
                paying.subList(0, Math.min(SHOWN, paying.size())),
                notQualifying.subList(0, Math.min(SHOWN, notQualifying.size())));
    }

    /** Refuses (404) a run outside the caller's area: before a download's response starts. */
    public void requireVisible(Caller caller, long id) {
        visible(runs, caller, id);
    }

    /** The run as .xlsx: every line, with the masked ID number. */
    public void export(Caller caller, long id, OutputStream out) throws IOException {
        PaymentRun run = visible(runs, caller, id);
        List<Line> lines = lines(run);
        try (XlsxTable table = new XlsxTable(
                run.quarter().toString(), "团队", "姓名", "身份证号", "服务包", "项目", "类别", "期间起", "期间止", "达标日期", "金额")) {
            for (Line l : lines) {
                table.addRow(
                        l.team(),
                        l.personName(),
                        l.maskedIdNumber(),
                        l.packageName(),
                        l.obligation(),
                        KIND_NAMES.get(l.kind()),
                        l.periodFrom(),
                        l.periodTo(),
                        l.metOn(),
                        l.amount());
            }
            table.write(out);
        }
        bulkReads.record(caller, "签约服务费支付明细 " + run.quarter(), "", lines.size());
    }

    /** The kinds as the export names them (the pages take theirs from the portal's messages). */
    private static final Map<LineKind, String> KIND_NAMES = Map.of(
            LineKind.PAYMENT, "本季支付",
            LineKind.ADJUSTMENT, "补付",
            LineKind.MISSED, "未达标",
            LineKind.OPEN, "尚未达标",
            LineKind.SETTLED, "已结清");

    private List<Line> lines(PaymentRun run) {
        Map<Long, String> teamNames = new HashMap<>();
        Map<Long, String> packageNames = new HashMap<>();
        return runs.linesWithContracts(run.id()).stream()
                .map(lined -> {
                    RunLine l = lined.line();
                    Contract c = lined.contract();
                    return new Line(
                            c.id(),
                            l.teamId(),
                            teamNames.computeIfAbsent(
                                    l.teamId(), name(teams::find, t -> t.name() + "（" + t.township() + "）")),
                            c.personName(),
                            ResidentId.mask(c.idNumber()),
                            packageNames.computeIfAbsent(
                                    l.packageId(), name(policies::servicePackage, ServicePackage::name)),
                            l.obligation(),
                            l.kind(),
                            l.periodFrom(),
                            l.periodTo(),
                            l.metOn(),
                            l.amount());
                })
                .toList();
    }

    private static <T> Function<Long, String> name(
            Function<Long, java.util.Optional<T>> find, Function<T, String> name) {
        return id -> find.apply(id).map(name).orElse("—");
    }

    private static boolean pays(LineKind kind) {
        return kind == LineKind.PAYMENT || kind == LineKind.ADJUSTMENT;
    }

    /** The lines of the contracts that bring nothing this quarter: why each one does not qualify. */
    private static List<Line> notQualifying(List<Line> lines) {
        Map<Long, List<Line>> byContract = lines.stream()
                .collect(Collectors.groupingBy(Line::contractId, LinkedHashMap::new, Collectors.toList()));
        List<Line> not = new ArrayList<>();
        byContract.values().stream()
                .filter(ls -> ls.stream().noneMatch(l -> pays(l.kind())))
                .forEach(not::addAll);
        return not;
    }

    private static List<TeamTotal> teamTotals(List<Line> lines) {
        // by the team, not its name: two townships' teams may well share one (第一家庭医生团队)
        Map<Long, List<Line>> byTeam =
                lines.stream().collect(Collectors.groupingBy(Line::teamId, TreeMap::new, Collectors.toList()));
        return byTeam.entrySet().stream()
                .map(e -> {
                    List<Line> ls = e.getValue();
                    Map<String, BigDecimal> byPackage = new TreeMap<>();
                    ls.stream()
                            .filter(l -> pays(l.kind()))
                            .forEach(l -> byPackage.merge(l.packageName(), l.amount(), BigDecimal::add));
                    BigDecimal adjustments = ls.stream()
                            .filter(l -> l.kind() == LineKind.ADJUSTMENT)
                            .map(Line::amount)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                    return new TeamTotal(
                            e.getValue().get(0).team(),
                            ls.stream().map(Line::contractId).distinct().count(),
                            ls.stream()
                                    .filter(l -> pays(l.kind()))
                                    .map(Line::contractId)
                                    .distinct()
                                    .count(),
                            byPackage,
                            adjustments,
                            byPackage.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
                })
                .toList();
    }

    /** A run of a county in the caller's area (a township's clerks see none: runs are the county's business). */
    static PaymentRun visible(PaymentRuns runs, Caller caller, long id) {
        return runs.find(id)
                .filter(r -> Jurisdiction.of(caller).contains(DivisionCode.of(r.county())))
                .orElseThrow(() -> new RecordNotFoundException("payment run " + id));
    }

    private static String countyPattern(Caller caller) {
        return caller.division().value().length() == 9
                ? "-"
                : Jurisdiction.of(caller).likePattern();
    }

    private static Run view(PaymentRun r) {
        return new Run(
                r.id(),
                r.county(),
                r.quarter().toString(),
                r.status(),
                r.total(),
                r.computedBy(),
                r.computedAt(),
                r.approvedBy(),
                r.approvedAt(),
                r.paidOn(),
                r.paymentReference(),
                r.version());
    }
}
