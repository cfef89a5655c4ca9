package cn.ybfp.monitoring.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.kernel.tables.TableColumn;
import cn.ybfp.kernel.tables.TableReader;
import cn.ybfp.monitoring.api.ReviewOutcome;
import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.api.WarningStatus;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The living demo's monitoring (监测预警, order 60). The early warnings are not made here: {@link ClaimMonitor} raised
 * them, and flagged readmissions and outpatient claims during a stay, as the claims part confirmed each bill on its
 * day. This part runs the nightly recomputation once, as the scheduled job does, which adds what no settlement raises
 * (an institution's high admission rate, 住院率偏高), and then does what the clerks did with the warnings and flags:
 *
 * <ul>
 *   <li>双阳区 (xq-shuangyang) pushed all its new warnings two days after the last one was raised (at most 45 days
 *       ago, so an unanswered one is overdue when the warnings came early enough). The departments' answer came three
 *       weeks later and was applied: about two thirds of the answered recognised (已认定，已转救助: the register holds
 *       the category with the document number, and an application-based assistance case waits for the township's
 *       acceptance), the others not recognised (未认定) with the reason. A third of the pushed warnings are still
 *       unanswered (已推送，待反馈); a second answer file, uploaded yesterday, waits to be applied (one recognition, and a
 *       line sent back since its warning was answered already).
 *   <li>永吉县, 农安县 and 蛟河市 keep their warnings as raised (新预警，待推送): a push takes every waiting warning of the
 *       county, so only a county that has not pushed yet shows warnings waiting. A warning withdrawn (已撤销) comes from
 *       a reversal in the claims part.
 *   <li>双阳区 reviewed the older two thirds of its open flags (无问题, 已追回 or 已移交, with a note); the province reviewed
 *       the oldest of 永吉县's when there are several. The others stay open.
 * </ul>
 *
 * <p>So xq-shuangyang's home page shows open flags (and overdue warnings when the push lies more than 30 days back),
 * xq-yongji's and the province's warnings to push and open flags; the townships' warning lists hold their people's
 * warnings in every state, and xz-yunshan's and xz-pinghu's cases the referred assistance cases to accept.
 * /app/monitoring lists each county's loop, /app/monitoring/feedback the applied and the waiting file,
 * /app/monitoring/screens the reviewed and the open flags. A year without the province's parameters (the demo data
 * has them for 2026) first gets the last year's, copied by the province.
 */
@ApplicationScoped
public class MonitoringDemo implements DemoPart {

    /** The answer as the departments send it back: the push file's first columns, then their verdict. */
    private static final String FEEDBACK_HEADER =
            csvLine("预警编号", "身份证号", "姓名", "认定结果", "认定类别", "认定文号", "认定日期", "未认定原因");

    private static final List<String> NOT_RECOGNISED_REASONS =
            List.of("经入户核查，家庭人均收入高于当地低保边缘标准，不符合认定条件", "家庭有商品房两套及经营性车辆，财产状况不符合认定条件", "医疗费用已由商业健康保险赔付大部分，经评估无致贫返贫风险");

    @Inject
    WarningRuleService rules;

    @Inject
    Recomputation recomputation;

    @Inject
    WarningService warnings;

    @Inject
    FeedbackService feedback;

    @Inject
    ScreenService screens;

    @Inject
    InsuredPersons persons;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void build(DemoProvince province) {
        LocalDate today = province.today();
        Random random = province.random("monitoring");
        parametersFor(province, today.getYear());
        province.on(today, () -> recomputation.run(today.getYear()));
        province.inOneTransaction(() -> {
            closeLoop(province, random);
            reviewFlags(province, random);
        });
    }

    /**
     * A year without parameters gets the last year's, copied by the province before the year began; the warnings its
     * claims did not raise then are raised by the recomputation that follows.
     */
    private void parametersFor(DemoProvince province, int year) {
        if (!rules.ofYear(year).isEmpty()) {
            return;
        }
        int from = year - 1;
        while (rules.ofYear(from).isEmpty()) {
            if (from < 2000) {
                throw new IllegalStateException("no monitoring parameters to copy to " + year);
            }
            from--;
        }
        for (int y = from; y < year; y++) {
            int copied = y;
            province.on(LocalDate.of(y, 12, 20), () -> rules.copyToNextYear(DemoUser.SHENG_JIANGUAN.caller(), copied));
        }
    }

