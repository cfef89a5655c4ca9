package cn.ybfp.supervision.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.supervision.api.DecisionKind;
import cn.ybfp.supervision.api.SampleFinding;
import cn.ybfp.supervision.api.SampleMethod;
import cn.ybfp.supervision.api.SchemeBoundValues;
import cn.ybfp.supervision.domain.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The living demo's supervision (省级监管, order 70), done by the county clerks and sheng-jianguan on the days they
 * would have done it, after every other part has done its year of work:
 *
 * <ul>
 *   <li>Reports: the quarter before the last finished one was submitted by all four counties and accepted by the
 *       province. Of the last finished quarter (the one counties report now), 双阳区's round is accepted (已审核通过),
 *       农安县's returned with the reason (已退回: xq-nongan has to submit round 2), 永吉县's submitted and waiting for
 *       the province's decision (已报送，待省级审核: sheng-jianguan's to-do), and 蛟河市 has not submitted yet.
 *   <li>Monitoring counties (监测县) of this year: 双阳区 and 永吉县, marked in January.
 *   <li>A sample (抽查) the province drew from 双阳区's settled bills of the last finished quarter, the ten largest
 *       (deterministic, unlike a random draw), with findings: three problems on the rectification ledger (问题清单):
 *       one answered by the county and closed by the province (已整改销号), one answered recently and waiting for the
 *       province to close it (已反馈，待省级核验), one still open and past its 30-day deadline (待整改, 逾期); five
 *       compliant; the last two not checked yet.
 *   <li>Scheme bounds: a year without bounds gets the last year's, entered by the province. The demo's schemes break
 *       no warning bound (the copied Jilin scheme keeps every value, and no earlier year's scheme of the region is
 *       one or two years back), so there is nothing to sign off.
 * </ul>
 *
 * <p>Who finds what: sheng-jianguan's home page shows 永吉县's round to review and the answered ledger item to close;
 * xq-shuangyang's the accepted report and an open, overdue ledger item; xq-nongan's the returned round; xq-jiaohe's a
 * quarter not submitted; /app/supervision/samples and /app/supervision/ledger hold the sample and its items.
 */
@ApplicationScoped
public class SupervisionDemo implements DemoPart {

    private static final Caller PROVINCE = DemoUser.SHENG_JIANGUAN.caller();
    private static final Caller SHUANGYANG = DemoUser.XQ_SHUANGYANG.caller();
    private static final List<DemoUser> COUNTIES =
            List.of(DemoUser.XQ_SHUANGYANG, DemoUser.XQ_NONGAN, DemoUser.XQ_YONGJI, DemoUser.XQ_JIAOHE);
    private static final List<String> MONITORED = List.of("220112", "220221");
    private static final int SAMPLE_SIZE = 10;

    /** A problem the province finds on a sampled bill: the clause it breaks and what it saw. */
    private record Problem(String clause, String note) {}

    private static final Problem CLASS_MISAPPLIED =
            new Problem("吉政办发〔2022〕16号 四（五）", "医疗救助起付线和支付比例未按结算日的救助类别适用，少支付医疗救助");
    private static final Problem NO_CONSENT = new Problem("云医保〔2020〕128号 （五）", "目录外费用由个人负担，但未见医院告知患者并签字的自费项目知情同意书");
    private static final Problem DAYS_OVERCHARGED =
            new Problem("医保发〔2021〕10号 三（五）", "住院病历记载的住院天数少于费用清单计费天数，政策范围内费用核定偏高");

    @Inject
    ReportService reports;

    @Inject
    ReportSubmissions submissions;

    @Inject
    MonitoringCountyService monitoringCounties;

    @Inject
    SamplingService sampling;

    @Inject
    RectificationService ledger;

    @Inject
    SchemeBoundsService bounds;

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void build(DemoProvince province) {
        province.inOneTransaction(() -> {
            boundsFor(province.today().getYear());
            markMonitoringCounties(province);
            reportQuarters(province);
            sample(province);
            COUNTIES.stream().skip(1).forEach(county -> smallSample(province, county));
        });
    }

    /**
     * Each other county gets a small sample of its three largest bills of the quarter: one compliant, one a problem
     * still open on its ledger (so every county login has an item to answer), one not checked yet.
     */
    private void smallSample(DemoProvince province, DemoUser county) {
        LocalDate today = province.today();
        ReportPeriod quarter = ReportPeriod.lastQuarter(today);
        LocalDate drawn = after(province, quarter, 25);
        LocalDate found = earlier(drawn.plusDays(3), today);
        long sampleId = province.on(
                drawn,
                () -> sampling.draw(
                        PROVINCE,
                        new SamplingService.DrawRequest(
                                county.caller().division().value(),
                                quarter.from(),
                                quarter.to(),
                                EnumSet.of(DecisionKind.BILL),
                                SampleMethod.LARGEST,
                                3)));
        List<SamplingService.ItemView> items =
                sampling.detail(PROVINCE, sampleId).items();
        province.on(
                found,
                () -> sampling.find(
                        PROVINCE,
                        items.get(0).id(),
                        items.get(0).version(),
                        SampleFinding.COMPLIANT,
                        null,
                        null,
                        null));
        if (items.size() > 1) {
            problem(province, found, sampleId, items.get(1), NO_CONSENT, null);
        }
    }

    /** The province enters a year's bounds as last year's when the demo data has none for it. */
    private void boundsFor(int year) {
        if (bounds.hasBounds(year)) {
            return;
        }
        Optional<SchemeBoundValues> last = Optional.empty();
        for (int y = year - 1; last.isEmpty() && y >= 2000; y--) {
            last = bounds.bounds(y);
        }
        bounds.save(PROVINCE, year, last.orElseThrow(() -> new IllegalStateException("no scheme bounds to copy")));
    }

