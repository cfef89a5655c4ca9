package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.booklets.api.BookletCheck;
import cn.ybfp.booklets.api.BookletStatus;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.api.Finding;
import cn.ybfp.booklets.api.HealthListStatus;
import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.api.RecognitionSource;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.api.WithdrawalReason;
import cn.ybfp.booklets.application.BookletService;
import cn.ybfp.booklets.application.DiseaseCatalogueService;
import cn.ybfp.booklets.application.HealthListService;
import cn.ybfp.booklets.application.RandomAuditService;
import cn.ybfp.booklets.application.RecognitionService;
import cn.ybfp.booklets.application.RecognitionService.StartForm;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.RegisterCommands;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recognitions, booklets and the monthly random audit in the deployed WAR on PostgreSQL: a township starts, a county
 * recognises, the booklet covers claims of its diseases and kinds only; another county finds nothing (404); two
 * draws of the same month at once make one; a favour-card finding withdraws the booklet from its day.
 */
@ExtendWith(ArquillianExtension.class)
class BookletsIT {

    private static final Caller PROVINCE = caller(Role.PROVINCE_SUPERVISOR, "220000");
    private static final Caller SHUANGYANG = caller(Role.COUNTY_STAFF, "220112");
    private static final Caller YUNSHAN = caller(Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller NONGAN = caller(Role.COUNTY_STAFF, "220122");
    private static final DivisionCode CHANGCHUN = DivisionCode.of("220100");
    private static final byte[] PDF = "%PDF-1.7 诊断证明".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(BookletsIT.class);
    }

    @Inject
    RegisterCommands register;

    @Inject
    DiseaseCatalogueService catalogues;

    @Inject
    RecognitionService recognitions;

    @Inject
    BookletService booklets;

    @Inject
    RandomAuditService audits;

    @Inject
    BookletCheck check;

    @Inject
    HealthListService healthLists;

    @Inject
    cn.ybfp.register.application.PersonQueries people;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final LocalDate today = LocalDate.now(cn.ybfp.kernel.Beijing.clock());

    /** This year's catalogue of the province (the tests' database has no demo data). */
    @BeforeEach
    void catalogue() {
        String year = String.valueOf(today.getYear());
        for (String[] d : List.of(
                new String[] {"M03900", "高血压病", "CHRONIC"},
                new String[] {"M01600", "糖尿病", "CHRONIC"},
                new String[] {"M00105", "活动性肺结核", "CHRONIC"},
                new String[] {"M07803", "慢性肾功能不全（血透治疗）", "SPECIAL"})) {
            try {
                catalogues.add(PROVINCE, "220000", year, d[0], d[1], d[2]);
            } catch (InvalidInputException taken) { // added by an earlier test
                assertThat(taken.getMessage()).contains("已有病种");
            }
        }
    }

