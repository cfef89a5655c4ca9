package cn.ybfp.applications.application;

import static cn.ybfp.applications.application.ApplicationsDemo.Actor.APPROVER;
import static cn.ybfp.applications.application.ApplicationsDemo.Actor.DETERMINER;
import static cn.ybfp.applications.application.ApplicationsDemo.Actor.PAYER;
import static cn.ybfp.applications.application.ApplicationsDemo.Actor.REVIEWER;
import static cn.ybfp.applications.application.ApplicationsDemo.Actor.SYSTEM;
import static cn.ybfp.applications.application.ApplicationsDemo.Actor.TOWNSHIP;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.ACCEPT;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.ACCEPT_PENDING;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.APPEAL;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.APPROVE;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.COMPLETE;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.DETERMINE;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.END_NOTICE;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.FORWARD;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.OBJECT;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.OVERTURN;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.PAY;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.REDUCE;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.REJECT_AT_APPROVAL;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.REJECT_AT_PRE_REVIEW;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.RETURN;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.SUBMIT;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.UPHOLD;
import static cn.ybfp.applications.application.ApplicationsDemo.Step.WITHDRAW;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The living demo's application-based assistance (依申请救助, issue 19): 54 cases that township and county clerks
 * walked through {@link ApplicationService} and {@link AppealService} in the months before today, each step on the
 * day they took it, so that every state of the procedure stands on some page today, and 8 cases are past their
 * working-day time limit (overdue):
 *
 * <ul>
 *   <li>双阳区 (44 cases): 云山街道 (26) and 平湖街道 (18), entered and pre-reviewed by {@code xz-yunshan} and
 *       {@code xz-pinghu}, the category (因病致贫重病患者, written into the register through its
 *       {@code CategoryRecorder}) determined by {@code xq-shuangyang-mz}, approved by {@code xq-shuangyang}, paid by
 *       {@code xq-shuangyang-cw}, who also reviews the appeals (four eyes): cases waiting for acceptance (待受理),
 *       pending correction (待补正, for missing materials or returned by the county, 退回补正), at pre-review
 *       (待初审), at determination (待身份认定), awaiting approval (待审批, one after an objection to its notice and one
 *       reopened by an overturned appeal), on public notice (公示中, one re-approved after an objection (异议)), past
 *       the notice awaiting payment (待拨付), paid (已拨付, ten, two with a reduced amount 核减), rejected (不予救助: at
 *       pre-review; at approval with an appeal (申诉) still open; at approval with the appeal upheld), withdrawn
 *       (已撤回).
 *   <li>永吉县 岔路河镇 (7 cases, {@code xz-chaluhe}): waiting for acceptance, pending correction, at pre-review, at
 *       determination on {@code xq-yongji}'s list, one rejected at pre-review. 永吉县 has one demo county clerk, who may
 *       not both determine and approve, so its cases stop before approval.
 *   <li>农安县 农安镇 (2) and 蛟河市 拉法街道 (1), at determination on {@code xq-nongan}'s and {@code xq-jiaohe}'s
 *       lists. These townships have no demo login: their township steps are recorded under a township clerk of
 *       their own ({@link #NONGANZHEN_CLERK}, {@link #LAFA_CLERK}), whom nobody logs in as.
 * </ul>
 *
 * Who finds what: each township clerk's 我的待办 ({@code /app/applications}) holds the township's cases waiting for
 * acceptance, correction or pre-review, one of them overdue; the three 双阳区 county clerks share the county's list
 * (13 cases at determination, approval or payment, 3 overdue) and the open appeal; {@code xq-yongji} and
 * {@code xq-nongan} have two cases each (one overdue), {@code xq-jiaohe} one. The township notice list
 * ({@code /app/applications/notices}) shows 云山街道's two and 平湖街道's one notice running; the overview
 * ({@code /app/applications/overview}) counts every case per township for the county clerks and the province.
 *
 * <p>The applicants are target people of the register part (the fixed demo people 1–8 of the browser tests left
 * alone); their costs are 1 to 3 inpatient receipts entered by hand (手工录入票据), so that the settlement engine has
 * fresh costs to assess whatever the claims part settled. Each case carries a scanned application letter (PDF) and
 * a photographed receipt (PNG); the appeals a scanned appeal letter.
 */
@ApplicationScoped
public class ApplicationsDemo implements DemoPart {

    /** The register's fixed demo people (ids 1–8), whom the browser tests expect as the SQL data leaves them. */
    private static final long FIXED_PEOPLE = 8;

    /** Steps are run in one transaction per this many (a whole year in one would hold its locks too long). */
    private static final int STEPS_PER_TRANSACTION = 150;

    /** When the hourly job records a notice's end: in the first hour of the day after its period. */
    private static final LocalTime NOTICE_JOB = LocalTime.of(0, 30);

    private static final DateTimeFormatter VOUCHER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The township clerk of 农安镇, which has no demo login. */
    static final Caller NONGANZHEN_CLERK =
            new Caller("xz-nonganzhen", "农安镇经办员", Role.TOWNSHIP_STAFF, DivisionCode.of("220122100"));

    /** The township clerk of 拉法街道, which has no demo login. */
    static final Caller LAFA_CLERK =
            new Caller("xz-lafa", "拉法街道经办员", Role.TOWNSHIP_STAFF, DivisionCode.of("220281001"));

    /** Who takes a step, as the county's offices split the work (four eyes). */
    enum Actor {
        TOWNSHIP,
        DETERMINER,
        APPROVER,
        PAYER,
        REVIEWER,
        /** The hourly notice job. */
        SYSTEM
    }

    /**
     * One step a demo case goes through, with who takes it and how many working days usually pass before it (the
     * notice's end comes on the day after the notice's period instead, the payment that many working days after it).
     */
    enum Step {
        SUBMIT(TOWNSHIP, 0, 0),
        ACCEPT(TOWNSHIP, 1, 3),
        ACCEPT_PENDING(TOWNSHIP, 1, 3),
        COMPLETE(TOWNSHIP, 2, 4),
        FORWARD(TOWNSHIP, 1, 4),
        REJECT_AT_PRE_REVIEW(TOWNSHIP, 1, 4),
        WITHDRAW(TOWNSHIP, 1, 5),
        DETERMINE(DETERMINER, 2, 8),
        RETURN(DETERMINER, 2, 6),
        APPROVE(APPROVER, 2, 8),
        REDUCE(APPROVER, 2, 8),
        REJECT_AT_APPROVAL(APPROVER, 2, 6),
        /** Received by the township during the notice (within its 7 days). */
        OBJECT(TOWNSHIP, 1, 3),
        END_NOTICE(SYSTEM, 0, 0),
        PAY(PAYER, 1, 6),
        /** Filed through the township, well within the 30 days to appeal. */
        APPEAL(TOWNSHIP, 3, 12),
        UPHOLD(REVIEWER, 3, 8),
        OVERTURN(REVIEWER, 3, 8);

        final Actor actor;
        private final int fewestDays;
        private final int mostDays;

        Step(Actor actor, int fewestDays, int mostDays) {
            this.actor = actor;
            this.fewestDays = fewestDays;
            this.mostDays = mostDays;
        }

        int daysBefore(Random random) {
            return fewestDays + random.nextInt(mostDays - fewestDays + 1);
        }
    }

    /** Where a demo case is left today (its state), and the steps that lead there. */
    enum Ending {
        APPLIED(CaseState.APPLIED, SUBMIT),
        MATERIALS_MISSING(CaseState.PENDING_CORRECTION, SUBMIT, ACCEPT_PENDING),
        /** 退回补正: the county sent it back from determination. */
        RETURNED(CaseState.PENDING_CORRECTION, SUBMIT, ACCEPT, FORWARD, RETURN),
        ACCEPTED(CaseState.ACCEPTED, SUBMIT, ACCEPT),
        PRE_REVIEWED(CaseState.PRE_REVIEWED, SUBMIT, ACCEPT, FORWARD),
        DETERMINED(CaseState.DETERMINED, SUBMIT, ACCEPT, FORWARD, DETERMINE),
        /** An objection to the notice sent it back to approval. */
        OBJECTED(CaseState.DETERMINED, SUBMIT, ACCEPT, FORWARD, DETERMINE, APPROVE, OBJECT),
        IN_NOTICE(CaseState.IN_NOTICE, SUBMIT, ACCEPT, FORWARD, DETERMINE, APPROVE),
        /** On notice again after one objection that the township found unfounded. */
        IN_NOTICE_AFTER_OBJECTION(CaseState.IN_NOTICE, SUBMIT, ACCEPT, FORWARD, DETERMINE, APPROVE, OBJECT, APPROVE),
        FINAL(CaseState.FINAL, SUBMIT, ACCEPT, FORWARD, DETERMINE, APPROVE, END_NOTICE),
        PAID(CaseState.PAID, SUBMIT, ACCEPT, FORWARD, DETERMINE, APPROVE, END_NOTICE, PAY),
        PAID_REDUCED(CaseState.PAID, SUBMIT, ACCEPT, FORWARD, DETERMINE, REDUCE, END_NOTICE, PAY),
        PAID_AFTER_CORRECTION(
                CaseState.PAID, SUBMIT, ACCEPT_PENDING, COMPLETE, FORWARD, DETERMINE, APPROVE, END_NOTICE, PAY),
        PAID_AFTER_RETURN(
                CaseState.PAID,
                SUBMIT,
                ACCEPT,
                FORWARD,
                RETURN,
                COMPLETE,
                FORWARD,
                DETERMINE,
                APPROVE,
                END_NOTICE,
                PAY),
        REJECTED_AT_PRE_REVIEW(CaseState.REJECTED, SUBMIT, ACCEPT, REJECT_AT_PRE_REVIEW),
        APPEAL_OPEN(CaseState.REJECTED, SUBMIT, ACCEPT, FORWARD, DETERMINE, REJECT_AT_APPROVAL, APPEAL),
        APPEAL_UPHELD(CaseState.REJECTED, SUBMIT, ACCEPT, FORWARD, DETERMINE, REJECT_AT_APPROVAL, APPEAL, UPHOLD),
        /** The overturned rejection reopened the case at approval. */
        APPEAL_OVERTURNED(
                CaseState.DETERMINED, SUBMIT, ACCEPT, FORWARD, DETERMINE, REJECT_AT_APPROVAL, APPEAL, OVERTURN),
        WITHDRAWN(CaseState.WITHDRAWN, SUBMIT, ACCEPT, FORWARD, WITHDRAW);

        final CaseState state;
        final List<Step> steps;

        Ending(CaseState state, Step... steps) {
            this.state = state;
            this.steps = List.of(steps);
        }
    }

    /** A county's clerks for the county's steps, and its civil-affairs decisions' document prefix. */
    record County(
            String code, String documentPrefix, Caller determiner, Caller approver, Caller payer, Caller reviewer) {

        /** A county with one demo clerk: its cases stop before approval, which four eyes keeps from that clerk. */
        static County single(String code, String documentPrefix, DemoUser clerk) {
            return new County(code, documentPrefix, clerk.caller(), clerk.caller(), clerk.caller(), clerk.caller());
        }

        Caller caller(Actor actor) {
            return switch (actor) {
                case DETERMINER -> determiner;
                case APPROVER -> approver;
                case PAYER -> payer;
                case REVIEWER -> reviewer;
                case TOWNSHIP, SYSTEM -> throw new IllegalArgumentException(actor + " is not a county clerk");
            };
        }
    }

    /** A township of the demo with its clerk, villages and the county hospital its people also go to. */
    record Township(String code, Caller clerk, County county, List<String> villages, String countyHospital) {}

    /**
     * One planned case: where it ends, and how many working days before today its last clerk's step was taken
     * ({@code overdue}: the step it waits for is past its time limit today, with the default limits).
     */
    record Planned(Township township, Ending ending, int daysAgo, boolean overdue) {}

    private static final County SHUANGYANG = new County(
            "220112",
            "双民认",
            DemoUser.XQ_SHUANGYANG_MZ.caller(),
            DemoUser.XQ_SHUANGYANG.caller(),
            DemoUser.XQ_SHUANGYANG_CW.caller(),
            // another clerk than the approver who decided, of the healthcare-security office
            DemoUser.XQ_SHUANGYANG_CW.caller());
    private static final County YONGJI = County.single("220221", "永民认", DemoUser.XQ_YONGJI);
    private static final County NONGAN = County.single("220122", "农民认", DemoUser.XQ_NONGAN);
    private static final County JIAOHE = County.single("220281", "蛟民认", DemoUser.XQ_JIAOHE);

    private static final Township YUNSHAN = new Township(
            "220112001",
            DemoUser.XZ_YUNSHAN.caller(),
            SHUANGYANG,
            List.of("新华社区", "东风社区", "云山社区", "长胜村", "双顶村"),
            "双阳区人民医院");
    private static final Township PINGHU = new Township(
            "220112002",
            DemoUser.XZ_PINGHU.caller(),
            SHUANGYANG,
            List.of("平湖村", "太平村", "长岭村", "新安村", "石溪村"),
            "双阳区人民医院");
    private static final Township CHALUHE = new Township(
            "220221100", DemoUser.XZ_CHALUHE.caller(), YONGJI, List.of("红旗村", "岔路河村", "腰岭村", "五家子村"), "永吉县人民医院");
    private static final Township NONGANZHEN =
            new Township("220122100", NONGANZHEN_CLERK, NONGAN, List.of("兴农村", "东关村", "宝塔村"), "农安县人民医院");
    private static final Township LAFA =
            new Township("220281001", LAFA_CLERK, JIAOHE, List.of("拉法村", "新农村", "胜利村"), "蛟河市人民医院");

    /** The province's tertiary hospitals, where serious illness is treated (level 3). */
    private static final List<String> PROVINCIAL_HOSPITALS =
            List.of("吉林大学第一医院", "吉林大学第二医院", "吉林大学中日联谊医院", "吉林省肿瘤医院", "吉林省人民医院");

    private static final List<String> ILLNESSES = List.of(
            "申请人患尿毒症，长期血液透析",
            "申请人患肺癌，住院化疗",
            "申请人脑梗死，住院治疗后偏瘫",
            "申请人患乳腺癌，手术及化疗",
            "申请人患急性白血病，住院化疗",
            "申请人冠心病，行支架手术",
            "申请人股骨颈骨折，行关节置换手术",
            "申请人患胃癌，手术治疗");

    private static final List<String> ASSETS =
            List.of("无", "自有砖瓦房一处，无车辆", "承包耕地8亩，无其他财产", "自有住房一处，农用三轮车一辆", "存款约2000元，自有住房一处");

    /** Materials a township often finds missing at acceptance. */
    private static final List<Material> OFTEN_MISSING =
            List.of(Material.INCOME_STATEMENT, Material.ASSET_DECLARATION, Material.DIAGNOSIS, Material.BANK_ACCOUNT);

    /** The cases: township, where it ends, how many working days ago its last step was, and whether it is overdue. */
    static final List<Planned> PLAN = List.of(
            new Planned(YUNSHAN, Ending.APPLIED, 1, false),
            new Planned(YUNSHAN, Ending.APPLIED, 2, false),
            new Planned(YUNSHAN, Ending.APPLIED, 9, true),
            new Planned(YUNSHAN, Ending.MATERIALS_MISSING, 3, false),
            new Planned(YUNSHAN, Ending.RETURNED, 2, false),
            new Planned(YUNSHAN, Ending.ACCEPTED, 1, false),
            new Planned(YUNSHAN, Ending.ACCEPTED, 2, false),
            new Planned(YUNSHAN, Ending.ACCEPTED, 3, false),
            new Planned(YUNSHAN, Ending.PRE_REVIEWED, 2, false),
            new Planned(YUNSHAN, Ending.PRE_REVIEWED, 6, false),
            new Planned(YUNSHAN, Ending.PRE_REVIEWED, 15, true),
            new Planned(YUNSHAN, Ending.DETERMINED, 3, false),
            new Planned(YUNSHAN, Ending.DETERMINED, 6, false),
            new Planned(YUNSHAN, Ending.OBJECTED, 2, false),
            new Planned(YUNSHAN, Ending.IN_NOTICE, 2, false),
            new Planned(YUNSHAN, Ending.IN_NOTICE_AFTER_OBJECTION, 1, false),
            new Planned(YUNSHAN, Ending.FINAL, 8, false),
            new Planned(YUNSHAN, Ending.PAID, 12, false),
            new Planned(YUNSHAN, Ending.PAID, 35, false),
            new Planned(YUNSHAN, Ending.PAID_REDUCED, 60, false),
            new Planned(YUNSHAN, Ending.PAID, 85, false),
            new Planned(YUNSHAN, Ending.PAID, 110, false),
            new Planned(YUNSHAN, Ending.PAID_AFTER_CORRECTION, 140, false),
            new Planned(YUNSHAN, Ending.REJECTED_AT_PRE_REVIEW, 45, false),
            new Planned(YUNSHAN, Ending.WITHDRAWN, 25, false),
            new Planned(YUNSHAN, Ending.APPEAL_UPHELD, 70, false),
            new Planned(PINGHU, Ending.APPLIED, 1, false),
            new Planned(PINGHU, Ending.APPLIED, 3, false),
            new Planned(PINGHU, Ending.MATERIALS_MISSING, 9, true),
            new Planned(PINGHU, Ending.ACCEPTED, 2, false),
            new Planned(PINGHU, Ending.ACCEPTED, 4, false),
            new Planned(PINGHU, Ending.PRE_REVIEWED, 4, false),
            new Planned(PINGHU, Ending.PRE_REVIEWED, 7, false),
            new Planned(PINGHU, Ending.DETERMINED, 5, false),
            new Planned(PINGHU, Ending.DETERMINED, 20, true),
            new Planned(PINGHU, Ending.IN_NOTICE, 3, false),
            new Planned(PINGHU, Ending.FINAL, 24, true),
            new Planned(PINGHU, Ending.PAID, 20, false),
            new Planned(PINGHU, Ending.PAID, 48, false),
            new Planned(PINGHU, Ending.PAID_REDUCED, 95, false),
            new Planned(PINGHU, Ending.PAID_AFTER_RETURN, 130, false),
            new Planned(PINGHU, Ending.APPEAL_OPEN, 4, false),
            new Planned(PINGHU, Ending.APPEAL_OVERTURNED, 6, false),
            new Planned(PINGHU, Ending.WITHDRAWN, 18, false),
            new Planned(CHALUHE, Ending.APPLIED, 2, false),
            new Planned(CHALUHE, Ending.MATERIALS_MISSING, 3, false),
            new Planned(CHALUHE, Ending.ACCEPTED, 1, false),
            new Planned(CHALUHE, Ending.ACCEPTED, 12, true),
            new Planned(CHALUHE, Ending.PRE_REVIEWED, 3, false),
            new Planned(CHALUHE, Ending.PRE_REVIEWED, 18, true),
            new Planned(CHALUHE, Ending.REJECTED_AT_PRE_REVIEW, 30, false),
            new Planned(NONGANZHEN, Ending.PRE_REVIEWED, 5, false),
            new Planned(NONGANZHEN, Ending.PRE_REVIEWED, 14, true),
            new Planned(LAFA, Ending.PRE_REVIEWED, 3, false));

    @Inject
    ApplicationService cases;

    @Inject
    ApplicationQueries queries;

    @Inject
    AppealService appeals;

    @Inject
    InsuredPersons persons;

    @Inject
    CaseSettings settings;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void build(DemoProvince province) {
        Random random = province.random("applications");
        LocalDate today = province.today();
        int noticeDays = settings.limits().noticeDays();
        Map<String, Deque<InsuredPerson>> applicants = applicants(today, random);
        List<Walk> walks = new ArrayList<>();
        for (Planned planned : PLAN) {
            walks.add(new Walk(
                    walks.size(),
                    planned,
                    applicants.get(planned.township().code()).removeFirst(),
                    days(planned.ending().steps, today, planned.daysAgo(), noticeDays, random),
                    random));
        }
        // every step of every case in the order the clerks took them, so that case numbers follow the days
        List<Move> moves = new ArrayList<>();
        for (Walk walk : walks) {
            for (int i = 0; i < walk.days.size(); i++) {
                if (!walk.days.get(i).isBefore(today)) {
                    throw new IllegalStateException("demo case " + walk.seq + " would take a step today or later");
                }
                moves.add(new Move(walk, i));
            }
        }
        moves.sort(Comparator.comparing(Move::day)
                .thenComparingInt(m -> m.walk().seq)
                .thenComparingInt(Move::index));
        Numbers numbers = new Numbers();
        for (int from = 0; from < moves.size(); from += STEPS_PER_TRANSACTION) {
            List<Move> batch = moves.subList(from, Math.min(from + STEPS_PER_TRANSACTION, moves.size()));
            province.inOneTransaction(() -> batch.forEach(move -> take(province, numbers, move)));
        }
    }

    /**
     * Per township of the plan, target people of the register (normal status, not the fixed demo people) in an
     * order drawn from the seed: each case takes the next.
     */
    private Map<String, Deque<InsuredPerson>> applicants(LocalDate today, Random random) {
        Map<String, Integer> wanted = new TreeMap<>();
        PLAN.forEach(p -> wanted.merge(p.township().code(), 1, Integer::sum));
        Map<String, Deque<InsuredPerson>> applicants = new TreeMap<>();
        wanted.forEach((code, count) -> {
            Jurisdiction township = new Jurisdiction(DivisionCode.of(code));
            List<Long> ids = new ArrayList<>(persons.targets(township, today).keySet());
            ids.removeIf(id -> id <= FIXED_PEOPLE);
            Collections.sort(ids);
            Collections.shuffle(ids, random);
            // a few more than needed, for the dead and the moved away among them
            List<Long> drawn = ids.subList(0, Math.min(ids.size(), count * 2));
            Map<Long, InsuredPerson> found = persons.findAll(township, drawn, today);
            Deque<InsuredPerson> queue = new ArrayDeque<>();
            drawn.stream()
                    .map(found::get)
                    .filter(p -> p != null && p.status() == PersonStatus.NORMAL)
                    .limit(count)
                    .forEach(queue::add);
            if (queue.size() < count) {
                throw new IllegalStateException(
                        "the register has " + queue.size() + " target people in " + code + ", the demo needs " + count);
            }
            applicants.put(code, queue);
        });
        return applicants;
    }

    /**
     * The days of a case's steps: the last clerk's step {@code daysAgo} working days before today, each earlier one
     * some working days before the next; the notice's end on the day after its period (the hourly job), and the
     * payment some working days after that.
     */
    static List<LocalDate> days(List<Step> steps, LocalDate today, int daysAgo, int noticeDays, Random random) {
        LocalDate[] days = new LocalDate[steps.size()];
        int last = steps.get(steps.size() - 1) == END_NOTICE ? steps.size() - 2 : steps.size() - 1;
        days[last] = workingDaysBefore(today, daysAgo);
        for (int i = last - 1; i >= 0; i--) {
            if (steps.get(i) == END_NOTICE) {
                continue;
            }
            boolean noticeBetween = steps.get(i + 1) == END_NOTICE;
            int next = noticeBetween ? i + 2 : i + 1;
            LocalDate day = workingDaysBefore(days[next], steps.get(next).daysBefore(random));
            days[i] = noticeBetween ? weekdayOnOrBefore(day.minusDays(noticeDays + 1L)) : day;
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i) == END_NOTICE) {
                days[i] = days[i - 1].plusDays(noticeDays + 1L);
            }
        }
        return List.of(days);
    }

    private static LocalDate workingDaysBefore(LocalDate day, int count) {
        LocalDate date = day;
        for (int left = count; left > 0; ) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    private static LocalDate weekdayOnOrBefore(LocalDate day) {
        LocalDate date = day;
        while (!isWorkingDay(date)) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** One case as planned: the applicant, what the household declared, the costs, and the days of its steps. */
    private static final class Walk {
        final int seq;
        final Planned planned;
        final InsuredPerson person;
        final List<LocalDate> days;
        final String village;
        final int members;
        final BigDecimal income;
        final String assets;
        final String illness;
        final Set<Material> missing;
        final List<ApplicationForm.ReceiptForm> receipts;
        final PaymentMethod paymentMethod;
        long id;
        long appealId;

        Walk(int seq, Planned planned, InsuredPerson person, List<LocalDate> days, Random random) {
            this.seq = seq;
            this.planned = planned;
            this.person = person;
            this.days = days;
            Township township = planned.township();
            this.village =
                    township.villages().get(random.nextInt(township.villages().size()));
            this.members = 1 + random.nextInt(5);
            // rural income per head of a few thousand yuan a year, rounded to the hundred as declared
            this.income = BigDecimal.valueOf(members * (25 + random.nextInt(50)) * 100L, 0)
                    .setScale(2, RoundingMode.UNNECESSARY);
            this.assets = ASSETS.get(random.nextInt(ASSETS.size()));
            this.illness = ILLNESSES.get(random.nextInt(ILLNESSES.size()));
            Set<Material> lacking = EnumSet.noneOf(Material.class);
            if (planned.ending().steps.contains(ACCEPT_PENDING)) {
                List<Material> often = new ArrayList<>(OFTEN_MISSING);
                Collections.shuffle(often, random);
                lacking.addAll(often.subList(0, 1 + random.nextInt(2)));
            }
            this.missing = lacking;
            this.receipts = receipts(township, random);
            this.paymentMethod =
                    random.nextInt(10) < 7 ? PaymentMethod.BANK_TRANSFER : PaymentMethod.SOCIAL_SECURITY_CARD;
        }

        /** The costs' year: that of the application, or last year's in its first weeks. */
        int year() {
            return days.get(0).minusDays(20).getYear();
        }

        /** 1 to 3 inpatient stays of the year, before the application, mostly at a provincial hospital. */
        private List<ApplicationForm.ReceiptForm> receipts(Township township, Random random) {
            LocalDate submitted = days.get(0);
            int year = year();
            LocalDate first = max(LocalDate.of(year, 1, 1), submitted.minusDays(150));
            LocalDate last = min(LocalDate.of(year, 12, 31), submitted.minusDays(5));
            int span = (int) ChronoUnit.DAYS.between(first, last);
            List<ApplicationForm.ReceiptForm> forms = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                boolean provincial = random.nextInt(3) > 0;
                String hospital = provincial
                        ? PROVINCIAL_HOSPITALS.get(random.nextInt(PROVINCIAL_HOSPITALS.size()))
                        : township.countyHospital();
                int wholeYuan = provincial ? 12_000 + random.nextInt(56_000) : 5_000 + random.nextInt(21_000);
                BigDecimal total = BigDecimal.valueOf(wholeYuan * 100L + random.nextInt(100), 2);
                BigDecimal outOfPolicy = total.multiply(BigDecimal.valueOf(5 + random.nextInt(14)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                forms.add(new ApplicationForm.ReceiptForm(
                        hospital,
                        "INPATIENT",
                        first.plusDays(random.nextInt(span + 1)).toString(),
                        provincial ? "3" : "2",
                        total.toPlainString(),
                        outOfPolicy.toPlainString()));
            }
            return forms;
        }

        ApplicationForm form() {
            Set<Material> received = EnumSet.allOf(Material.class);
            received.removeAll(missing);
            return new ApplicationForm(
                    person.residentId().value(),
                    village,
                    String.valueOf(year()),
                    String.valueOf(members),
                    income.toPlainString(),
                    assets,
                    true,
                    received.stream().map(Enum::name).toList(),
                    List.of(),
                    receipts);
        }

        String survey() {
            return "入户调查：家庭" + members + "人，近12个月家庭收入" + income.toPlainString() + "元，" + illness + "，医疗费用负担重，情况属实";
        }
    }

    /** One step of one case, on its day. */
    private record Move(Walk walk, int index) {
        LocalDate day() {
            return walk.days.get(index);
        }

        Step step() {
            return walk.planned.ending().steps.get(index);
        }

        /** A new approval after an objection to the notice. */
        boolean afterObjection() {
            return index > 0 && walk.planned.ending().steps.get(index - 1) == OBJECT;
        }
    }

    /** The serial numbers the counties give their decisions and payments, per year, in the order made. */
    private static final class Numbers {
        private final Map<String, Integer> last = new TreeMap<>();

        int next(String series, int year) {
            return last.merge(series + "-" + year, 1, Integer::sum);
        }
    }

    private void take(DemoProvince province, Numbers numbers, Move move) {
        Walk walk = move.walk();
        if (move.step() == END_NOTICE) {
            // as the hourly job would have on that day; it answers false only when the portal's own job, running
            // while the demo was being built, recorded the end first (the plan puts the day after the period)
            cases.endNotice(walk.id, move.day().atTime(NOTICE_JOB));
            return;
        }
        province.on(move.day(), () -> {
            act(numbers, move);
        });
    }

    private void act(Numbers numbers, Move move) {
        Walk walk = move.walk();
        Step step = move.step();
        LocalDate day = move.day();
        Township township = walk.planned.township();
        County county = township.county();
        Caller clerk = step.actor == TOWNSHIP ? township.clerk() : county.caller(step.actor);
        long id = walk.id;
        switch (step) {
            case SUBMIT -> {
                walk.id = cases.submit(clerk, walk.form());
                String number =
                        queries.view(clerk, walk.id).orElseThrow().application().number();
                cases.attach(clerk, walk.id, "医疗救助申请书.pdf", DemoScans.pdf("Application letter " + number));
                cases.attach(clerk, walk.id, "住院费用票据.png", DemoScans.png(64, 0xee));
            }
            case ACCEPT -> cases.accept(clerk, id, version(clerk, id), Set.of(), "材料齐全，予以受理");
            case ACCEPT_PENDING -> cases.accept(clerk, id, version(clerk, id), walk.missing, "已一次性告知申请人需补正的材料");
            case COMPLETE -> {
                cases.attach(clerk, id, "补正材料.pdf", DemoScans.pdf("Supplementary documents"));
                cases.complete(clerk, id, version(clerk, id), "申请人已补齐材料");
            }
            case FORWARD -> cases.forward(clerk, id, version(clerk, id), walk.survey(), "情况属实，同意上报县级认定");
            case REJECT_AT_PRE_REVIEW -> cases.reject(clerk, id, version(clerk, id), "经入户调查，家庭近12个月人均收入高于认定标准，不符合救助条件");
            case WITHDRAW -> cases.withdraw(clerk, id, version(clerk, id), "申请人已获所在单位工会补助，主动申请撤回");
            case DETERMINE ->
                cases.determine(
                        clerk,
                        id,
                        version(clerk, id),
                        AssistanceCategory.ILLNESS_IMPOVERISHED,
                        county.documentPrefix() + "〔" + day.getYear() + "〕"
                                + numbers.next(county.documentPrefix(), day.getYear()) + "号",
                        day,
                        day.plusYears(1).minusDays(1));
            case RETURN -> cases.returnForCorrection(clerk, id, version(clerk, id), "住院病历首页及费用明细清单不全，请补正后重新报送");
            case APPROVE ->
                cases.approve(clerk, id, version(clerk, id), null, move.afterObjection() ? "经乡镇入户核实，异议不成立，重新审批" : null);
            case REDUCE -> reduce(clerk, id);
            case REJECT_AT_APPROVAL ->
                cases.reject(clerk, id, version(clerk, id), "经测算，所报医疗费用已由基本医保、大病保险和商业保险基本解决，个人负担未达到救助标准");
            case OBJECT -> cases.object(clerk, id, version(clerk, id), "村民反映申请人家庭有未申报的经营性收入");
            case PAY ->
                cases.pay(
                        clerk,
                        id,
                        version(clerk, id),
                        day,
                        walk.paymentMethod,
                        // the county treasury's transfer voucher
                        "ZF" + county.code() + day.format(VOUCHER_DAY)
                                + String.format(
                                        Locale.ROOT, "%03d", numbers.next("ZF" + county.code(), day.getYear())));
            case APPEAL -> {
                walk.appealId = appeals.againstDecision(clerk, id, "申请人认为商业保险并未赔付全部住院费用，提供理赔明细，请求复核");
                String number = appeals.view(clerk, walk.appealId)
                        .orElseThrow()
                        .appeal()
                        .number();
                appeals.attach(clerk, walk.appealId, "申诉书.pdf", DemoScans.pdf("Appeal letter " + number));
            }
            case UPHOLD ->
                appeals.decide(
                        clerk,
                        walk.appealId,
                        appealVersion(clerk, walk.appealId),
                        AppealOutcome.UPHELD,
                        "经复核，商业保险理赔明细与原测算一致，原决定认定事实清楚，维持原决定");
            case OVERTURN ->
                appeals.decide(
                        clerk,
                        walk.appealId,
                        appealVersion(clerk, walk.appealId),
                        AppealOutcome.OVERTURNED,
                        "经复核，商业保险实际赔付少于原测算所用金额，撤销原决定，重新审批");
        }
    }

    /** 核减: a tenth less than the engine assesses, for a cost that a charity paid too. */
    private void reduce(Caller clerk, long id) {
        var view = queries.view(clerk, id).orElseThrow();
        CaseAssessment assessment = view.assessment();
        if (assessment.problem() != null) {
            throw new IllegalStateException(view.application().number() + ": " + assessment.problem());
        }
        BigDecimal amount = assessment.due().multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.DOWN);
        cases.approve(clerk, id, view.application().version(), amount, "部分自费药品费用已获慈善援助项目资助，按规定核减");
    }

    /** The version of the case the clerk sees now, as the case page hands it to the step's form. */
    private long version(Caller clerk, long id) {
        return queries.view(clerk, id).orElseThrow().application().version();
    }

    private long appealVersion(Caller clerk, long appealId) {
        return appeals.view(clerk, appealId).orElseThrow().appeal().version();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