    /** 双阳区's loop: one push, the departments' answer applied, and a second answer waiting. */
    private void closeLoop(DemoProvince province, Random random) {
        LocalDate today = province.today();
        Caller county = DemoUser.XQ_SHUANGYANG.caller();
        Optional<LocalDate> lastRaised = Stream.of(today.getYear() - 1, today.getYear())
                .flatMap(year -> warnings.list(county, year, WarningStatus.RAISED).stream())
                .map(WarningService.Row::raisedOn)
                .max(Comparator.naturalOrder());
        if (lastRaised.isEmpty()) {
            return;
        }
        LocalDate pushDay = earlier(today, later(lastRaised.get().plusDays(2), today.minusDays(45)));
        List<Pushed> order = new ArrayList<>(province.on(pushDay, () -> pushFile(county, warnings.push(county))));
        Collections.shuffle(order, random);
        int unanswered = (order.size() + 2) / 3;
        int answered = order.size() - unanswered;
        int notRecognised = (answered + 1) / 3;
        List<Pushed> recognised = order.subList(0, answered - notRecognised);
        List<Pushed> refused = order.subList(answered - notRecognised, answered);
        List<Pushed> waiting = order.subList(answered, order.size());

        LocalDate answerDay = earlier(today, pushDay.plusDays(21));
        LocalDate from = later(pushDay, answerDay.minusDays(4));
        List<String> recognitions = recognised.stream()
                .map(p -> recognition(county, p, from, random))
                .toList();
        if (answered > 0) {
            StringBuilder file = new StringBuilder(FEEDBACK_HEADER);
            recognitions.forEach(file::append);
            refused.forEach(p -> file.append(csvLine(
                    p.number(),
                    p.idNumber(),
                    p.name(),
                    "不予认定",
                    "",
                    "",
                    "",
                    NOT_RECOGNISED_REASONS.get(random.nextInt(NOT_RECOGNISED_REASONS.size())))));
            province.on(answerDay, () -> {
                long id = feedback.upload(county, "预警反馈-" + answerDay + ".csv", csv(file));
                feedback.apply(county, id, feedback.detail(county, id).file().version());
            });
        }

        // the next answer came in yesterday: compared, not applied yet; it repeats a line already answered
        LocalDate waitingDay = later(answerDay, today.minusDays(1));
        StringBuilder next = new StringBuilder(FEEDBACK_HEADER);
        next.append(recognition(county, waiting.get(0), later(pushDay, waitingDay.minusDays(3)), random));
        if (!recognitions.isEmpty()) {
            next.append(recognitions.get(0));
        }
        province.on(waitingDay, () -> feedback.upload(county, "预警反馈-" + waitingDay + ".csv", csv(next)));
    }