    private void markMonitoringCounties(DemoProvince province) {
        int year = province.today().getYear();
        LocalDate january = earlier(LocalDate.of(year, 1, 15), province.today());
        for (String county : MONITORED) {
            if (!monitoringCounties.of(year).contains(county)) {
                province.on(january, () -> monitoringCounties.toggle(PROVINCE, county, year));
            }
        }
    }

    private void reportQuarters(DemoProvince province) {
        ReportPeriod quarter = ReportPeriod.lastQuarter(province.today());
        ReportPeriod before = quarter.previous();
        for (int i = 0; i < COUNTIES.size(); i++) {
            String county = COUNTIES.get(i).caller().division().value();
            long id = submit(province, COUNTIES.get(i), before, 5 + i);
            province.on(
                    after(province, before, 12 + i),
                    () -> submissions.accept(PROVINCE, id, version(before, county, id)));
        }

        // 双阳区's last quarter waits for its clerk to submit it (the browser tests submit it through the page)
        long nongan = submit(province, DemoUser.XQ_NONGAN, quarter, 7);
        province.on(
                after(province, quarter, 13),
                () -> submissions.giveBack(
                        PROVINCE,
                        nongan,
                        version(quarter, "220122", nongan),
                        "医疗救助支付金额与财政专户拨付台账不一致，请核对本季度救助结算数据后重新报送"));
        submit(province, DemoUser.XQ_YONGJI, quarter, 14);
    }

    private long submit(DemoProvince province, DemoUser clerk, ReportPeriod period, int daysAfter) {
        return province.on(
                after(province, period, daysAfter), () -> submissions.submit(clerk.caller(), period.toString()));
    }

    /** The round's version as the province's report page of the county shows it, which its decision sends back. */
    private long version(ReportPeriod period, String county, long id) {
        return reports.report(PROVINCE, period.toString(), county).rounds().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
    }

    /**
     * The province samples 双阳区's largest bills of the last finished quarter and works through them; each problem
     * goes on the ledger the day it is found, due 30 days later.
     */
    private void sample(DemoProvince province) {
        LocalDate today = province.today();
        ReportPeriod quarter = ReportPeriod.lastQuarter(today);
        LocalDate drawn = after(province, quarter, 20);
        LocalDate found = earlier(drawn.plusDays(2), today);
        LocalDate foundLately = later(found, today.minusDays(20));
        long sampleId = province.on(
                drawn,
                () -> sampling.draw(
                        PROVINCE,
                        new SamplingService.DrawRequest(
                                "220112",
                                quarter.from(),
                                quarter.to(),
                                EnumSet.of(DecisionKind.BILL),
                                SampleMethod.LARGEST,
                                SAMPLE_SIZE)));
        List<SamplingService.ItemView> items =
                sampling.detail(PROVINCE, sampleId).items();
        // the last two are not checked yet
        for (int i = 0; i < items.size() && i < SAMPLE_SIZE - 2; i++) {
            SamplingService.ItemView item = items.get(i);
            switch (i) {
                case 0 -> {
                    long closed = problem(province, found, sampleId, item, CLASS_MISAPPLIED, "县医保局待遇保障股");
                    answer(
                            province,
                            earlier(found.plusDays(12), today),
                            closed,
                            "已按结算日的救助类别重新结算，补付少支付的医疗救助，并对窗口经办人员开展救助类别核对培训。");
                    province.on(
                            earlier(found.plusDays(18), today),
                            () -> ledger.close(PROVINCE, closed, ledgerVersion(closed), "补付凭证和培训记录已核验，同意销号。"));
                }
                case 2 -> problem(province, found, sampleId, item, NO_CONSENT, null);
                case 4 -> {
                    long answered = problem(province, foundLately, sampleId, item, DAYS_OVERCHARGED, null);
                    answer(
                            province,
                            later(foundLately, today.minusDays(3)),
                            answered,
                            "已组织医院对照病历重新核定住院天数和费用，追回多支付的统筹基金，医院已提交整改报告。");
                }
                default ->
                    province.on(
                            found,
                            () -> sampling.find(
                                    PROVINCE, item.id(), item.version(), SampleFinding.COMPLIANT, null, null, null));
            }
        }
    }

    /** Records the problem on the sampled bill; answers the ledger item it became. */
    private long problem(
            DemoProvince province,
            LocalDate day,
            long sampleId,
            SamplingService.ItemView item,
            Problem problem,
            String owner) {
        province.on(
                day,
                () -> sampling.find(
                        PROVINCE,
                        item.id(),
                        item.version(),
                        SampleFinding.PROBLEM,
                        problem.clause(),
                        problem.note(),
                        owner));
        return sampling.detail(PROVINCE, sampleId).items().stream()
                .filter(i -> i.id() == item.id())
                .findFirst()
                .orElseThrow()
                .rectificationId();
    }

    private void answer(DemoProvince province, LocalDate day, long item, String text) {
        province.on(day, () -> ledger.answer(SHUANGYANG, item, ledgerVersion(item), text, null, null));
    }

    private long ledgerVersion(long item) {
        return ledger.detail(PROVINCE, item).item().version();
    }

    /** The day {@code days} after the period's end, or today when that is still to come. */
    private static LocalDate after(DemoProvince province, ReportPeriod period, int days) {
        return earlier(period.to().plusDays(days), province.today());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
