package cn.ybfp.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case through its steps on a controllable clock: roles, four eyes, time limits, notice expiry, appeals. */
class AssistanceApplicationTest {

    private static final Caller TOWNSHIP =
            new Caller("xz-yunshan", "王丽", Role.TOWNSHIP_STAFF, DivisionCode.of("220112001"));
    private static final Caller CIVIL_AFFAIRS = new Caller("xq-a", "民政", Role.COUNTY_STAFF, DivisionCode.of("220112"));
    private static final Caller HEALTHCARE = new Caller("xq-b", "医保", Role.COUNTY_STAFF, DivisionCode.of("220112"));
    private static final Caller FINANCE = new Caller("xq-c", "财务", Role.COUNTY_STAFF, DivisionCode.of("220112"));
    private static final TimeLimits LIMITS = new TimeLimits(5, 10, 7, 30);
    /** Monday 2026-11-02, 09:00 Beijing time: the clock every step reads, moved by hand. */
    private LocalDateTime now = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    void aCaseWalksAllSixStepsAndIsPaidOnce() {
        AssistanceApplication a = submitted(EnumSet.of(Material.ID_DOCUMENT, Material.APPLICATION_LETTER));
        assertThat(a.state()).isEqualTo(CaseState.APPLIED);
        assertThat(a.dueOn()).isEqualTo(LocalDate.of(2026, 11, 9)); // 5 working days

        a.accept(TOWNSHIP, EnumSet.of(Material.RECEIPTS), null, now, LIMITS);
        assertThat(a.state()).isEqualTo(CaseState.PENDING_CORRECTION);
        assertThat(a.missing()).containsExactly(Material.RECEIPTS);
        a.complete(TOWNSHIP, "票据已补交", later(1), LIMITS);
        assertThat(a.missing()).isEmpty();
        assertThat(a.received()).contains(Material.RECEIPTS);
        a.forward(TOWNSHIP, "入户调查：家庭收入低，长期透析", "同意上报", later(1), LIMITS);
        a.determine(
                CIVIL_AFFAIRS,
                AssistanceCategory.ILLNESS_IMPOVERISHED,
                "双民认〔2026〕8号",
                LocalDate.of(2026, 11, 5),
                null,
                later(1),
                LIMITS);
        assertThat(a.state()).isEqualTo(CaseState.DETERMINED);
        assertThat(a.dueOn()).isEqualTo(WorkingDays.after(now.toLocalDate(), 10));

        assertThatThrownBy(() ->
                        a.approve(CIVIL_AFFAIRS, "jl-2026", money("3000.00"), money("3000.00"), null, now, LIMITS))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("须由另一名经办人员审批");
        a.approve(HEALTHCARE, "jl-2026", money("3000.00"), money("3000.00"), null, later(1), LIMITS);
        assertThat(a.state()).isEqualTo(CaseState.IN_NOTICE);
        LocalDate noticeEnds = now.toLocalDate().plusDays(7);
        assertThat(a.approval().noticeUntil()).isEqualTo(noticeEnds);

        assertThat(a.endNoticeIfDue(noticeEnds.atTime(23, 59), LIMITS)).isFalse(); // the last day of notice
        assertThat(a.endNoticeIfDue(noticeEnds.plusDays(1).atStartOfDay(), LIMITS))
                .isTrue();
        assertThat(a.state()).isEqualTo(CaseState.FINAL);
        assertThat(a.events()).last().satisfies(e -> assertThat(e.actor()).isEqualTo("system"));

        now = noticeEnds.plusDays(2).atTime(10, 0);
        assertThatThrownBy(() ->
                        a.pay(HEALTHCARE, now.toLocalDate(), PaymentMethod.BANK_TRANSFER, "YH20261113001", now, LIMITS))
                .as("the approver does not also pay out")
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("须由另一名经办人员拨付");
        assertThat(a.state()).isEqualTo(CaseState.FINAL);
        a.pay(FINANCE, now.toLocalDate(), PaymentMethod.BANK_TRANSFER, "YH20261113001", now, LIMITS);
        assertThat(a.state()).isEqualTo(CaseState.PAID);
        assertThatThrownBy(() -> a.pay(FINANCE, now.toLocalDate(), PaymentMethod.BANK_TRANSFER, "again", now, LIMITS))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("已拨付");
        assertThat(a.events())
                .extracting(CaseEvent::action)
                .containsExactly(
                        CaseAction.SUBMIT,
                        CaseAction.ACCEPT_PENDING,
                        CaseAction.COMPLETE,
                        CaseAction.FORWARD,
                        CaseAction.DETERMINE,
                        CaseAction.APPROVE,
                        CaseAction.END_NOTICE,
                        CaseAction.PAY);
        assertThat(a.dueOn()).isNull();
    }

