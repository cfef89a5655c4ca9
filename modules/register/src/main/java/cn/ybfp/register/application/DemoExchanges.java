package cn.ybfp.register.application;

import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.ExchangeStatus;
import cn.ybfp.register.application.DemoPopulation.Recognition;
import cn.ybfp.register.application.DemoPopulation.Resident;
import cn.ybfp.register.application.RegisterDemo.County;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The demo's two department lists of the main county (数据交换比对), uploaded as a county clerk would: CSV files in
 * UTF-8 with the exchange's Chinese headers. The 乡村振兴 list of last month is compared and applied (new people, new,
 * ended and corrected categories, rows that change nothing, and seven rejected rows, one per kind of mistake); this
 * month's 民政 list is compared and waits for a decision. Comparing and applying are Jakarta Batch jobs, so the demo
 * waits for each by polling the batch's status, as the page does.
 */
final class DemoExchanges {

    private static final String HEADER = "身份证号,姓名,类别,行政区划,认定日期,终止日期,文号";
    /** How long a job of a few dozen rows may take before the demo gives up and the start fails with the reason. */
    private static final long PATIENCE_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private static final long POLL_MILLIS = 50;

    private final ExchangeService exchanges;
    private final DemoProvince province;
    private final DemoPopulation population;
    private final Random random;
    private final LocalDate today;

    DemoExchanges(ExchangeService exchanges, DemoProvince province, DemoPopulation population, Random random) {
        this.exchanges = exchanges;
        this.province = province;
        this.population = population;
        this.random = random;
        this.today = province.today();
    }

    /** The rows of a list, as the department's export writes them, in no particular order. */
    private static final class Rows {
        private final List<String> rows = new ArrayList<>();
        private String last;

        void add(
                String idNumber,
                String name,
                String category,
                String division,
                String from,
                LocalDate to,
                String document) {
            rows.add(line(idNumber, name, category, division, from, to, document));
        }

        void add(Resident resident, String category, LocalDate from, LocalDate to, String document) {
            rows.add(line(resident, category, from, to, document));
        }

        /** A row sent twice: the copy comes last, so that it is the one rejected as the duplicate. */
        void repeatAtTheEnd(Resident resident, String category, LocalDate from, String document) {
            last = line(resident, category, from, null, document);
        }

        private static String line(Resident resident, String category, LocalDate from, LocalDate to, String document) {
            return line(
                    resident.idNumber,
                    resident.name,
                    category,
                    resident.township.code().value(),
                    from.toString(),
                    to,
                    document);
        }

        private static String line(
                String idNumber,
                String name,
                String category,
                String division,
                String from,
                LocalDate to,
                String document) {
            return String.join(
                    ",", idNumber, name, category, division, from, to == null ? "" : to.toString(), document);
        }

