package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.RegisterCommands;
import cn.ybfp.supervision.api.DecisionKind;
import cn.ybfp.supervision.api.RectificationStatus;
import cn.ybfp.supervision.api.ReportField;
import cn.ybfp.supervision.api.ReportStatus;
import cn.ybfp.supervision.api.SampleFinding;
import cn.ybfp.supervision.api.SampleMethod;
import cn.ybfp.supervision.application.MonitoringCountyService;
import cn.ybfp.supervision.application.RectificationService;
import cn.ybfp.supervision.application.ReportExport;
import cn.ybfp.supervision.application.ReportService;
import cn.ybfp.supervision.application.ReportSubmissions;
import cn.ybfp.supervision.application.ReportView;
import cn.ybfp.supervision.application.SamplingService;
import cn.ybfp.supervision.domain.SupervisionException;
import cn.ybfp.web.platform.AuditTrail;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistical reports in the deployed WAR on PostgreSQL: a county submits its quarter and the figures freeze (a
 * later claim of the quarter changes the data, not the submitted report, and shows as a correction on the next
 * quarter); the province returns a round with its reason and accepts the next; two submissions at once make one
 * round; other counties and townships see none of it. Quarters of 2022 (the shipped scheme's year), each test its own.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final Caller YUNSHAN = caller("it-yunshan", Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller SHUANGYANG = caller("it-shuangyang", Role.COUNTY_STAFF, "220112");
    private static final Caller SHUANGYANG_SECOND = caller("it-shuangyang-2", Role.COUNTY_STAFF, "220112");
    private static final Caller NONGAN = caller("it-nongan", Role.COUNTY_STAFF, "220122");
    private static final Caller PROVINCE = caller("it-province", Role.PROVINCE_SUPERVISOR, "220000");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(ReportsIT.class);
    }

    @Inject
    RegisterCommands register;

    @Inject
    SettlementService settlement;

    @Inject
    ReportService reports;

    @Inject
    ReportSubmissions submissions;

    @Inject
    ReportExport export;

    @Inject
    AuditTrail audit;

    @Inject
    SamplingService sampling;

    @Inject
    RectificationService ledger;

    @Inject
    MonitoringCountyService monitoring;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aSubmittedQuarterIsFrozenAndItsLaterCorrectionShowsOnTheNextQuarter() throws SQLException {
        String idNumber = settle("2022-11-01", "2022-11-08");
        BigDecimal before =
                shuangyang(reports.report(SHUANGYANG, "2022-Q4", null)).value(ReportField.CLAIMS);
        assertThat(before).isPositive();

        long round = submissions.submit(SHUANGYANG, "2022-Q4");
        settle(idNumber, "2022-12-01", "2022-12-05"); // a claim of the quarter settled after its submission

        ReportView frozen = reports.report(PROVINCE, "2022-Q4", null);
        assertThat(shuangyang(frozen).value(ReportField.CLAIMS)).isEqualByComparingTo(before);
        assertThat(shuangyang(frozen).round().status()).isEqualTo(ReportStatus.SUBMITTED);
        ReportView next = reports.report(SHUANGYANG, "2023-Q1", null);
        assertThat(next.corrections()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo(ReportField.CLAIMS);
            assertThat(c.difference()).isEqualByComparingTo("1");
        });
        assertThat(count("select count(*) from submitted_figure where report_id = ?", round))
                .isPositive();

        // the province returns it with a reason (none: refused at the field), the county submits round 2
        long version = frozen.rounds().stream()
                .filter(r -> r.id() == round)
                .findFirst()
                .orElseThrow()
                .version();
        assertThatThrownBy(() -> submissions.giveBack(PROVINCE, round, version, " "))
                .isInstanceOfSatisfying(
                        SupervisionException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> submissions.submit(SHUANGYANG_SECOND, "2022-Q4"))
                .isInstanceOf(SupervisionException.class)
                .hasMessageContaining("已报送");
        submissions.giveBack(PROVINCE, round, version, "结算人次与台账不符，请核实后重报");
        assertThatThrownBy(() -> submissions.accept(PROVINCE, round, version + 1))
                .isInstanceOf(SupervisionException.class);
        long second = submissions.submit(SHUANGYANG_SECOND, "2022-Q4");
        ReportView resubmitted = reports.report(SHUANGYANG, "2022-Q4", null);
        assertThat(shuangyang(resubmitted).round().number()).isEqualTo(2);
        assertThat(shuangyang(resubmitted).value(ReportField.CLAIMS)).isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(resubmitted.rounds())
                .extracting(ReportView.Round::status)
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.RETURNED);
        submissions.accept(PROVINCE, second, resubmitted.rounds().get(0).version());
        assertThat(shuangyang(reports.report(SHUANGYANG, "2022-Q4", null))
                        .round()
                        .status())
                .isEqualTo(ReportStatus.ACCEPTED);
        assertThat(count("select count(*) from statistical_report_aud where id = ?", round))
                .isEqualTo(2);
    }

    @Test
    void twoClerksSubmittingAtOnceMakeOneRound() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<Long>> both = new ArrayList<>();
        for (Caller clerk : List.of(SHUANGYANG, SHUANGYANG_SECOND)) {
            both.add(executor.submit(() -> {
                barrier.await();
                return submissions.submit(clerk, "2022-Q1");
            }));
        }
        int submitted = 0;
        for (Future<Long> f : both) {
            try {
                f.get();
                submitted++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfAny(SupervisionException.class, RuntimeException.class);
            }
        }
        assertThat(submitted).isEqualTo(1);
        assertThat(count("select count(*) from statistical_report where county = '220112' and period = ?", "2022-Q1"))
                .isEqualTo(1);
    }

    @Test
    void aCountySeesOnlyItsOwnReportsAndATownshipNone() {
        long round = submissions.submit(SHUANGYANG, "2022-Q2");
        ReportView nongan = reports.report(NONGAN, "2022-Q2", null);
        assertThat(nongan.rows()).extracting(ReportView.Row::county).containsExactly(null, "220122");
        assertThat(nongan.rounds()).noneMatch(r -> r.id() == round);
        assertThatThrownBy(() -> reports.report(NONGAN, "2022-Q2", "220112"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reports.report(YUNSHAN, "2022-Q2", null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> submissions.accept(NONGAN, round, 0)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> submissions.submit(PROVINCE, "2022-Q2")).isInstanceOf(NotPermittedException.class);
        // the province sees every county, and one county when it asks
        assertThat(reports.report(PROVINCE, "2022-Q2", "220112").rows())
                .extracting(ReportView.Row::county)
                .containsExactly(null, "220112");
        // a month is read, never submitted; a running quarter is not submitted yet
        assertThatThrownBy(() -> submissions.submit(SHUANGYANG, "2022-07"))
                .isInstanceOfSatisfying(
                        SupervisionException.class, e -> assertThat(e.field()).isEqualTo("period"));
        assertThatThrownBy(() -> submissions.submit(SHUANGYANG, "2099-Q1")).isInstanceOf(SupervisionException.class);
    }

    @Test
    void theExportHoldsTheFormAndIsRecorded() throws Exception {
        var file = new ByteArrayOutputStream();
        export.write(PROVINCE, "2022-Q3", null, file);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("指标");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("应参保对象（人）");
            assertThat(sheet.getLastRowNum()).isEqualTo(ReportField.values().length);
        }
        assertThat(count("select count(*) from bulk_read where username = 'it-province' and what = ?", "统计报表 2022-Q3"))
                .isPositive();
    }

    @Test
    void theAuditViewerShowsTheSubmissionInItsCountyAndRecordsItsOwnUse() throws SQLException {
        // in-container calls have no logged-in user: Envers stamps them "system", so the search is by division
        long round = submissions.submit(SHUANGYANG, "2022-Q3");
        var found = audit.search(PROVINCE, new AuditTrail.Search(null, null, "220112", null, null));
        assertThat(found.changes()).anySatisfy(c -> {
            assertThat(c.entity()).isEqualTo("StatisticalReport");
            assertThat(c.recordId()).isEqualTo(String.valueOf(round));
            assertThat(c.kind()).isEqualTo("新增");
            assertThat(c.fields()).anySatisfy(f -> assertThat(f.after()).isEqualTo("2022-Q3"));
        });
        assertThat(audit.search(PROVINCE, new AuditTrail.Search("system", null, "220122", null, null))
                        .changes())
                .noneMatch(c ->
                        c.recordId().equals(String.valueOf(round)) && c.entity().equals("StatisticalReport"));
        assertThat(count("select count(*) from bulk_read where username = 'it-province' and what = ?", "审计查询"))
                .isPositive();
        assertThatThrownBy(() -> audit.search(SHUANGYANG, new AuditTrail.Search("system", null, null, null, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> audit.search(PROVINCE, new AuditTrail.Search(null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        audit.search(PROVINCE, new AuditTrail.Search(null, "220112199901011234", null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("idNumber"));
    }

    @Test
    void aSampledProblemIsAnsweredByItsCountyClosedByTheProvinceAndSeenByNoOtherArea() {
        settle("2022-02-10", "2022-02-20");
        long sample = sampling.draw(
                PROVINCE,
                new SamplingService.DrawRequest(
                        "220112",
                        java.time.LocalDate.of(2022, 2, 1),
                        java.time.LocalDate.of(2022, 2, 28),
                        java.util.Set.of(DecisionKind.BILL),
                        SampleMethod.BOTH,
                        3));
        var drawn = sampling.detail(PROVINCE, sample);
        assertThat(drawn.items()).isNotEmpty().allMatch(i -> i.kind() == DecisionKind.BILL);
        assertThat(sampling.reproduces(PROVINCE, sample)).isTrue();
        var first = drawn.items().get(0);
        sampling.find(
                PROVINCE, first.id(), first.version(), SampleFinding.PROBLEM, "吉政办发〔2022〕16号 四（五）", "救助比例不足", null);
        long item = sampling.detail(PROVINCE, sample).items().get(0).rectificationId();
        assertThatThrownBy(() -> sampling.find(
                        PROVINCE, first.id(), first.version() + 1, SampleFinding.COMPLIANT, null, null, null))
                .isInstanceOf(SupervisionException.class);

        // the county sees its sample and item; another county and a township none of it
        assertThat(sampling.list(SHUANGYANG)).anyMatch(x -> x.id() == sample);
        assertThat(sampling.list(NONGAN)).noneMatch(x -> x.id() == sample);
        assertThatThrownBy(() -> sampling.detail(NONGAN, sample)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> ledger.detail(NONGAN, item)).isInstanceOf(RecordNotFoundException.class);
        assertThat(ledger.ledger(NONGAN, null, null)).noneMatch(r -> r.id() == item);
        assertThatThrownBy(() -> ledger.ledger(YUNSHAN, null, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> sampling.list(YUNSHAN)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> sampling.draw(
                        SHUANGYANG,
                        new SamplingService.DrawRequest(
                                "220112",
                                java.time.LocalDate.of(2022, 2, 1),
                                java.time.LocalDate.of(2022, 2, 28),
                                java.util.Set.of(DecisionKind.BILL),
                                SampleMethod.RANDOM,
                                3)))
                .isInstanceOf(NotPermittedException.class);

        // the county answers; only the province closes
        var open = ledger.detail(SHUANGYANG, item).item();
        assertThat(open.deadline()).isEqualTo(open.foundOn().plusDays(30));
        assertThatThrownBy(() -> ledger.answer(SHUANGYANG, item, open.version(), " ", null, null))
                .isInstanceOfSatisfying(
                        SupervisionException.class, e -> assertThat(e.field()).isEqualTo("answer"));
        ledger.answer(SHUANGYANG, item, open.version(), "已补付", "整改.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        long answered = ledger.detail(SHUANGYANG, item).item().version();
        assertThatThrownBy(() -> ledger.close(SHUANGYANG, item, answered, null))
                .isInstanceOf(NotPermittedException.class);
        ledger.close(PROVINCE, item, answered, null);
        assertThat(ledger.detail(SHUANGYANG, item).item().status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(ledger.detail(SHUANGYANG, item).evidence()).hasSize(1);
    }

    @Test
    void theProvinceMarksAtMostTwoMonitoringCountiesAYear() {
        int year = 2019;
        monitoring.toggle(PROVINCE, "220112", year);
        monitoring.toggle(PROVINCE, "220122", year);
        assertThatThrownBy(() -> monitoring.toggle(PROVINCE, "220221", year)).isInstanceOf(SupervisionException.class);
        assertThat(monitoring.of(year)).containsExactly("220112", "220122");
        monitoring.toggle(PROVINCE, "220122", year); // marked again: the mark is taken away
        assertThat(monitoring.of(year)).containsExactly("220112");
        assertThat(reports.report(PROVINCE, "2019-Q1", null, true).rows())
                .extracting(ReportView.Row::county)
                .containsExactly(null, "220112");
        assertThatThrownBy(() -> monitoring.toggle(SHUANGYANG, "220112", year))
                .isInstanceOf(NotPermittedException.class);
    }

    private static ReportView.Row shuangyang(ReportView report) {
        return report.rows().stream()
                .filter(r -> "220112".equals(r.county()))
                .findFirst()
                .orElseThrow();
    }

    /** A new person of 云山街道 with an inpatient claim; answers the ID number. */
    private String settle(String admitted, String discharged) {
        String idNumber = newIdNumber();
        register.register(
                YUNSHAN,
                new PersonForm(
                        idNumber, "报表" + idNumber.substring(14), "13900000000", "220112001", null, null, "测试地址"));
        return settle(idNumber, admitted, discharged);
    }

    private String settle(String idNumber, String admitted, String discharged) {
        ObjectNode claim = JsonNodeFactory.instance.objectNode();
        claim.put("id", "RP" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        claim.put("kind", "INPATIENT");
        claim.put("date", discharged);
        claim.put("admissionDate", admitted);
        claim.put("hospitalLevel", 1);
        claim.put("totalCost", "3000.00");
        claim.put("outOfPolicyCost", "0.00");
        settlement.confirm(SHUANGYANG, new ClaimRequest(idNumber, "双阳区医院", null, claim));
        return idNumber;
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