    /** The push file the clerk downloads for the departments, as they read it: number, full ID number, name. */
    private List<Pushed> pushFile(Caller county, long pushId) {
        var out = new ByteArrayOutputStream();
        warnings.writePush(county, pushId, out);
        List<Pushed> rows = new ArrayList<>();
        try {
            TableReader.of(PushColumn.class)
                    .read(
                            "预警推送.xlsx",
                            new ByteArrayInputStream(out.toByteArray()),
                            row -> rows.add(new Pushed(
                                    row.cell(PushColumn.NUMBER),
                                    row.cell(PushColumn.ID_NUMBER),
                                    row.cell(PushColumn.NAME))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A recognition as the department writes it: the next category up from what the person holds. */
    private String recognition(Caller county, Pushed warning, LocalDate from, Random random) {
        Set<AssistanceCategory> held = persons.findByIdNumber(Jurisdiction.of(county), warning.idNumber(), from)
                .orElseThrow()
                .categories();
        AssistanceCategory category = recognisedAs(held);
        String office = FeedbackComparison.RECOGNISED_BY.get(category) == Department.CIVIL_AFFAIRS ? "双民救" : "双乡振";
        return csvLine(
                warning.number(),
                warning.idNumber(),
                warning.name(),
                "认定",
                category.label(),
                office + "〔" + from.getYear() + "〕" + (10 + random.nextInt(90)) + "号",
                from.toString(),
                "");
    }

    /**
     * 低保边缘 becomes 低保 and 易返贫致贫 becomes 返贫致贫 (civil affairs, rural revitalisation); a 稳定脱贫 person is taken
     * into the monitoring of those at risk (易返贫致贫); a person of no category (因病致贫) becomes 低保边缘.
     */
    private static AssistanceCategory recognisedAs(Set<AssistanceCategory> held) {
        if (held.contains(AssistanceCategory.MARGINAL_LOW_INCOME)) {
            return AssistanceCategory.LOW_INCOME_GUARANTEE;
        }
        if (held.contains(AssistanceCategory.MONITORED_AT_RISK)) {
            return AssistanceCategory.RETURNED_TO_POVERTY;
        }
        if (held.contains(AssistanceCategory.STABLE_LIFTED)) {
            return AssistanceCategory.MONITORED_AT_RISK;
        }
        return AssistanceCategory.MARGINAL_LOW_INCOME;
    }

    /** The flags of the year: 双阳区 works through its older ones; the province checks one of 永吉县's. */
    private void reviewFlags(DemoProvince province, Random random) {
        LocalDate today = province.today();
        Caller county = DemoUser.XQ_SHUANGYANG.caller();
        List<ScreenService.Flag> open = oldestFirst(screens.list(county, today.getYear(), null, true));
        for (ScreenService.Flag flag : open.subList(0, open.size() - (open.size() + 2) / 3)) {
            review(province, county, flag, random);
        }
        List<ScreenService.Flag> yongji =
                oldestFirst(screens.list(DemoUser.XQ_YONGJI.caller(), today.getYear(), null, true));
        if (yongji.size() > 1) {
            review(province, DemoUser.SHENG_JIANGUAN.caller(), yongji.get(0), random);
        }
    }

    private void review(DemoProvince province, Caller reviewer, ScreenService.Flag flag, Random random) {
        LocalDate day = earlier(province.today(), flag.raisedOn().plusDays(3 + random.nextInt(8)));
        Review review = reviewOf(flag.kind(), random);
        province.on(
                day,
                () -> screens.review(
                        reviewer, flag.id(), flag.version(), review.outcome().name(), review.note()));
    }

    private static Review reviewOf(ScreenKind kind, Random random) {
        return switch (kind) {
            case SPLIT_ADMISSION ->
                random.nextBoolean()
                        ? new Review(ReviewOutcome.NO_PROBLEM, "病情复发需再次住院，病程记录完整，经核实非分解住院")
                        : new Review(ReviewOutcome.RECOVERED, "未达出院标准即办理出院后再次入院，属分解住院，已追回第二次住院统筹基金支付部分");
            case REPEAT_ADMISSION -> new Review(ReviewOutcome.NO_PROBLEM, "出院后病情加重转上级医院治疗，转诊手续齐全，经核实非重复住院");
            case OUTPATIENT_DURING_STAY -> new Review(ReviewOutcome.RECOVERED, "住院期间门诊结算的药品费用应纳入住院费用，已追回门诊统筹支付部分");
            case HIGH_ADMISSION_RATE -> new Review(ReviewOutcome.REFERRED, "已移交县医保局基金监管股现场核查入院指征");
        };
    }

    private static List<ScreenService.Flag> oldestFirst(List<ScreenService.Flag> flags) {
        return flags.stream()
                .sorted(Comparator.comparing(ScreenService.Flag::raisedOn).thenComparingLong(ScreenService.Flag::id))
                .toList();
    }

    private static ByteArrayInputStream csv(StringBuilder lines) {
        return new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvLine(String... cells) {
        return Arrays.stream(cells)
                .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A line of the push file: the warning's number, the person's full ID number and name. */
    private record Pushed(String number, String idNumber, String name) {}

    private record Review(ReviewOutcome outcome, String note) {}

    /** The push file's columns the departments match on. */
    enum PushColumn implements TableColumn {
        NUMBER("预警编号"),
        ID_NUMBER("身份证号"),
        NAME("姓名");

        private final String label;

        PushColumn(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public boolean required() {
            return true;
        }
    }
}