        byte[] csv(Random random) {
            List<String> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            if (last != null) {
                shuffled.add(last);
            }
            return (HEADER + "\r\n" + String.join("\r\n", shuffled) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    void build(County county, List<Resident> everyone) {
        monitoringList(county, everyone);
        civilAffairsList(county, everyone.stream().filter(county::contains).toList());
    }

    /** The county's applied monitoring list only: a county with one clerk cannot leave a list for a second. */
    void monitoringList(County county, List<Resident> everyone) {
        List<Resident> here = everyone.stream().filter(county::contains).toList();
        Resident outsider =
                RegisterDemo.pick(everyone, r -> !county.contains(r), 1, random).get(0);
        monitoringList(county, here, outsider);
    }

    /**
     * Last month's monitoring list (防止返贫动态监测) of the 乡村振兴 bureau for the county's town, uploaded three days
     * ago by the county clerk and applied by the same clerk (it changes fewer than 100 rows, so one clerk may).
     */
    private void monitoringList(County county, List<Resident> here, Resident outsider) {
        DivisionView town = county.townships().stream()
                .filter(t -> t.name().endsWith("镇"))
                .findFirst()
                .orElse(county.townships().get(0));
        LocalDate from = today.minusMonths(1).withDayOfMonth(1);
        String document = population.document(county.abbreviation(), Department.RURAL_REVITALISATION, from);
        String[] newcomers = {"监测对象", "突发严重困难户", "边缘易致贫户", "返贫致贫户"};
        Rows rows = new Rows();
        for (int i = 0; i < 8; i++) {
            Resident stranger = population.stranger(town, 20, 75);
            rows.add(stranger, newcomers[i % newcomers.length], from, null, document);
        }
        List<Resident> atRisk = RegisterDemo.pick(
                here,
                r -> r.township.equals(town)
                        && r.age(today) >= 18
                        && !r.holds(AssistanceCategory.MONITORED_AT_RISK, today)
                        && !r.holds(AssistanceCategory.RETURNED_TO_POVERTY, today),
                6,
                random);
        atRisk.forEach(r -> rows.add(r, "脱贫不稳定户", from, null, document));
        // the risk removed (风险消除): the same decision, ended a few days ago
        for (Resident r : RegisterDemo.pick(here, r -> monitoredSince(r, 30) != null, 4, random)) {
            Recognition held = monitoredSince(r, 30);
            rows.add(r, "监测对象", held.from(), today.minusDays(5 + random.nextInt(20)), held.documentNumber());
        }
        // the bureau corrected the document numbers of two decisions
        for (Resident r : RegisterDemo.pick(here, r -> rural(r) != null, 2, random)) {
            Recognition held = rural(r);
            String corrected = held.documentNumber();
            while (corrected.equals(held.documentNumber())) {
                corrected = population.document(county.abbreviation(), Department.RURAL_REVITALISATION, held.from());
            }
            rows.add(r, held.category().label(), held.from(), held.to(), corrected);
        }
        for (Resident r : RegisterDemo.pick(here, r -> rural(r) != null, 6, random)) {
            Recognition held = rural(r);
            rows.add(r, held.category().label(), held.from(), held.to(), held.documentNumber());
        }
        rejected(rows, county, town, outsider, from, document, here);
        rows.repeatAtTheEnd(atRisk.get(0), "脱贫不稳定户", from, document);

        Caller clerk = county.clerks().get(0);
        long id = upload(
                clerk, county, "乡村振兴局监测对象名单", Department.RURAL_REVITALISATION, rows.csv(random), today.minusDays(3));
        String decision = exchanges.apply(clerk, id);
        if (!decision.equals("applying")) {
            throw new IllegalStateException("demo: exchange batch " + id + " was not applied: " + decision);
        }
        expect(await(clerk, id, ExchangeStatus.APPLYING), id, ExchangeStatus.APPLIED);
    }

    /** One row per kind of mistake a department makes, each rejected with its reason. */
    private void rejected(
            Rows rows,
            County county,
            DivisionView town,
            Resident outsider,
            LocalDate from,
            String document,
            List<Resident> here) {
        // a mistyped ID number: the check character does not match
        Resident typo = population.stranger(town, 30, 70);
        String number = typo.idNumber.substring(0, 17);
        rows.add(
                number + (ResidentId.checkCharacter(number) == '1' ? '2' : '1'),
                typo.name,
                "监测对象",
                town.code().value(),
                from.toString(),
                null,
                document);
        // a township of another county
        Resident elsewhere = population.stranger(outsider.township, 30, 70);
        rows.add(elsewhere, "监测对象", from, null, document);
        // someone registered in another county
        rows.add(outsider.idNumber, outsider.name, "监测对象", town.code().value(), from.toString(), null, document);
        // a name that differs from the register's
        Resident misspelt =
                RegisterDemo.pick(here, r -> r.township.equals(town), 1, random).get(0);
        String name =
                misspelt.name.substring(0, misspelt.name.length() - 1) + (misspelt.name.endsWith("英") ? "瑛" : "英");
        rows.add(misspelt.idNumber, name, "监测对象", town.code().value(), from.toString(), null, document);
        // 脱贫户 may be stable or monitored: the clerk must ask
        rows.add(population.stranger(town, 30, 70), "脱贫户", from, null, document);
        // an impossible date
        Resident badDate = population.stranger(county.townships().get(0), 30, 70);
        rows.add(
                badDate.idNumber,
                badDate.name,
                "监测对象",
                badDate.township.code().value(),
                today.getYear() + "-02-30",
                null,
                document);
    }

    /**
     * This month's 低保 and 特困 list of the 民政 bureau, uploaded yesterday by the civil-affairs clerk of the county; it
     * waits for a decision (xq-shuangyang's to-do).
     */
    private void civilAffairsList(County county, List<Resident> here) {
        LocalDate from = today.withDayOfMonth(1);
        String document = population.document(county.abbreviation(), Department.CIVIL_AFFAIRS, from);
        Rows rows = new Rows();
        for (int i = 0; i < 6; i++) {
            DivisionView township =
                    county.townships().get(i % county.townships().size());
            boolean alone = i == 5;
            Resident stranger = population.stranger(township, alone ? 65 : 25, alone ? 85 : 70);
            String category = alone ? "特困供养人员" : township.name().endsWith("街道") ? "城市低保" : "农村低保";
            rows.add(stranger, category, from, null, document);
        }
        RegisterDemo.pick(
                        here,
                        r -> r.holds(AssistanceCategory.MARGINAL_LOW_INCOME, today)
                                && !r.holds(AssistanceCategory.LOW_INCOME_GUARANTEE, today),
                        5,
                        random)
                .forEach(r -> rows.add(r, "低保对象", from, null, document));
        // 低保 ended this month (income above the line)
        for (Resident r :
                RegisterDemo.pick(here, r -> held(r, AssistanceCategory.LOW_INCOME_GUARANTEE, 30) != null, 3, random)) {
            Recognition held = held(r, AssistanceCategory.LOW_INCOME_GUARANTEE, 30);
            rows.add(r, "低保对象", held.from(), today.minusDays(3 + random.nextInt(5)), held.documentNumber());
        }
        for (Resident r : RegisterDemo.pick(here, r -> civil(r) != null, 8, random)) {
            Recognition held = civil(r);
            rows.add(r, held.category().label(), held.from(), held.to(), held.documentNumber());
        }
        // a mistyped ID number, and an end date before the decision
        Resident typo = population.stranger(county.townships().get(0), 30, 70);
        String number = typo.idNumber.substring(0, 17);
        rows.add(
                number + (ResidentId.checkCharacter(number) == '1' ? '2' : '1'),
                typo.name,
                "城市低保",
                typo.township.code().value(),
                from.toString(),
                null,
                document);
        rows.add(population.stranger(county.townships().get(1), 30, 70), "低保对象", from, from.minusMonths(1), document);

        Caller clerk = county.clerks().get(1);
        upload(clerk, county, "民政局低保特困名单", Department.CIVIL_AFFAIRS, rows.csv(random), today.minusDays(1));
    }

    /** Uploads the list on the day and waits until it is compared. */
    private long upload(Caller clerk, County county, String title, Department department, byte[] csv, LocalDate day) {
        String fileName =
                county.division().name() + title + "-" + day.format(DateTimeFormatter.ofPattern("yyyyMM")) + ".csv";
        long id = province.on(
                day, () -> exchanges.upload(clerk, fileName, department.name(), new ByteArrayInputStream(csv)));
        expect(await(clerk, id, ExchangeStatus.READING), id, ExchangeStatus.PREVIEWED);
        return id;
    }

    /** The batch once its job has moved it out of {@code running}; the start fails when it takes too long. */
    private ExchangeView await(Caller clerk, long id, ExchangeStatus running) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            ExchangeView view = exchanges.view(clerk, id, null, 1).orElseThrow();
            if (!view.status().equals(running.name())) {
                return view;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(
                        "demo: exchange batch " + id + " still " + running + " after 2 minutes");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("demo: interrupted while waiting for exchange batch " + id, e);
            }
        }
    }

