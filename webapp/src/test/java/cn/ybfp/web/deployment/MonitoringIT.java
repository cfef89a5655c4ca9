package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.applications.application.ApplicationQueries;
import cn.ybfp.claims.application.ClaimConflictException;
import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.Role;
import cn.ybfp.monitoring.api.FeedbackOutcome;
import cn.ybfp.monitoring.api.FeedbackStatus;
import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.api.WarningStatus;
import cn.ybfp.monitoring.application.CatalogueShareService;
import cn.ybfp.monitoring.application.FeedbackService;
import cn.ybfp.monitoring.application.Recomputation;
import cn.ybfp.monitoring.application.ScreenService;
import cn.ybfp.monitoring.application.WarningService;
import cn.ybfp.monitoring.domain.MonitoringException;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring in the deployed WAR on PostgreSQL, driven by real settlements: the claims module's events raise a
 * warning once per person and year (also under concurrent settlements), a reversal withdraws it, the county pushes it,
 * and the departments' feedback is applied all or nothing, once, recording the category and opening an assistance
 * case; the screens flag a readmission, the out-of-catalogue share sums a hospital's year; other areas find none of it.
 * The IT's parameters for 2022 (the shipped scheme's year): income 10,000, thresholds 10 % (1,000) and 20 % (2,000).
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    private static final Caller YUNSHAN = caller("it-yunshan", Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller PINGHU = caller("it-pinghu", Role.TOWNSHIP_STAFF, "220112002");
    private static final Caller SHUANGYANG = caller("it-shuangyang", Role.COUNTY_STAFF, "220112");
    private static final Caller SHUANGYANG_SECOND = caller("it-shuangyang-2", Role.COUNTY_STAFF, "220112");
    private static final Caller NONGAN = caller("it-nongan", Role.COUNTY_STAFF, "220122");
    private static final Caller PROVINCE = caller("it-province", Role.PROVINCE_SUPERVISOR, "220000");
    private static final int YEAR = 2022;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(MonitoringIT.class);
    }

    @Inject
    RegisterCommands register;

    @Inject
    PersonQueries people;

    @Inject
    SettlementService settlement;

    @Inject
    ClaimQueries claims;

    @Inject
    WarningService warnings;

    @Inject
    FeedbackService feedback;

    @Inject
    ScreenService screens;

    @Inject
    CatalogueShareService shares;

    @Inject
    Recomputation recomputation;

    @Inject
    ApplicationQueries applications;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void parameters() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into warning_rule (id, region, rule_year,"
                        + " disposable_income, relapse_percent, impoverishment_percent, feedback_days, readmission_days,"
                        + " high_rate_percent, changed_by, changed_at, version) select 2022, '220000', 2022, 10000, 10,"
                        + " 20, 30, 15, 150, 'it', now(), 0 where not exists (select 1 from warning_rule"
                        + " where region = '220000' and rule_year = 2022)")) {
            s.executeUpdate();
        }
    }

    @Test
    void aWarningIsRaisedOnceWithdrawnByAReversalAndRaisedAgainByTheNextClaim() throws SQLException {
        Person p = person(null);
        BigDecimal first = settle(p, "2022-03-01", "2022-03-10", "1000.00", "0.00");
        assertThat(first).isLessThan(new BigDecimal("2000.00"));
        assertThat(warningOf(p)).isNull();

        String second = newNumber();
        BigDecimal paid = settle(p, second, "2022-04-10", "2022-04-20", "30000.00", "0.00");
        var raised = warningOf(p);
        assertThat(raised.kind()).isEqualTo(WarningKind.IMPOVERISHMENT);
        assertThat(raised.status()).isEqualTo(WarningStatus.RAISED);
        assertThat(raised.threshold()).isEqualByComparingTo("2000.00");
        assertThat(raised.burden()).isEqualByComparingTo(first.add(paid));
        assertThat(warnings.detail(SHUANGYANG, raised.id()).claims()).hasSize(2);

        long claimId = claimId(second);
        settlement.reverse(
                SHUANGYANG,
                claimId,
                "医院申请冲正",
                claims.bill(SHUANGYANG, claimId).orElseThrow().claim().version());
        assertThat(warningOf(p).status()).isEqualTo(WarningStatus.WITHDRAWN);
        assertThat(warningOf(p).burden()).isEqualByComparingTo(first);

        settle(p, "2022-05-10", "2022-05-20", "30000.00", "0.00");
        assertThat(warningOf(p).id()).isEqualTo(raised.id());
        assertThat(warningOf(p).status()).isEqualTo(WarningStatus.RAISED);
        assertThat(count("select count(*) from high_cost_warning where person_id = ?", p.id()))
                .isEqualTo(1);
    }

    @Test
    void twoSettlementsAtOnceRaiseOneWarning() throws Exception {
        Person p = person(null);
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<Long>> both = new ArrayList<>();
        for (String day : List.of("2022-06-10", "2022-06-11")) {
            both.add(executor.submit(() -> {
                barrier.await();
                return settlement.confirm(SHUANGYANG, request(p, newNumber(), "2022-06-01", day, "30000.00", "0.00"));
            }));
        }
        int settled = 0;
        for (Future<Long> f : both) {
            try {
                f.get();
                settled++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClaimConflictException.class);
            }
        }
        assertThat(settled).isPositive();
        assertThat(count("select count(*) from high_cost_warning where person_id = ?", p.id()))
                .isEqualTo(1);
        assertThat(count("select count(*) from monitored_claim where person_id = ?", p.id()))
                .isEqualTo(settled);
    }

    @Test
    void theFeedbackIsAppliedAllOrNothingOnceRecordingTheCategoryAndOpeningACase() throws Exception {
        Person a = person(null);
        Person b = person(null);
        settle(a, "2022-07-01", "2022-07-05", "30000.00", "0.00");
        String bClaim = newNumber();
        settle(b, bClaim, "2022-07-01", "2022-07-05", "30000.00", "0.00");
        long push = warnings.push(SHUANGYANG);
        var wa = warningOf(a);
        var wb = warningOf(b);
        assertThat(wa.status()).isEqualTo(WarningStatus.PUSHED);
        assertThat(wa.pushedOn()).isNotNull();
        assertThatThrownBy(() -> warnings.push(SHUANGYANG)).isInstanceOf(MonitoringException.class);

        // the push file carries the full ID numbers the departments match on, and the empty answer columns
        var file = new ByteArrayOutputStream();
        warnings.writePush(SHUANGYANG, push, file);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("预警编号");
            List<String> ids = new ArrayList<>();
            sheet.forEach(row -> ids.add(row.getCell(1).getStringCellValue()));
            assertThat(ids).contains(a.idNumber(), b.idNumber());
        }

        String both = feedbackFile(
                line(wa.number(), a.idNumber(), "认定", "低保对象", "双民发〔2022〕9号", "2022-08-01", ""),
                line(wb.number(), b.idNumber(), "不予认定", "", "", "", "家庭收入超过低保边缘标准"),
                line("YJ999999999", b.idNumber(), "认定", "低保对象", "x", "2022-08-01", ""));
        long compared = upload(both);
        var detail = feedback.detail(SHUANGYANG, compared);
        assertThat(detail.rows())
                .extracting(FeedbackService.Row::outcome)
                .containsExactly(FeedbackOutcome.RECOGNISED, FeedbackOutcome.NOT_RECOGNISED, FeedbackOutcome.REJECTED);

        // b's claim is reversed before the apply: b's warning is withdrawn, and the whole file is refused at its line
        long bId = claimId(bClaim);
        settlement.reverse(
                SHUANGYANG,
                bId,
                "冲正",
                claims.bill(SHUANGYANG, bId).orElseThrow().claim().version());
        long version = detail.file().version();
        assertThatThrownBy(() -> feedback.apply(SHUANGYANG, compared, version))
                .isInstanceOf(MonitoringException.class)
                .hasMessageContaining("第 3 行");
        assertThat(warningOf(a).status()).isEqualTo(WarningStatus.PUSHED);
        assertThat(categories(a)).doesNotContain("LOW_INCOME_GUARANTEE");
        assertThat(feedback.detail(SHUANGYANG, compared).file().status()).isEqualTo(FeedbackStatus.COMPARED);
        feedback.discard(SHUANGYANG, compared, version);

        long retried =
                upload(feedbackFile(line(wa.number(), a.idNumber(), "认定", "低保对象", "双民发〔2022〕9号", "2022-08-01", "")));
        long retriedVersion = feedback.detail(SHUANGYANG, retried).file().version();
        feedback.apply(SHUANGYANG, retried, retriedVersion);
        assertThatThrownBy(() -> feedback.apply(SHUANGYANG_SECOND, retried, retriedVersion))
                .isInstanceOf(MonitoringException.class);
        var assisted = warningOf(a);
        assertThat(assisted.status()).isEqualTo(WarningStatus.ASSISTED);
        assertThat(categories(a)).contains("LOW_INCOME_GUARANTEE");
        var opened = applications.view(SHUANGYANG, assisted.caseId()).orElseThrow();
        assertThat(opened.claims()).hasSize(1);
        assertThat(opened.application().events().get(0).comment()).contains(wa.number());
        assertThat(count("select count(*) from assistance_application where person_id = ?", a.id()))
                .isEqualTo(1);

        var loop = warnings.loop(SHUANGYANG, YEAR).get(0);
        assertThat(loop.assisted()).isPositive();
        assertThat(loop.withdrawn()).isPositive();

        // other areas find none of it
        assertThatThrownBy(() -> warnings.detail(NONGAN, wa.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> warnings.detail(PINGHU, wa.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(warnings.detail(YUNSHAN, wa.id()).warning().personName()).isEqualTo(a.name());
        assertThatThrownBy(() -> warnings.requirePush(NONGAN, push)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> feedback.detail(NONGAN, retried)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> feedback.requireVisible(NONGAN, retried)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> warnings.push(PROVINCE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> feedback.upload(YUNSHAN, "f.csv", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(NotPermittedException.class);
        assertThat(warnings.list(NONGAN, YEAR, null)).noneMatch(w -> w.id() == wa.id());
    }

    @Test
    void aReadmissionIsFlaggedForReviewAndAHospitalsShareIsSummedOverItsYear() throws SQLException {
        Person d = person("STABLE_LIFTED");
        String hospital = "监测测试医院" + UUID.randomUUID().toString().substring(0, 8);
        settle(d, newNumber(), hospital, "2022-09-01", "2022-09-10", "10000.00", "300.00");
        String readmitted = newNumber();
        settle(d, readmitted, hospital, "2022-09-25", "2022-09-30", "8000.00", "60.00");

        var flag = screens.list(SHUANGYANG, YEAR, ScreenKind.SPLIT_ADMISSION, true).stream()
                .filter(f -> f.hospital().equals(hospital))
                .findFirst()
                .orElseThrow();
        assertThat(flag.detail()).contains("第 15 天");
        screens.review(SHUANGYANG, flag.id(), flag.version(), "NO_PROBLEM", "病情需要，经核实非分解住院");
        assertThatThrownBy(() -> screens.review(SHUANGYANG, flag.id(), flag.version() + 1, "RECOVERED", "再次"))
                .isInstanceOf(MonitoringException.class);
        assertThat(screens.detail(SHUANGYANG, flag.id()).reviewedBy()).isEqualTo(SHUANGYANG.username());

        // (300 + 60) / (10,000 + 8,000) = 2.00 %, level 1's limit 1 %: 1.00 point over
        var row = shares.table(PROVINCE, YEAR).stream()
                .filter(r -> r.hospital().equals(hospital))
                .findFirst()
                .orElseThrow();
        assertThat(row.share()).isEqualByComparingTo("2.00");
        assertThat(row.over()).isEqualByComparingTo("1.00");
        assertThat(row.claims()).isEqualTo(2);
        assertThat(shares.months(SHUANGYANG, YEAR, hospital))
                .singleElement()
                .satisfies(m -> assertThat(m.month()).isEqualTo(9));
        assertThat(shares.claims(SHUANGYANG, YEAR, hospital)).hasSize(2);

        // a full recomputation finds what the listeners found, and adds nothing the second time
        recomputation.recompute(PROVINCE, YEAR);
        var again = recomputation.recompute(PROVINCE, YEAR);
        assertThat(again.warningsRaised()).isZero();
        assertThat(again.flagsAdded()).isZero();
        assertThat(again.claims()).isPositive();
        assertThat(count("select count(*) from screen_flag where claim_id = ?", claimId(readmitted)))
                .isEqualTo(1);

        // other areas and the township find none of it
        assertThat(shares.table(NONGAN, YEAR)).noneMatch(r -> r.hospital().equals(hospital));
        assertThatThrownBy(() -> screens.detail(NONGAN, flag.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> screens.list(YUNSHAN, YEAR, null, true)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> shares.table(YUNSHAN, YEAR)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> recomputation.recompute(SHUANGYANG, YEAR)).isInstanceOf(NotPermittedException.class);
    }

    private record Person(long id, String idNumber, String name) {}

    /** A person of 云山街道, of no category or holding one (recognised and confirmed by two county clerks). */
    private Person person(String category) {
        String idNumber = newIdNumber();
        String name = "监测" + idNumber.substring(14);
        long id = register.register(
                YUNSHAN, new PersonForm(idNumber, name, "13900000000", "220112001", null, null, "测试地址"));
        if (category != null) {
            register.addCategory(
                    SHUANGYANG,
                    id,
                    new CategoryForm(category, "RURAL_REVITALISATION", "长乡振发〔2021〕3号", "2020-01-01", "2099-12-31"));
            long membership = people.detail(SHUANGYANG, id).orElseThrow().memberships().stream()
                    .filter(m -> m.pendingBy() != null)
                    .findFirst()
                    .orElseThrow()
                    .id();
            register.confirmCategory(SHUANGYANG_SECOND, id, membership);
        }
        return new Person(id, idNumber, name);
    }

    private BigDecimal settle(Person p, String admitted, String discharged, String total, String outOfPolicy) {
        return settle(p, newNumber(), admitted, discharged, total, outOfPolicy);
    }

    private BigDecimal settle(
            Person p, String number, String admitted, String discharged, String total, String outOfPolicy) {
        return settle(p, number, "双阳区医院", admitted, discharged, total, outOfPolicy);
    }

    /** Settles an inpatient claim at a level 1 hospital; answers the person's payment on its bill. */
    private BigDecimal settle(
            Person p,
            String number,
            String hospital,
            String admitted,
            String discharged,
            String total,
            String outOfPolicy) {
        var request =
                new ClaimRequest(p.idNumber(), hospital, null, claim(number, admitted, discharged, total, outOfPolicy));
        long id = settlement.confirm(SHUANGYANG, request);
        return claims.bill(SHUANGYANG, id).orElseThrow().claim().bill().personalPayment();
    }

    private static ClaimRequest request(
            Person p, String number, String admitted, String discharged, String total, String outOfPolicy) {
        return new ClaimRequest(p.idNumber(), "双阳区医院", null, claim(number, admitted, discharged, total, outOfPolicy));
    }

    private static ObjectNode claim(
            String number, String admitted, String discharged, String total, String outOfPolicy) {
        ObjectNode claim = JsonNodeFactory.instance.objectNode();
        claim.put("id", number);
        claim.put("kind", "INPATIENT");
        claim.put("date", discharged);
        claim.put("admissionDate", admitted);
        claim.put("hospitalLevel", 1);
        claim.put("totalCost", total);
        claim.put("outOfPolicyCost", outOfPolicy);
        return claim;
    }

    private WarningService.Row warningOf(Person p) {
        return warnings.list(SHUANGYANG, YEAR, null).stream()
                .filter(w -> w.personName().equals(p.name()))
                .findFirst()
                .orElse(null);
    }

    private List<String> categories(Person p) {
        return people.detail(SHUANGYANG, p.id()).orElseThrow().memberships().stream()
                .map(m -> m.category())
                .toList();
    }

    private long upload(String csv) {
        return feedback.upload(SHUANGYANG, "反馈.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static String feedbackFile(String... lines) {
        return "预警编号,身份证号,姓名,认定结果,认定类别,认定文号,认定日期,未认定原因\n" + String.join("\n", lines) + "\n";
    }

    private static String line(
            String number,
            String idNumber,
            String result,
            String category,
            String document,
            String from,
            String reason) {
        return String.join(",", number, idNumber, "", result, category, document, from, reason);
    }

    private long claimId(String number) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id from settled_claim where claim_number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String newNumber() {
        return "MN" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
