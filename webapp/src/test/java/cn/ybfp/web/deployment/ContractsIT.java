package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.contracts.api.ContractStatus;
import cn.ybfp.contracts.api.ImportOutcome;
import cn.ybfp.contracts.api.LineKind;
import cn.ybfp.contracts.api.RunStatus;
import cn.ybfp.contracts.application.ContractService;
import cn.ybfp.contracts.application.CoverageService;
import cn.ybfp.contracts.application.FeePolicyService;
import cn.ybfp.contracts.application.PaymentRunQueries;
import cn.ybfp.contracts.application.PaymentRunService;
import cn.ybfp.contracts.application.RecordImportService;
import cn.ybfp.contracts.application.ServiceRecordService;
import cn.ybfp.contracts.application.TeamService;
import cn.ybfp.contracts.domain.Quarter;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Family-doctor contracts in the deployed WAR on PostgreSQL: a township keeps a team and signs contracts, services
 * are recorded under the rules, the county's quarterly run is computed once even when two clerks click at once, is
 * approved by another clerk and frozen, and a service recorded late is paid as an adjustment in the next run; other
 * areas find none of it (404). The runs go in quarter order per county, so the test needs a fresh database (as
 * {@code ./portal test} gives it).
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

    private static final Caller YUNSHAN = caller("it-yunshan", Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller PINGHU = caller("it-pinghu", Role.TOWNSHIP_STAFF, "220112002");
    private static final Caller SHUANGYANG = caller("it-shuangyang", Role.COUNTY_STAFF, "220112");
    private static final Caller SHUANGYANG_SECOND = caller("it-shuangyang-2", Role.COUNTY_STAFF, "220112");
    private static final Caller NONGAN = caller("it-nongan", Role.COUNTY_STAFF, "220122");
    private static final Caller PROVINCE = caller("it-province", Role.PROVINCE_SUPERVISOR, "220000");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(ContractsIT.class);
    }

    @Inject
    RegisterCommands register;

    @Inject
    PersonQueries people;

    @Inject
    TeamService teams;

    @Inject
    ContractService contracts;

    @Inject
    ServiceRecordService records;

    @Inject
    PaymentRunService runs;

    @Inject
    PaymentRunQueries runQueries;

    @Inject
    CoverageService coverage;

    @Inject
    RecordImportService imports;

    @Inject
    FeePolicyService policies;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final LocalDate today = LocalDate.now(cn.ybfp.kernel.Beijing.clock());
    /** The last quarter that is over, and the one before: the runs this test computes. */
    private final Quarter last = Quarter.of(today).previous();

    private final Quarter before = last.previous();

    /** The demo's policy for the province (the tests' database has no demo data), for the years the test needs. */
    @BeforeEach
    void policy() throws SQLException {
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "insert into contract_fee_policy (id, region, policy_year, exempt_categories, changed_by,"
                                    + " changed_at, version) select ?, '220000', ?, 'EXTREMELY_POOR,LOW_INCOME_GUARANTEE',"
                                    + " 'it', now(), 0 where not exists (select 1 from contract_fee_policy"
                                    + " where region = '220000' and policy_year = ?)")) {
                s.setLong(1, year);
                s.setInt(2, year);
                s.setInt(3, year);
                if (s.executeUpdate() == 1) {
                    packages(c, year);
                }
            }
        }
    }

    private static void packages(Connection c, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into service_package (id, policy_id, code, name, fee,"
                + " fund_share, public_health_share, resident_share, required_service, required_count, payment_rule,"
                + " fund_payment, booklet_diseases, version) values"
                + " (?, ?, 'BASIC', '基础包', 120, 40, 70, 10, 'HEALTH_ASSESSMENT', 1, 'ONCE_WHEN_MET', 40, '', 0),"
                + " (?, ?, 'CHRONIC', '慢病管理包', 200, 100, 70, 30, 'CHRONIC_FOLLOW_UP', 1, 'EACH_CONTRACT_QUARTER',"
                + " 25, 'M03900,M01600', 0)")) {
            s.setLong(1, year * 10L + 1);
            s.setLong(2, year);
            s.setLong(3, year * 10L + 2);
            s.setLong(4, year);
            s.executeUpdate();
        }
    }

    @Test
    void aQuarterIsComputedOnceApprovedByAnotherClerkFrozenAndALateServiceIsPaidAsAnAdjustment() throws Exception {
        long team = team();
        long doctor = teams.addMember(
                YUNSHAN, team, new TeamService.MemberForm("王医生", "110220112009901", "DOCTOR", "2020-01-01"));
        LocalDate signed = before.firstDay();
        long exempt = contracts.sign(YUNSHAN, sign(person(true), team, "BASIC", signed));
        long paying = contracts.sign(YUNSHAN, sign(person(false), team, "BASIC", signed));
        assertThat(contracts.detail(YUNSHAN, exempt).contract().personalShare()).isEqualByComparingTo("0.00");
        assertThat(contracts.detail(YUNSHAN, paying).contract().personalShare()).isEqualByComparingTo("10.00");
        records.record(
                YUNSHAN, exempt, service("HEALTH_ASSESSMENT", before.firstDay().plusDays(20), doctor));

        // the rules name the field: outside the contract, a second one the same day, the chronic package without a
        // booklet
        refused(
                () -> records.record(YUNSHAN, exempt, service("HOME_VISIT", signed.minusDays(1), doctor)),
                "day",
                "合同有效期");
        refused(
                () -> records.record(
                        YUNSHAN,
                        exempt,
                        service("HEALTH_ASSESSMENT", before.firstDay().plusDays(20), doctor)),
                "day",
                "同类服务");
        refused(() -> contracts.sign(YUNSHAN, sign(person(true), team, "CHRONIC", signed)), "packageCode", "慢特病手册");

        // two clerks compute the earlier quarter at once: one run
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<Long>> both = new ArrayList<>();
        for (Caller clerk : List.of(SHUANGYANG, SHUANGYANG_SECOND)) {
            both.add(executor.submit(() -> {
                barrier.await();
                return runs.compute(clerk, before.toString());
            }));
        }
        List<Long> computed = new ArrayList<>();
        for (Future<Long> f : both) {
            try {
                computed.add(f.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause())
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("刷新");
            }
        }
        assertThat(computed).isNotEmpty().allMatch(id -> id.equals(computed.get(0)));
        assertThat(countRuns(before)).isEqualTo(1);
        long first = computed.get(0);
        var run = runQueries.detail(SHUANGYANG, first);
        assertThat(run.run().total()).isEqualByComparingTo("40.00");
        assertThat(run.paying()).extracting(PaymentRunQueries.Line::kind).containsExactly(LineKind.PAYMENT);
        assertThat(run.notQualifying()).extracting(PaymentRunQueries.Line::kind).containsExactly(LineKind.OPEN);

        // the next quarter waits for this one's approval; the computing clerk cannot approve it
        refused(() -> runs.compute(SHUANGYANG, last.toString()), "quarter", "请先审核");
        String computedBy = run.run().computedBy();
        Caller approver = computedBy.equals(SHUANGYANG.username()) ? SHUANGYANG_SECOND : SHUANGYANG;
        Caller computer = approver == SHUANGYANG ? SHUANGYANG_SECOND : SHUANGYANG;
        refused(() -> runs.approve(computer, first, run.run().version()), null, "另一名经办人员");
        runs.approve(approver, first, run.run().version());
        refused(() -> runs.compute(SHUANGYANG, before.toString()), "quarter", "已审核");
        var approved = runQueries.detail(SHUANGYANG, first).run();
        runs.paid(
                computer, first, new PaymentRunService.PaidForm(today.toString(), "双医保拨〔2026〕1号"), approved.version());
        assertThat(runQueries.detail(SHUANGYANG, first).run().status()).isEqualTo(RunStatus.PAID);

        // a service of the paid quarter recorded only now: paid as an adjustment with the next quarter, never twice
        records.record(YUNSHAN, paying, service("HEALTH_ASSESSMENT", before.lastDay(), doctor));
        long second = runs.compute(SHUANGYANG, last.toString());
        var next = runQueries.detail(SHUANGYANG, second);
        assertThat(next.paying()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.ADJUSTMENT);
            assertThat(l.amount()).isEqualByComparingTo(new BigDecimal("40.00"));
        });
        assertThat(next.notQualifying())
                .extracting(PaymentRunQueries.Line::kind)
                .containsExactly(LineKind.SETTLED);
        assertThat(runQueries.detail(SHUANGYANG, first).run().total()).isEqualByComparingTo("40.00");
    }

    @Test
    void aContractWhoseYearIsOverExpiresWhenTheNextYearsIsSigned() {
        long team = team();
        long person = person(false);
        long old = contracts.sign(YUNSHAN, sign(person, team, "BASIC", today.minusDays(400)));
        assertThat(contracts.detail(YUNSHAN, old).contract().status()).isEqualTo(ContractStatus.EXPIRED);
        long renewed = contracts.sign(YUNSHAN, sign(person, team, "BASIC", today));
        assertThat(contracts.ofPerson(YUNSHAN, person))
                .extracting(ContractService.Row::id, ContractService.Row::status, ContractService.Row::endReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(old, ContractStatus.EXPIRED, null),
                        org.assertj.core.groups.Tuple.tuple(renewed, ContractStatus.ACTIVE, null));
        refused(() -> contracts.sign(YUNSHAN, sign(person, team, "BASIC", today)), "personId", "不能重复签约");
        // no day under two contracts: a signing within the expired one's days is refused, with another team too
        long other = team();
        refused(() -> contracts.sign(YUNSHAN, sign(person, other, "BASIC", today.minusDays(100))), "signedOn", "最后一日");
        // an end is recorded once it happened
        long version = contracts.detail(YUNSHAN, renewed).contract().version();
        refused(
                () -> contracts.end(
                        YUNSHAN,
                        renewed,
                        new ContractService.EndForm(today.plusDays(1).toString(), "MOVED_OUT"),
                        version),
                "endedOn",
                "不能晚于今天");
        // the terms of a package with contracts are fixed: they decide what those contracts are paid
        long basic = today.getYear() * 10L + 1;
        refused(
                () -> policies.change(
                        PROVINCE,
                        basic,
                        new FeePolicyService.PackageForm(
                                "基础包",
                                "120",
                                "40",
                                "70",
                                "10",
                                "HEALTH_ASSESSMENT",
                                "1",
                                "EACH_CONTRACT_QUARTER",
                                "10",
                                ""),
                        0),
                null,
                "已有签约");
    }

    @Test
    void aTeamThatStoppedServingRecordsNothingAfterItsLastDay() {
        long team = team();
        long nurse = teams.addMember(
                YUNSHAN, team, new TeamService.MemberForm("赵护士", "210220112009903", "NURSE", "2020-01-01"));
        long contract = contracts.sign(YUNSHAN, sign(person(false), team, "BASIC", today.minusDays(10)));
        records.record(YUNSHAN, contract, service("HOME_VISIT", today.minusDays(3), nurse));
        teams.close(YUNSHAN, team, today.minusDays(2).toString());
        refused(
                () -> records.record(YUNSHAN, contract, service("HOME_VISIT", today.minusDays(1), nurse)),
                "memberId",
                "不属于签约团队");
    }

    @Test
    void otherAreasFindNoneOfIt() {
        long team = team();
        long contract = contracts.sign(YUNSHAN, sign(person(false), team, "BASIC", today));
        assertThatThrownBy(() -> contracts.detail(PINGHU, contract)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> contracts.detail(NONGAN, contract)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> teams.detail(NONGAN, team)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> records.record(PINGHU, contract, service("HOME_VISIT", today, 1)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(contracts.list(NONGAN)).noneMatch(r -> r.id() == contract);
        assertThat(runQueries.list(YUNSHAN)).isEmpty(); // runs are the county's business
        runQueries.list(SHUANGYANG).forEach(r -> {
            assertThatThrownBy(() -> runQueries.detail(NONGAN, r.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> runQueries.requireVisible(YUNSHAN, r.id()))
                    .isInstanceOf(RecordNotFoundException.class);
        });
    }

    @Test
    void coverageCountsTargetPeopleWithARunningContractAndListsTheOthers() {
        long team = team();
        long person = person(true, "一覆盖"); // sorts first (U+4E00): the list shows its first 500 by name
        var before = township(coverage.coverage(SHUANGYANG));
        assertThat(coverage.withoutContract(YUNSHAN, "220112001")).anyMatch(p -> p.id() == person);
        contracts.sign(YUNSHAN, sign(person, team, "BASIC", today));
        var after = township(coverage.coverage(SHUANGYANG));
        assertThat(after.targets()).isEqualTo(before.targets());
        assertThat(after.contracted()).isEqualTo(before.contracted() + 1);
        assertThat(coverage.withoutContract(YUNSHAN, "220112001")).noneMatch(p -> p.id() == person);
        assertThat(coverage.coverage(YUNSHAN))
                .extracting(CoverageService.Row::township)
                .containsExactly("220112001", null); // the township's own line and the total
        assertThatThrownBy(() -> coverage.withoutContract(PINGHU, "220112001"))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aServiceFileIsComparedThenAppliedOnceAndItsRejectedRowsGoBack() throws Exception {
        long team = team();
        long doctor = teams.addMember(
                YUNSHAN, team, new TeamService.MemberForm("李医生", "110220112009902", "DOCTOR", "2020-01-01"));
        String idNumber = newIdNumber();
        long contract =
                contracts.sign(YUNSHAN, sign(person(false, "签约测试", idNumber), team, "BASIC", today.minusDays(30)));
        String csv = "身份证号,姓名,服务类型,服务日期,执业证书编码,备注\n"
                + idNumber + ",签约测试,健康评估," + today.minusDays(10) + ",110220112009902,年度评估\n"
                + idNumber + ",签约测试,健康评估," + today.minusDays(10) + ",110220112009902,又一次\n"
                + idNumber + ",签约测试,上门服务," + today.minusDays(40) + ",110220112009902,\n"
                + idNumber + ",签约测试,慢病随访," + today.minusDays(5) + ",999999999999,\n"
                + newIdNumber() + ",无签约,健康教育," + today.minusDays(5) + ",110220112009902,\n"
                + idNumber + ",签约测试,按摩," + today.minusDays(5) + ",110220112009902,\n";
        long file = imports.upload(YUNSHAN, "履约记录.csv", new java.io.ByteArrayInputStream(csv.getBytes("GBK")));
        var compared = imports.detail(YUNSHAN, file);
        assertThat(compared.rows())
                .extracting(RecordImportService.Row::outcome)
                .containsExactly(
                        ImportOutcome.ACCEPTED,
                        ImportOutcome.REJECTED,
                        ImportOutcome.REJECTED,
                        ImportOutcome.REJECTED,
                        ImportOutcome.REJECTED,
                        ImportOutcome.REJECTED);
        assertThat(compared.rows())
                .extracting(RecordImportService.Row::reason)
                .containsExactly(
                        null,
                        "文件中重复的服务记录（同一人员、同类服务、同一天）",
                        "服务日期不在合同有效期内",
                        "该成员在服务日期不属于签约团队",
                        "您的辖区内该人员没有签约",
                        "服务类型无法识别（应为 健康评估、慢病随访、上门服务、健康咨询 或 健康教育）");
        assertThat(contracts.detail(YUNSHAN, contract).services()).isEmpty(); // nothing until applied
        assertThatThrownBy(() -> imports.detail(PINGHU, file)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> imports.detail(NONGAN, file)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> imports.requireVisible(PINGHU, file)) // the rejected rows' download
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> imports.apply(PINGHU, file, 0)).isInstanceOf(RecordNotFoundException.class);

        imports.apply(YUNSHAN, file, compared.file().version());
        refused(() -> imports.apply(YUNSHAN, file, compared.file().version()), null, "刷新"); // a resent form
        refused(
                () -> imports.apply(
                        YUNSHAN, file, imports.detail(YUNSHAN, file).file().version()),
                null,
                "已处理");
        assertThat(contracts.detail(YUNSHAN, contract).services())
                .singleElement()
                .satisfies(s -> assertThat(s.note()).isEqualTo("年度评估"));
        var out = new java.io.ByteArrayOutputStream();
        imports.writeRejected(YUNSHAN, file, out);
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("服务日期不在合同有效期内");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).contains("********");
        }
        // a member who left the team records nothing after the day
        teams.memberLeaves(YUNSHAN, team, doctor, today.minusDays(1).toString());
        refused(() -> records.record(YUNSHAN, contract, service("HOME_VISIT", today, doctor)), "memberId", "不属于签约团队");
    }

    private static CoverageService.Row township(List<CoverageService.Row> rows) {
        return rows.stream()
                .filter(r -> "220112001".equals(r.township()))
                .findFirst()
                .orElseThrow();
    }

    private long team() {
        return teams.create(YUNSHAN, new TeamService.TeamForm("测试团队", "云山街道社区卫生服务中心", null, "2020-01-01"));
    }

    private long person(boolean lowIncome) {
        return person(lowIncome, "签约测试");
    }

    private long person(boolean lowIncome, String name) {
        return person(lowIncome, name, newIdNumber());
    }

    private long person(boolean lowIncome, String name, String idNumber) {
        long id = register.register(
                YUNSHAN, new PersonForm(idNumber, name, "13900000000", "220112001", null, null, "测试地址"));
        if (lowIncome) {
            register.addCategory(
                    SHUANGYANG,
                    id,
                    new CategoryForm(
                            "LOW_INCOME_GUARANTEE", "CIVIL_AFFAIRS", "长民发〔2022〕7号", "2020-01-01", "2099-12-31"));
            long membership = people.detail(SHUANGYANG, id).orElseThrow().memberships().stream()
                    .filter(m -> m.pendingBy() != null)
                    .findFirst()
                    .orElseThrow()
                    .id();
            register.confirmCategory(SHUANGYANG_SECOND, id, membership);
        }
        return id;
    }

    private static ContractService.SignForm sign(long person, long team, String code, LocalDate on) {
        return new ContractService.SignForm(String.valueOf(person), String.valueOf(team), code, on.toString());
    }

    private static ServiceRecordService.RecordForm service(String type, LocalDate day, long member) {
        return new ServiceRecordService.RecordForm(type, day.toString(), String.valueOf(member), null);
    }

    private long countRuns(Quarter quarter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from contract_payment_run where county = '220112' and quarter = ?")) {
            s.setString(1, quarter.toString());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void refused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }
}
