package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.application.AppealService;
import cn.ybfp.applications.application.ApplicationForm;
import cn.ybfp.applications.application.ApplicationQueries;
import cn.ybfp.applications.application.ApplicationService;
import cn.ybfp.applications.application.CaseNotFoundException;
import cn.ybfp.applications.application.NoticeExpiry;
import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
import cn.ybfp.web.platform.ScheduledRuns;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application workflow inside the deployed WAR on PostgreSQL: two approvals at once (exactly one wins), the
 * register written by the determination, notice expiry, an appeal on a bill line that reverses the bill, and no case
 * of another township or county readable or actionable by id.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

    private static final Caller YUNSHAN = caller("xz-yunshan", Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller PINGHU = caller("xz-pinghu", Role.TOWNSHIP_STAFF, "220112002");
    private static final Caller CIVIL_AFFAIRS = caller("xq-shuangyang-mz", Role.COUNTY_STAFF, "220112");
    private static final Caller HEALTHCARE = caller("xq-shuangyang", Role.COUNTY_STAFF, "220112");
    private static final Caller HEALTHCARE_2 = caller("xq-shuangyang-2", Role.COUNTY_STAFF, "220112");
    private static final Caller YONGJI = caller("xq-yongji", Role.COUNTY_STAFF, "220221");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(ApplicationsIT.class);
    }

    @Inject
    ApplicationService service;

    @Inject
    ApplicationQueries queries;

    @Inject
    AppealService appeals;

    @Inject
    NoticeExpiry expiry;

    @Inject
    ScheduledRuns runs;

    @Inject
    RegisterCommands register;

    @Inject
    SettlementService settlement;

    @Inject
    ClaimQueries claims;

    @Inject
    PersonQueries people;

    @Inject
    InsuredPersons persons;

    @Resource
    ManagedExecutorService executor;

    @Test
    void ofTwoApprovalsAtOnceExactlyOneWins() throws Exception {
        long id = determined(newPerson());
        long version = version(id);
        var start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Caller clerk : List.of(HEALTHCARE, HEALTHCARE_2)) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    service.approve(clerk, id, version, null, null);
                    return "approved";
                } catch (InvalidInputException e) {
                    return "refused: " + e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertThat(outcomes).filteredOn("approved"::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o.startsWith("refused"))
                .singleElement()
                .asString()
                .contains("刚被他人办理");
        var application = queries.view(HEALTHCARE, id).orElseThrow().application();
        assertThat(application.state()).isEqualTo(CaseState.IN_NOTICE);
        assertThat(application.events())
                .filteredOn(e -> e.action() == CaseAction.APPROVE)
                .hasSize(1);
    }

    @Test
    void theDeterminationWritesTheCategoryIntoTheRegister() {
        String idNumber = newPerson();
        long id = determined(idNumber);
        var person = persons.findByIdNumber(new Jurisdiction(DivisionCode.of("220112")), idNumber, LocalDate.now())
                .orElseThrow();
        assertThat(person.categories()).contains(AssistanceCategory.ILLNESS_IMPOVERISHED);
        assertThat(people.detail(HEALTHCARE, person.id()).orElseThrow().memberships())
                .anySatisfy(m -> assertThat(m.documentNumber()).isEqualTo("双民认〔2022〕99号"));
        assertThat(queries.view(HEALTHCARE, id).orElseThrow().assessment()).isNotNull();

        // returned for correction and determined again with the same decision: still one membership
        service.returnForCorrection(HEALTHCARE, id, version(id), "请补充收入证明");
        service.complete(YUNSHAN, id, version(id), "已补交");
        determine(id);
        assertThat(people.detail(HEALTHCARE, person.id()).orElseThrow().memberships())
                .filteredOn(m -> "双民认〔2022〕99号".equals(m.documentNumber()))
                .hasSize(1);
    }

    @Test
    void theNoticeEndsOnTheDayAfterItsPeriod() {
        long id = determined(newPerson());
        service.approve(HEALTHCARE, id, version(id), null, null);
        LocalDate until =
                queries.view(HEALTHCARE, id).orElseThrow().application().noticeUntil();
        expiry.endDueNotices(until.atTime(23, 0));
        assertThat(state(id)).isEqualTo(CaseState.IN_NOTICE);
        assertThat(expiry.endDueNotices(until.plusDays(1).atTime(0, 30))).isPositive();
        assertThat(state(id)).isEqualTo(CaseState.FINAL);
    }

    @Test
    void noCaseOfAnotherTownshipOrCountyIsReadOrActedOn() {
        long id = submitted(newPerson());
        long attachment = service.attach(YUNSHAN, id, "scan.pdf", "%PDF-1.4 scan".getBytes());
        for (Caller outsider : List.of(PINGHU, YONGJI)) {
            assertThat(queries.view(outsider, id)).isEmpty();
            assertThat(queries.attachment(outsider, attachment)).isEmpty();
            assertThat(queries.search(outsider, "SQ" + id)).isEmpty();
            assertThatThrownBy(() -> service.accept(outsider, id, version(id), Set.of(), null))
                    .isInstanceOf(CaseNotFoundException.class);
            assertThatThrownBy(() -> service.attach(outsider, id, "x.pdf", "%PDF-1.4".getBytes()))
                    .isInstanceOf(CaseNotFoundException.class);
            assertThatThrownBy(() -> appeals.againstDecision(outsider, id, "理由"))
                    .isInstanceOf(CaseNotFoundException.class);
        }
        assertThat(queries.attachment(HEALTHCARE, attachment)).isPresent();
        assertThat(state(id)).isEqualTo(CaseState.APPLIED);
    }

    @Test
    void anOverturnedAppealOnABillLineReversesTheBill() {
        String idNumber = newPerson();
        long claimId = settledClaim(idNumber);

        long appeal = appeals.againstBillLine(HEALTHCARE_2, claimId, 0, "基本医保起付线应按一级医院计");
        assertThatThrownBy(() -> appeals.decide(HEALTHCARE, appeal, 0, AppealOutcome.OVERTURNED, "自行复核"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("须由另一名经办人员复核");
        assertThatThrownBy(() -> appeals.decide(HEALTHCARE_2, appeal, 0, AppealOutcome.OVERTURNED, "自己提出，自己复核"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("提出申诉的人员不能复核该申诉");
        assertThatThrownBy(() -> appeals.againstBillLine(YONGJI, claimId, 0, "理由"))
                .isInstanceOf(InvalidInputException.class);
        appeals.decide(CIVIL_AFFAIRS, appeal, 0, AppealOutcome.OVERTURNED, "起付线计算有误，冲正后重新结算");

        var bill = claims.bill(HEALTHCARE, claimId).orElseThrow().claim();
        assertThat(bill.isReversed()).isTrue();
        assertThat(bill.reversalReason()).isEqualTo("申诉 " + String.format("SS%06d", appeal) + " 复核撤销原决定");
    }

    @Test
    void aSettledClaimIsClaimedByOneLiveApplicationOnly() {
        String idNumber = newPerson();
        long claimId = settledClaim(idNumber);
        ApplicationForm form = new ApplicationForm(
                idNumber,
                "云山村",
                "2022",
                "3",
                "12000",
                "无",
                true,
                List.of("ID_DOCUMENT"),
                List.of(String.valueOf(claimId)),
                List.of());

        long first = service.submit(YUNSHAN, form);
        assertThatThrownBy(() -> service.submit(YUNSHAN, form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("同一费用不能重复申请救助");
        service.withdraw(YUNSHAN, first, version(first), "申请人撤回");
        assertThat(service.submit(YUNSHAN, form)).isPositive(); // a withdrawn application frees the claim
    }

    @Test
    void twoApplicationsSubmittedAtOnceNeverClaimTheSameCosts() throws Exception {
        String idNumber = newPerson();
        long claimId = settledClaim(idNumber);
        ApplicationForm form = new ApplicationForm(
                idNumber,
                "云山村",
                "2022",
                "3",
                "12000",
                "无",
                true,
                List.of("ID_DOCUMENT"),
                List.of(String.valueOf(claimId)),
                List.of());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    try {
                        service.submit(YUNSHAN, form);
                        return true;
                    } catch (InvalidInputException e) {
                        return false; // the claim is in the other case, or the other case was just submitted
                    }
                }));
            }
            start.countDown();
            int submitted = 0;
            for (var attempt : tries) {
                submitted += attempt.get() ? 1 : 0;
            }
            assertThat(submitted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameReceiptIsClaimedByOneLiveApplicationOnly() {
        String idNumber = newPerson();
        submitted(idNumber);
        assertThatThrownBy(() -> submitted(idNumber))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("同一张票据")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("receipts"));
    }

    @Test
    void aCaseSaysWhenAChosenClaimWasReversedSince() {
        String idNumber = newPerson();
        long claimId = settledClaim(idNumber);
        long id = service.submit(
                YUNSHAN,
                new ApplicationForm(
                        idNumber,
                        "云山村",
                        "2022",
                        "3",
                        "12000",
                        "无",
                        true,
                        List.of("ID_DOCUMENT"),
                        List.of(String.valueOf(claimId)),
                        List.of()));
        assertThat(queries.view(YUNSHAN, id).orElseThrow().reversedClaims()).isZero();

        long version = claims.bill(HEALTHCARE, claimId).orElseThrow().claim().version();
        assertThat(settlement.reverse(HEALTHCARE, claimId, "费用录入错误", version)).isTrue();

        var view = queries.view(YUNSHAN, id).orElseThrow();
        assertThat(view.claims()).isEmpty();
        assertThat(view.reversedClaims()).isEqualTo(1);
    }

    @Test
    void aScheduledJobRunsOncePerPeriodWhoeverAsks() throws Exception {
        String period = "it-" + System.nanoTime() % 1_000_000_000L; // a period no other run of the test has
        List<Future<Boolean>> claims = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 4; i++) {
            claims.add(executor.submit(() -> {
                start.await();
                try {
                    return runs.claim("it-job", period);
                } catch (RuntimeException e) { // the same key inserted at the same instant
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
        assertThat(runs.claim("it-job", period)).isFalse();
        assertThat(runs.claim("it-job", period + "-next")).isTrue();
    }

    @Test
    void anOpenAppealHoldsThePayment() {
        long id = determined(newPerson());
        String due =
                queries.view(HEALTHCARE, id).orElseThrow().assessment().due().toPlainString();
        service.approve(HEALTHCARE, id, version(id), new java.math.BigDecimal("1.00"), "票据部分重复");
        assertThat(due).isNotEqualTo("1.00");
        appeals.againstDecision(YUNSHAN, id, "核减过多");
        assertThatThrownBy(() -> appeals.againstDecision(YUNSHAN, id, "再次申诉")).hasMessageContaining("已有待复核的申诉");
        LocalDate until =
                queries.view(HEALTHCARE, id).orElseThrow().application().noticeUntil();
        expiry.endDueNotices(until.plusDays(1).atStartOfDay());
        assertThat(state(id)).isEqualTo(CaseState.FINAL);
        assertThatThrownBy(() -> service.pay(
                        CIVIL_AFFAIRS, id, version(id), LocalDate.now(), PaymentMethod.BANK_TRANSFER, "YH1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("待复核的申诉")
                // the same refusal on an English page, the action named by the portal's English label
                .satisfies(e -> assertThat(((InvalidInputException) e).message(java.util.Locale.ENGLISH))
                        .isEqualTo("An appeal on this case waits for review: \"Pay\" is possible after it"));
    }

    /** A level-1 inpatient claim of 2022 settled for the person by xq-shuangyang; answers its id. */
    private long settledClaim(String idNumber) {
        var claim = JsonNodeFactory.instance.objectNode();
        claim.put("id", "IT" + System.nanoTime());
        claim.put("kind", "INPATIENT");
        claim.put("date", "2022-06-01");
        claim.put("admissionDate", "2022-05-20");
        claim.put("hospitalLevel", 1);
        claim.put("totalCost", "5200.00");
        return settlement.confirm(HEALTHCARE, new ClaimRequest(idNumber, "双阳区医院", null, claim));
    }

    private long determined(String idNumber) {
        long id = submitted(idNumber);
        service.accept(YUNSHAN, id, version(id), Set.of(), null);
        determine(id);
        return id;
    }

    private void determine(long id) {
        service.forward(YUNSHAN, id, version(id), "入户调查属实", null);
        service.determine(
                CIVIL_AFFAIRS,
                id,
                version(id),
                AssistanceCategory.ILLNESS_IMPOVERISHED,
                "双民认〔2022〕99号",
                LocalDate.parse("2022-01-01"),
                null);
    }

    private long submitted(String idNumber) {
        // costs of 2022, under jl-2022 (the tests load no demo data, so no scheme of this year)
        var receipt =
                new ApplicationForm.ReceiptForm("吉林大学第一医院", "INPATIENT", "2022-06-01", "2", "30000.00", "1000.00");
        return service.submit(
                YUNSHAN,
                new ApplicationForm(
                        idNumber,
                        "云山村",
                        "2022",
                        "3",
                        "12000",
                        "无",
                        true,
                        List.of("ID_DOCUMENT", "RECEIPTS"),
                        List.of(),
                        List.of(receipt)));
    }

    private String newPerson() {
        String idNumber = newIdNumber();
        register.register(YUNSHAN, new PersonForm(idNumber, "申请测试", "13900000000", "220112001", null, null, "地址"));
        return idNumber;
    }

    private long version(long id) {
        return queries.view(HEALTHCARE, id).orElseThrow().application().version();
    }

    private CaseState state(long id) {
        return queries.view(HEALTHCARE, id).orElseThrow().application().state();
    }
}