    private static void expect(ExchangeView view, long id, ExchangeStatus wanted) {
        if (!view.status().equals(wanted.name())) {
            throw new IllegalStateException(
                    "demo: exchange batch " + id + " is " + view.status() + ", not " + wanted + ": " + view.message());
        }
    }

    /** The person's 监测对象 decision held today, recognised at least {@code days} days ago; null without one. */
    private Recognition monitoredSince(Resident resident, int days) {
        return held(resident, AssistanceCategory.MONITORED_AT_RISK, days);
    }

    private Recognition held(Resident resident, AssistanceCategory category, int days) {
        return resident.recognitions.stream()
                .filter(c ->
                        c.category() == category && c.heldOn(today) && c.from().isBefore(today.minusDays(days)))
                .findFirst()
                .orElse(null);
    }

    /** A 乡村振兴 decision the person holds today; null without one. */
    private Recognition rural(Resident resident) {
        return resident.recognitions.stream()
                .filter(c -> c.department() == Department.RURAL_REVITALISATION && c.heldOn(today))
                .findFirst()
                .orElse(null);
    }

    /** A 低保 or 特困 decision the person holds today; null without one. */
    private Recognition civil(Resident resident) {
        return resident.recognitions.stream()
                .filter(c -> (c.category() == AssistanceCategory.LOW_INCOME_GUARANTEE
                                || c.category() == AssistanceCategory.EXTREMELY_POOR)
                        && c.heldOn(today))
                .findFirst()
                .orElse(null);
    }
}