    @Test
    void aRefusedStepChangesNothing() {
        AssistanceApplication a = submitted(EnumSet.allOf(Material.class));
        long events = a.events().size();

        assertThatThrownBy(() -> a.forward(TOWNSHIP, "调查", null, now, LIMITS))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("已申请，待受理")
                .hasMessageContaining("初审通过");
        assertThatThrownBy(() -> a.accept(CIVIL_AFFAIRS, Set.of(), null, now, LIMITS))
                .isInstanceOf(NotPermittedException.class);
        a.accept(TOWNSHIP, Set.of(), null, now, LIMITS);
        assertThatThrownBy(() -> a.accept(TOWNSHIP, Set.of(), null, now, LIMITS))
                .isInstanceOf(CaseRefusedException.class); // a second decision on the same step
        assertThatThrownBy(() -> a.forward(TOWNSHIP, " ", null, now, LIMITS))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessage("入户调查结果：不能为空");
        assertThat(a.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(a.events()).hasSize((int) events + 1);
    }

    @Test
    void aReductionNeedsItsReasonAndAnObjectionReturnsToApproval() {
        AssistanceApplication a = determined();
        assertThatThrownBy(() -> a.approve(HEALTHCARE, "jl-2026", money("3000.00"), money("2000.00"), "", now, LIMITS))
                .hasMessage("核减理由：不能为空");
        assertThatThrownBy(
                        () -> a.approve(HEALTHCARE, "jl-2026", money("3000.00"), money("3000.01"), null, now, LIMITS))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("测算金额 3000.00");
        a.approve(HEALTHCARE, "jl-2026", money("3000.00"), money("2000.00"), "部分票据重复", now, LIMITS);
        assertThat(a.reduced()).isTrue();
        assertThat(a.isAppealable()).isTrue();

        a.object(TOWNSHIP, "村民反映家中有营运车辆", later(2), LIMITS);
        assertThat(a.state()).isEqualTo(CaseState.DETERMINED);
        assertThat(a.approval().noticeUntil()).isNull();
    }

    @Test
    void anAppealIsFiledInTimeDecidedByAnotherClerkAndReopensTheCase() {
        AssistanceApplication a = determined();
        a.reject(HEALTHCARE, "家庭收入超过标准", now, LIMITS);
        LocalDate decided = now.toLocalDate();
        assertThat(a.decision().atState()).isEqualTo(CaseState.DETERMINED);

        assertThatThrownBy(() -> Appeal.ofApplication(a, "收入计算有误", TOWNSHIP, decided.plusDays(31), LIMITS))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("申诉期已过");
        Appeal appeal = Appeal.ofApplication(a, "收入计算有误", TOWNSHIP, decided.plusDays(30), LIMITS);
        assertThat(appeal.contestedBy()).isEqualTo("xq-b");

        assertThatThrownBy(() -> appeal.decide(HEALTHCARE, AppealOutcome.OVERTURNED, "重新核算", now))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("须由另一名经办人员复核");
        assertThatThrownBy(() -> appeal.decide(TOWNSHIP, AppealOutcome.OVERTURNED, "重新核算", now))
                .isInstanceOf(NotPermittedException.class);
        appeal.decide(CIVIL_AFFAIRS, AppealOutcome.OVERTURNED, "收入应扣除医疗支出", now);
        assertThat(appeal.decidedBy()).isEqualTo("xq-a");
        assertThatThrownBy(() -> appeal.decide(CIVIL_AFFAIRS, AppealOutcome.UPHELD, "再议", now))
                .hasMessageContaining("已于");

        a.reopen(CIVIL_AFFAIRS, "申诉成立", later(1), LIMITS);
        assertThat(a.state()).isEqualTo(CaseState.DETERMINED);
        assertThat(a.isAppealable()).isFalse();
        assertThat(a.events()).last().satisfies(e -> assertThat(e.action()).isEqualTo(CaseAction.REOPEN));
    }

    @Test
    void whoeverFiledAnAppealCannotReviewIt() {
        // a bill-line appeal is filed by a county clerk; that clerk may not then decide it
        Appeal appeal = Appeal.ofBillLine(
                7, "ZY1", "基本医保……", "220112001", "张三", "xq-b", "比例算错", CIVIL_AFFAIRS, now.toLocalDate());

        assertThatThrownBy(() -> appeal.decide(CIVIL_AFFAIRS, AppealOutcome.OVERTURNED, "自己复核", now))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("提出申诉的人员不能复核该申诉");
        assertThat(appeal.outcome()).isNull();
        appeal.decide(FINANCE, AppealOutcome.UPHELD, "比例无误", now);
        assertThat(appeal.decidedBy()).isEqualTo("xq-c");
    }

    @Test
    void aNoticeThatHasPassedStandsFinalBeforeTheJobRecordsIt() {
        AssistanceApplication a = determined();
        a.approve(HEALTHCARE, "jl-2026", money("3000.00"), money("3000.00"), null, now, LIMITS);
        LocalDate until = a.approval().noticeUntil(); // Monday 2026-11-02 + 7 days = Monday 2026-11-09
        assertThat(until).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(a.standingOn(until, LIMITS).state()).isEqualTo(CaseState.IN_NOTICE);

        var standing = a.standingOn(until.plusDays(1), LIMITS);
        assertThat(standing.state()).isEqualTo(CaseState.FINAL);
        assertThat(standing.since()).isEqualTo(LocalDate.of(2026, 11, 10));
        // 10 county working days from Tuesday 2026-11-10: Tuesday 2026-11-24
        assertThat(standing.dueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(standing.isOverdue(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(standing.isOverdue(LocalDate.of(2026, 11, 25))).isTrue();
        // reading where it stands changes nothing: the case is still in notice until a step or the job ends it
        assertThat(a.state()).isEqualTo(CaseState.IN_NOTICE);
        assertThat(a.events()).last().satisfies(e -> assertThat(e.action()).isEqualTo(CaseAction.APPROVE));
    }

    @Test
    void theNoticeShowsThePartlyMaskedName() {
        assertThat(submitted(Set.of()).noticeName()).isEqualTo("李*国");
    }

    private AssistanceApplication determined() {
        AssistanceApplication a = submitted(EnumSet.allOf(Material.class));
        a.accept(TOWNSHIP, Set.of(), null, now, LIMITS);
        a.forward(TOWNSHIP, "入户调查属实", null, now, LIMITS);
        a.determine(
                CIVIL_AFFAIRS,
                AssistanceCategory.ILLNESS_IMPOVERISHED,
                "双民认〔2026〕9号",
                now.toLocalDate(),
                null,
                now,
                LIMITS);
        return a;
    }

    private AssistanceApplication submitted(Set<Material> received) {
        var applicant = new AssistanceApplication.Applicant(
                2, "李建国", ResidentId.parse("220112197808050312"), "220112001", "云山村", 2026);
        var household = new AssistanceApplication.Household(3, money("18000.00"), "无", true);
        return new AssistanceApplication(applicant, household, received, List.of(), List.of(), TOWNSHIP, now, LIMITS);
    }

    private LocalDateTime later(int days) {
        now = now.plusDays(days);
        return now;
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
