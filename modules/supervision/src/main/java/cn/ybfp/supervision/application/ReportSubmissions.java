package cn.ybfp.supervision.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.supervision.api.ReportStatus;
import cn.ybfp.supervision.domain.ReportFigures;
import cn.ybfp.supervision.domain.ReportPeriod;
import cn.ybfp.supervision.domain.StatisticalReport;
import cn.ybfp.supervision.domain.StatisticalReports;
import cn.ybfp.supervision.domain.SupervisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A county submits its quarterly report and the province accepts or returns it (按季报送政策落实和资金使用情况,
 * 鲁医保发〔2019〕69号 三（六））. The submitted figures are frozen with the round; a returned round stays as it was and
 * the county submits the next one.
 */
@ApplicationScoped
public class ReportSubmissions {

    private static final int COMMENT_LENGTH = 500;

    @Inject
    LiveFigures live;

    @Inject
    ReportService service;

    @Inject
    StatisticalReports reports;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    /**
     * Freezes the county's figures of a finished quarter as its next round; refused while a round stands (submitted
     * or accepted). Two clerks submitting at once make the same round, and the second fails on its key.
     *
     * @return the round's id
     */
    @Transactional
    public long submit(Caller caller, String periodText) {
        Authority.toSubmit(caller);
        ReportPeriod period = ReportService.period(periodText);
        if (!period.quarterly()) {
            throw SupervisionException.of("period", "period.notQuarter");
        }
        if (!period.to().isBefore(LocalDate.now(clock))) {
            throw SupervisionException.of("period", "period.notOver");
        }
        String county = caller.division().value();
        List<StatisticalReport> rounds = reports.ofPeriod(county, period.toString());
        if (!rounds.isEmpty() && rounds.get(0).stands()) {
            throw SupervisionException.of(
                    "period", "already.submitted", rounds.get(0).round());
        }
        ReportFigures figures = live.byCounty(service.scope(caller.division(), period))
                .getOrDefault(county, new ReportFigures(Map.of()));
        int round = rounds.isEmpty() ? 1 : rounds.get(0).round() + 1;
        return reports.add(new StatisticalReport(
                        county, period, round, figures, caller.username(), LocalDateTime.now(clock)))
                .id();
    }

    @Transactional
    public void accept(Caller caller, long id, long version) {
        Authority.toReview(caller);
        deciding(caller, id, version).accept(caller.username(), LocalDateTime.now(clock));
    }

    /** Returns the round with what is wrong, which the county reads on its report page. */
    @Transactional
    public void giveBack(Caller caller, long id, long version, String comment) {
        Authority.toReview(caller);
        String reason = comment == null ? "" : comment.strip();
        if (reason.isEmpty() || reason.length() > COMMENT_LENGTH) {
            throw SupervisionException.of("comment", "comment.required");
        }
        deciding(caller, id, version).giveBack(caller.username(), LocalDateTime.now(clock), reason);
    }

    private StatisticalReport deciding(Caller caller, long id, long version) {
        StatisticalReport report = reports.find(Jurisdiction.of(caller).likePattern(), id)
                .orElseThrow(() -> new RecordNotFoundException("report " + id));
        if (report.version() != version) {
            throw SupervisionException.of(null, "stale");
        }
        if (report.status() != ReportStatus.SUBMITTED) {
            throw SupervisionException.of(null, "notSubmitted");
        }
        return report;
    }
}