    @Test
    void aTownshipStartsACountyRecognisesAndTheBookletCoversItsDiseasesOnly() {
        long person = person();
        long first = recognitions.start(YUNSHAN, form(person, "M03900"), "诊断证明.pdf", PDF);
        assertThat(recognitions.detail(SHUANGYANG, first).row().status()).isEqualTo(RecognitionStatus.PENDING);
        assertThat(recognitions.detail(SHUANGYANG, first).evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.fileName()).isEqualTo("诊断证明.pdf");
                    assertThat(e.contentType()).isEqualTo("application/pdf");
                });
        refused(() -> recognitions.start(YUNSHAN, form(person, "M03900"), "a.pdf", PDF), "disease", "已有待认定");
        refused(() -> recognitions.start(YUNSHAN, form(person, "M99999"), "a.pdf", PDF), "disease", "不在");
        refused(
                () -> recognitions.start(YUNSHAN, form(person, "M07803"), "a.exe", new byte[] {'M', 'Z'}),
                "file",
                "PDF");
        assertThatThrownBy(() -> recognitions.recognise(YUNSHAN, first, 0)).isInstanceOf(NotPermittedException.class);

        long booklet = recognitions.recognise(
                SHUANGYANG, first, recognitions.detail(SHUANGYANG, first).version());
        var issued = booklets.detail(SHUANGYANG, booklet);
        assertThat(issued.row().number()).startsWith("220112" + today.getYear()).hasSize(16);
        assertThat(issued.row().validTo()).isEqualTo(LocalDate.of(today.getYear() + 1, 12, 31));
        assertThat(check.check(person, CHANGCHUN, "M03900", DiseaseKind.CHRONIC, today)
                        .bookletNumber())
                .isEqualTo(issued.row().number());
        refused(() -> check.check(person, CHANGCHUN, "M03900", DiseaseKind.SPECIAL, today), "disease", "结算类别不符");
        refused(() -> check.check(person, CHANGCHUN, "M07803", DiseaseKind.SPECIAL, today), "disease", "没有");
        refused(
                () -> check.check(person, CHANGCHUN, "M03900", DiseaseKind.CHRONIC, today.minusDays(1)),
                "disease",
                "没有");

        long second = recognitions.start(YUNSHAN, form(person, "M07803"), "b.pdf", PDF);
        assertThat(recognitions.recognise(
                        SHUANGYANG,
                        second,
                        recognitions.detail(SHUANGYANG, second).version()))
                .isEqualTo(booklet); // one booklet, two diseases
        assertThat(booklets.detail(SHUANGYANG, booklet).diseases())
                .extracting(BookletService.Disease::code)
                .containsExactlyInAnyOrder("M03900", "M07803");
        assertThat(check.check(person, CHANGCHUN, "M07803", DiseaseKind.SPECIAL, today)
                        .bookletNumber())
                .isEqualTo(issued.row().number());
        assertThat(booklets.ofPerson(YUNSHAN, person).booklets()).hasSize(1);
        refused(() -> recognitions.recognise(SHUANGYANG, second, 99), null, "已被他人处理");
    }

    @Test
    void anotherCountyFindsNoneOfItAndATownshipOnlyItsOwn() {
        long person = person();
        long recognition = recognitions.start(YUNSHAN, form(person, "M03900"), "c.pdf", PDF);
        long booklet = recognitions.recognise(
                SHUANGYANG,
                recognition,
                recognitions.detail(SHUANGYANG, recognition).version());
        long evidence =
                recognitions.detail(SHUANGYANG, recognition).evidence().get(0).id();
        Caller pinghu = caller(Role.TOWNSHIP_STAFF, "220112002");
        for (Runnable look : List.<Runnable>of(
                () -> recognitions.detail(NONGAN, recognition),
                () -> recognitions.evidence(NONGAN, recognition, evidence),
                () -> recognitions.detail(pinghu, recognition),
                () -> recognitions.refuse(NONGAN, recognition, 0, "越权"),
                () -> booklets.detail(NONGAN, booklet),
                () -> booklets.renew(NONGAN, booklet, 0))) {
            assertThatThrownBy(look::run).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(recognitions.list(NONGAN, null)).noneMatch(r -> r.id() == recognition);
        assertThat(booklets.list(NONGAN)).noneMatch(b -> b.id() == booklet);
        assertThat(booklets.list(PROVINCE)).anyMatch(b -> b.id() == booklet);
    }

    @Test
    void twoDrawsOfAMonthAtOnceMakeOneAndAFavourCardWithdrawsTheBooklet() throws Exception {
        YearMonth month = YearMonth.of(
                2001 + ThreadLocalRandom.current().nextInt(20),
                1 + ThreadLocalRandom.current().nextInt(12));
        List<Long> issued = new ArrayList<>();
        for (int i = 0; i < 11; i++) { // 11 booklets: ⌈1.1⌉ = 2 drawn
            long person = person();
            long r = recognitions.start(YUNSHAN, form(person, "M03900"), "d.pdf", PDF);
            long booklet = recognitions.recognise(
                    SHUANGYANG, r, recognitions.detail(SHUANGYANG, r).version());
            issuedIn(booklet, month.atDay(10));
            issued.add(booklet);
        }
        var barrier = new CyclicBarrier(2);
        List<Future<Integer>> both = List.of(
                executor.submit(() -> drawAfter(barrier, month)), executor.submit(() -> drawAfter(barrier, month)));
        assertThat(both.get(0).get() + both.get(1).get()).isEqualTo(1);
        assertThat(audits.drawOnDemand(PROVINCE, month.toString())).isZero(); // and again later: still one

        var draw = audits.list(PROVINCE).stream()
                .filter(d -> d.county().equals("220112") && d.month().equals(month))
                .findFirst()
                .orElseThrow();
        assertThat(draw.population()).isEqualTo(11);
        assertThat(draw.drawn()).isEqualTo(2);
        var detail = audits.detail(SHUANGYANG, draw.id());
        assertThat(detail.population()).hasSize(11);
        assertThat(detail.booklets())
                .extracting(RandomAuditService.Drawn::bookletNumber)
                .isEqualTo(cn.ybfp.booklets.domain.MonthlyRandomAudit.draw(detail.population(), draw.seed()));
        assertThatThrownBy(() -> audits.detail(NONGAN, draw.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> audits.drawOnDemand(SHUANGYANG, month.toString()))
                .isInstanceOf(NotPermittedException.class);

        var drawn = detail.booklets().get(0);
        refused( // the issuer may not review their own booklet
                () -> audits.review(SHUANGYANG, drawn.id(), drawn.version(), favourCard()), null, "两人分办");
        refused(
                () -> audits.review(
                        PROVINCE,
                        drawn.id(),
                        drawn.version(),
                        new RandomAuditService.ReviewForm("FAVOUR_CARD", "", "", today.toString(), "x")),
                "responsible",
                "责任主体");
        audits.review(PROVINCE, drawn.id(), drawn.version(), favourCard());
        var withdrawn = booklets.detail(PROVINCE, drawn.bookletId()).row();
        assertThat(withdrawn.status()).isEqualTo(BookletStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).isEqualTo(WithdrawalReason.AUDIT_FINDING);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(today);
        long person = withdrawn.personId();
        refused(() -> check.check(person, CHANGCHUN, "M03900", DiseaseKind.CHRONIC, today), "disease", "没有");
        var again = audits.detail(PROVINCE, draw.id()).booklets().get(0);
        assertThat(again.finding()).isEqualTo(Finding.FAVOUR_CARD);
        refused(() -> audits.review(PROVINCE, again.id(), again.version(), favourCard()), null, "已经复核");
    }

    @Test
    void aHealthListIsComparedAppliedOnceDecidedAndReconciled() throws Exception {
        String target = newIdNumber();
        String second = newIdNumber();
        String notTarget = newIdNumber();
        long targetId = targetPerson(target);
        targetPerson(second);
        register.register(SHUANGYANG, new PersonForm(notTarget, "普通居民", "13900000000", "220112001", null, null, "地址"));
        String csv = "身份证号,姓名,疾病,诊断机构,诊断日期\n"
                + target + ",手册测试,高血压,双阳区医院," + today.minusDays(10) + "\n"
                + second + ",手册测试,M01600,双阳区医院," + today.minusDays(9) + "\n"
                + notTarget + ",普通居民,糖尿病,双阳区医院," + today.minusDays(8) + "\n"
                + newIdNumber() + ",无此人,肺结核,双阳区医院," + today.minusDays(7) + "\n"
                + "22011219800101123X,坏行,高血压,双阳区医院," + today + "\n"
                + target + ",手册测试,高血压病,双阳区医院," + today.minusDays(10) + "\n";
        long id = healthLists.upload(SHUANGYANG, "慢病名单.csv", new java.io.ByteArrayInputStream(csv.getBytes("GBK")));
        var detail = healthLists.detail(SHUANGYANG, id);
        assertThat(detail.rows())
                .extracting(HealthListService.RowView::outcome)
                .containsExactly(
                        ListRowOutcome.ELIGIBLE,
                        ListRowOutcome.ELIGIBLE,
                        ListRowOutcome.NOT_TARGET,
                        ListRowOutcome.UNKNOWN_PERSON,
                        ListRowOutcome.BAD_ROW,
                        ListRowOutcome.BAD_ROW);
        assertThat(detail.rows().get(5).reason()).contains("重复");
        assertThat(detail.rows()).allSatisfy(r -> assertThat(r.maskedIdNumber()).contains("********"));
        assertThatThrownBy(() -> healthLists.detail(NONGAN, id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> healthLists.detail(YUNSHAN, id)).isInstanceOf(RecordNotFoundException.class);

        // a failure half way (the second person gone from the register) leaves nothing: no recognition, still waiting
        long version = detail.list().version();
        long secondPerson = rowPerson(id, 3, -1);
        refused(() -> healthLists.apply(SHUANGYANG, id, version), null, "第 3 行");
        assertThat(healthLists.detail(SHUANGYANG, id).list().status()).isEqualTo(HealthListStatus.COMPARED);
        assertThat(recognitions.list(SHUANGYANG, "PENDING"))
                .noneMatch(r -> r.maskedIdNumber().equals(cn.ybfp.kernel.ResidentId.mask(target)));
        rowPerson(id, 3, secondPerson);

        healthLists.apply(SHUANGYANG, id, version);
        refused(() -> healthLists.apply(SHUANGYANG, id, version), null, "刷新"); // a resent form
        var applied = healthLists.detail(SHUANGYANG, id);
        refused(() -> healthLists.apply(SHUANGYANG, id, applied.list().version()), null, "已经应用");
        long hypertension = applied.rows().get(0).recognitionId();
        long diabetes = applied.rows().get(1).recognitionId();
        assertThat(recognitions.detail(SHUANGYANG, hypertension).row().source())
                .isEqualTo(RecognitionSource.HEALTH_LIST);
        // four eyes: whoever applied the list does not decide its recognitions
        refused(() -> recognitions.recognise(SHUANGYANG, hypertension, 0), null, "两人分办");
        Caller other = caller("xq-it-second", Role.COUNTY_STAFF, "220112");
        recognitions.recognise(
                other, hypertension, recognitions.detail(other, hypertension).version());
        recognitions.coverDrugsOnly(
                other, diabetes, recognitions.detail(other, diabetes).version());
        assertThat(booklets.ofPerson(SHUANGYANG, targetId).booklets()).hasSize(1);

        var reconciled = healthLists.detail(SHUANGYANG, id).reconciliation();
        assertThat(reconciled)
                .allSatisfy(r -> assertThat(r.balanced()).as(r.disease()).isTrue());
        assertThat(reconciled)
                .extracting(
                        HealthListService.Reconciliation::disease,
                        HealthListService.Reconciliation::received,
                        HealthListService.Reconciliation::booklets,
                        HealthListService.Reconciliation::drugCover,
                        HealthListService.Reconciliation::notMatched,
                        HealthListService.Reconciliation::rejected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M00105", 1L, 0L, 0L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("M01600", 2L, 0L, 1L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("M03900", 3L, 1L, 0L, 0L, 2L));
        var out = new java.io.ByteArrayOutputStream();
        healthLists.writeFeedback(SHUANGYANG, id, out);
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("已认定，发放手册");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("用药保障标识");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("台账中无此人");
        }
    }

    @Test
    void aListOfSeveralChunksIsComparedAndAppliedAsRowByRow() throws Exception {
        // the comparison reads the register 500 rows at a time: the chunks' edges, a repeat across them, a booklet
        // holder, a recognition already waiting and another county's person must come out as one row at a time would
        String[] ids = {newIdNumber(), newIdNumber(), newIdNumber(), newIdNumber(), newIdNumber(), newIdNumber()};
        var persons = new java.util.HashMap<String, Long>();
        for (String id : List.of(ids[0], ids[1], ids[2], ids[3], ids[5])) {
            persons.put(id, targetPerson(id));
        }
        long waiting = recognitions.start(YUNSHAN, form(persons.get(ids[2]), "M03900"), "c.pdf", PDF);
        long holder = recognitions.start(YUNSHAN, form(persons.get(ids[3]), "M03900"), "d.pdf", PDF);
        recognitions.recognise(
                SHUANGYANG, holder, recognitions.detail(SHUANGYANG, holder).version());
        register.register(NONGAN, new PersonForm(ids[4], "手册测试", "13900000000", "220122100", null, null, "地址"));
        // distinct fillers: two equal random numbers (about 3 % of runs drew one) would be a repeated row
        var fillers = new java.util.LinkedHashSet<String>();
        while (fillers.size() < 1002) {
            fillers.add(newIdNumber());
        }
        var rows = new ArrayList<String>();
        for (String filler : fillers) {
            rows.add(filler + ",无此人,高血压");
        }
        rows.set(0, ids[0] + ",手册测试,高血压");
        rows.set(499, ids[1] + ",手册测试,糖尿病"); // the first chunk's last row
        rows.set(500, ids[2] + ",手册测试,M03900"); // the second's first: its recognition is waiting already
        rows.set(501, ids[3] + ",手册测试,高血压"); // holds a booklet for it
        rows.set(502, ids[4] + ",手册测试,高血压"); // 农安县's: unknown to 双阳区
        rows.set(1000, ids[0] + ",手册测试,高血压病"); // the first row again, two chunks later
        rows.set(1001, ids[5] + ",手册测试,糖尿病");
        String csv = "身份证号,姓名,疾病,诊断机构,诊断日期\n"
                + String.join(
                        "",
                        rows.stream()
                                .map(r -> r + ",双阳区医院," + today.minusDays(5) + "\n")
                                .toList());
        long id = healthLists.upload(
                SHUANGYANG, "大名单.csv", new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        var detail = healthLists.detail(SHUANGYANG, id);
        assertThat(detail.list().outcomes())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        ListRowOutcome.ELIGIBLE, 4L,
                        ListRowOutcome.HOLDS_BOOKLET, 1L,
                        ListRowOutcome.UNKNOWN_PERSON, 996L,
                        ListRowOutcome.BAD_ROW, 1L));
        healthLists.apply(SHUANGYANG, id, detail.list().version());
        var started = startedRecognitions(id);
        assertThat(started.keySet()).containsExactly(2L, 501L, 502L, 1003L); // lines: the header is line 1
        assertThat(started.get(502L)).isEqualTo(waiting);
        assertThat(List.of(started.get(2L), started.get(501L), started.get(1003L)))
                .doesNotHaveDuplicates()
                .allSatisfy(
                        r -> assertThat(recognitions.detail(SHUANGYANG, r).row().source())
                                .isEqualTo(RecognitionSource.HEALTH_LIST));
    }

    /** The recognition each applied row of a list was linked to, by line. */
    private java.util.Map<Long, Long> startedRecognitions(long list) throws SQLException {
        var started = new java.util.TreeMap<Long, Long>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select line_number, recognition_id from health_list_row"
                        + " where list_id = ? and recognition_id is not null")) {
            s.setLong(1, list);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    started.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return started;
    }

    private long targetPerson(String idNumber) {
        long id = register.register(
                SHUANGYANG, new PersonForm(idNumber, "手册测试", "13900000000", "220112001", null, null, "测试地址"));
        register.addCategory(
                SHUANGYANG,
                id,
                new CategoryForm("LOW_INCOME_GUARANTEE", "CIVIL_AFFAIRS", "长民发〔2022〕7号", "2022-01-01", "2030-12-31"));
        long membership = people.detail(SHUANGYANG, id).orElseThrow().memberships().stream()
                .filter(m -> m.pendingBy() != null)
                .findFirst()
                .orElseThrow()
                .id();
        register.confirmCategory(caller("xq-it-second", Role.COUNTY_STAFF, "220112"), id, membership);
        return id;
    }

    /** Sets the matched person of a list's line (to make the apply fail half way, and back); returns the old one. */
    private long rowPerson(long list, long line, long person) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement read = c.prepareStatement(
                        "select person_id from health_list_row where list_id = ? and line_number = ?");
                PreparedStatement write = c.prepareStatement(
                        "update health_list_row set person_id = ? where list_id = ? and line_number = ?")) {
            read.setLong(1, list);
            read.setLong(2, line);
            long old;
            try (var rs = read.executeQuery()) {
                rs.next();
                old = rs.getLong(1);
            }
            write.setLong(1, person);
            write.setLong(2, list);
            write.setLong(3, line);
            assertThat(write.executeUpdate()).isEqualTo(1);
            return old;
        }
    }

    private int drawAfter(CyclicBarrier barrier, YearMonth month) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return audits.drawOnDemand(PROVINCE, month.toString());
    }

    private RandomAuditService.ReviewForm favourCard() {
        return new RandomAuditService.ReviewForm("FAVOUR_CARD", "DOCTOR", "DISCIPLINE", today.toString(), "诊断证明与病历不符");
    }

    /** Moves a booklet's issue into a past month: the audit draws only months that are over. */
    private void issuedIn(long booklet, LocalDate day) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update booklet set issued_on = ? where id = ?")) {
            s.setObject(1, day);
            s.setLong(2, booklet);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private long person() {
        return register.register(
                SHUANGYANG, new PersonForm(newIdNumber(), "手册测试", "13900000000", "220112001", null, null, "测试地址"));
    }

    private StartForm form(long person, String disease) {
        return new StartForm(
                String.valueOf(person),
                disease,
                "双阳区医院",
                "王医生",
                today.minusDays(3).toString());
    }

    private static void refused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }
}
