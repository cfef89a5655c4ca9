package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.AuditAction;
import cn.ybfp.booklets.api.Finding;
import cn.ybfp.booklets.api.Responsible;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.WorkingDays;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The living demo's outpatient chronic and special diseases (门诊慢特病): about a hundred applications for recognition
 * (慢特病认定) over the last nine months, most in 双阳区, each started by the township's clerk with a scanned diagnosis
 * and decided by the county's clerk a few working days later: recognised onto a booklet (门诊慢特病手册, a few with a
 * second disease), the drug cover only (用药保障标识), or refused with a reason; those of the last days still wait, the
 * county's to-do list (/app/booklets/recognitions?status=PENDING). 双阳区 also uploaded and applied the health
 * department's list (卫健部门慢病名单) two weeks ago, and its second clerk (xq-shuangyang-mz) decided part of it. The
 * monthly random audit (随机抽审) is drawn as the schedule draws it, on each month's first working day for the month
 * before ({@link RandomAuditService#drawDue()}); the province (sheng-jianguan) reviewed every earlier draw, one booklet
 * left overdue, and half of the latest month's.
 *
 * <p>Who finds what: xz-yunshan, xz-pinghu and xz-chaluhe their township's booklets and recognitions; every county
 * clerk the county's booklets, recognitions (some pending) and draws; sheng-jianguan all of them. The townships without
 * a demo login (鹿乡镇, 农安县's, 西阳镇, 北大湖镇, 蛟河市's) start theirs as their own clerk (xz-luxiang, xz-nonganzhen…),
 * who cannot log in: recognition is the township's step, and the demo has no login there.
 *
 * <p>The register's eight fixed people are left alone: the browser tests recognise, draw and list them. Which booklets
 * a draw picks is the service's own secure seed (the rule's), so that differs between builds; what is found on them is
 * chosen here, a fault only on a booklet that neither the contracts' chronic-care package nor a second disease needs.
 */
@ApplicationScoped
public class BookletsDemo implements DemoPart {

    /** The register's fixed people (ids 1–8): the browser tests tell their story, so the demo leaves them be. */
    private static final long FIXED_PEOPLE = 8;

    private static final String PROVINCE = "220000";

    /** Service calls per transaction. */
    private static final int BATCH = 150;

    /** Applications per township: most in 双阳区, whose three county clerks make the four-eyes steps possible. */
    private static final Map<String, Integer> APPLICATIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("220112001", 20),
            Map.entry("220112002", 18),
            Map.entry("220112100", 16),
            Map.entry("220122100", 5),
            Map.entry("220122101", 5),
            Map.entry("220122102", 4),
            Map.entry("220221100", 8),
            Map.entry("220221101", 3),
            Map.entry("220221102", 3),
            Map.entry("220281001", 4),
            Map.entry("220281100", 4),
            Map.entry("220281101", 4)));

    /** The county clerk who decides: 双阳区's insurance bureau clerk, and each other county's one clerk. */
    private static final Map<String, DemoUser> DECIDERS = Map.of(
            "220112", DemoUser.XQ_SHUANGYANG,
            "220122", DemoUser.XQ_NONGAN,
            "220221", DemoUser.XQ_YONGJI,
            "220281", DemoUser.XQ_JIAOHE);

    /**
     * The clerks of the townships without a demo login (they cannot log in; the applications part names 农安镇's and
     * 拉法街道's the same way): recognition is started by the township.
     */
    private static final Map<String, String> OTHER_TOWNSHIP_CLERKS = Map.of(
            "220112100", "xz-luxiang",
            "220122100", "xz-nonganzhen",
            "220122101", "xz-fulongquan",
            "220122102", "xz-halahai",
            "220221101", "xz-xiyang",
            "220221102", "xz-beidahu",
            "220281001", "xz-lafa",
            "220281100", "xz-xinzhan",
            "220281101", "xz-tiangang");

    /** The diseases of the demo catalogue with how often they come: hypertension and diabetes above all. */
    private static final String[] DISEASES = {
        "M03900", "M03900", "M03900", "M03900", "M03900", "M03900", "M03900", "M03900", "M01600", "M01600", "M01600",
        "M01600", "M01600", "M01600", "M04600", "M04600", "M04600", "M05300", "M05300", "M04803", "M04803", "M04301",
        "M06900", "M05400", "M00201", "M02300", "M02500", "M00105", "M02101", "M02102", "M07803", "M07800", "M00503",
        "M00503", "M00504", "M01102", "M06201", "M07101"
    };

    /** Hypertension and diabetes: the drug cover's two diseases, and the contracts' chronic-care package's. */
    private static final Set<String> TWO_DISEASES = Set.of("M03900", "M01600");

    /** Special diseases (dialysis, cancer, transplants…) are diagnosed at the city's big hospital. */
    private static final Set<String> CITY_HOSPITAL_DISEASES =
            Set.of("M07803", "M07800", "M00503", "M00504", "M01102", "M06201", "M07101");

    private static final Map<String, List<String>> HOSPITALS = Map.of(
            "220112", List.of("长春市双阳区医院", "长春市双阳区中医院", "吉林大学第一医院"),
            "220122", List.of("农安县人民医院", "农安县中医院", "吉林大学第一医院"),
            "220221", List.of("永吉县医院", "永吉县中医院", "吉林市中心医院"),
            "220281", List.of("蛟河市人民医院", "蛟河市中医院", "吉林市中心医院"));

    private static final List<String> DOCTORS =
            List.of("王立新", "张建华", "刘淑芬", "陈志刚", "杨春梅", "赵国庆", "黄丽娟", "周文斌", "吴海燕", "徐德明", "孙红霞", "马振宇");

    private static final List<String> REFUSALS =
            List.of("诊断证明未附相关检查报告，诊断依据不足", "病情未达到门诊慢特病认定标准", "诊断证明与门诊病历记载不一致", "诊断医院非定点医疗机构，请到定点医院复诊后重新申请");

    @Inject
    RecognitionService recognitions;

    @Inject
    HealthListService healthLists;

    @Inject
    RandomAuditService audits;

    @Inject
    DiseaseCatalogueService catalogues;

    @Inject
    InsuredPersons register;

    @Inject
    DivisionDirectory divisions;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void build(DemoProvince province) {
        Random random = province.random("booklets");
        LocalDate today = province.today();
        LocalDate from = today.minusMonths(9).withDayOfMonth(1);
        ensureCatalogues(province, from.getYear(), today.getYear());
        Map<Long, InsuredPerson> people = people(today);
        List<Application> applications = applications(people, random, from, today);
        run(province, steps(applications));
        List<Application> seconds = secondDiseases(applications, random, today);
        run(province, steps(seconds));
        applications.addAll(seconds);
        Set<Long> applied =
                applications.stream().map(a -> a.person.id()).collect(Collectors.toCollection(TreeSet::new));
        healthList(province, random, today, applied, applications);
        drawAndReview(province, random, from, today, applications);
    }

    /**
     * The catalogue of every year the demo's recognitions fall in: the province copies last year's where a year has
     * none yet (as it would each December), so the demo is current whenever it is built.
     */
    private void ensureCatalogues(DemoProvince province, int firstYear, int lastYear) {
        TreeSet<Integer> years = catalogues.catalogues().stream()
                .filter(c -> c.region().equals(PROVINCE))
                .map(DiseaseCatalogueService.Catalogue::year)
                .collect(Collectors.toCollection(TreeSet::new));
        for (int year = firstYear; year <= lastYear; year++) {
            if (!years.contains(year)) {
                Integer source = years.lower(year);
                if (source == null) {
                    throw new IllegalStateException("no disease catalogue of " + PROVINCE + " to copy into " + year);
                }
                String target = String.valueOf(year);
                province.on(
                        LocalDate.of(year - 1, 12, 20),
                        () -> catalogues.copy(DemoUser.SHENG_JIANGUAN.caller(), PROVINCE, source, PROVINCE, target));
                years.add(year);
            }
        }
    }

    /** The target people of the four counties living normally (not deceased nor moved out), but the fixed eight. */
    private Map<Long, InsuredPerson> people(LocalDate today) {
        Map<Long, InsuredPerson> people = new TreeMap<>();
        for (String county : DECIDERS.keySet().stream().sorted().toList()) {
            Jurisdiction area = new Jurisdiction(DivisionCode.of(county));
            List<Long> ids = register.targets(area, today).keySet().stream()
                    .filter(id -> id > FIXED_PEOPLE)
                    .sorted()
                    .toList();
            register.findAll(area, ids, today).values().stream()
                    .filter(p -> p.status() == PersonStatus.NORMAL)
                    .forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    /** Each township's applications: its older target people first (chronic diseases come with age). */
    private List<Application> applications(
            Map<Long, InsuredPerson> people, Random random, LocalDate from, LocalDate today) {
        Map<String, List<InsuredPerson>> byTownship = new TreeMap<>();
        people.values()
                .forEach(p -> byTownship
                        .computeIfAbsent(p.township().value(), t -> new ArrayList<>())
                        .add(p));
        List<Application> applications = new ArrayList<>();
        Set<String> countiesWithPending = new HashSet<>();
        APPLICATIONS.forEach((township, quota) -> {
            List<InsuredPerson> candidates = new ArrayList<>(byTownship.getOrDefault(township, List.of()));
            Collections.shuffle(candidates, random);
            candidates.sort(Comparator.comparing(p -> ChronoUnit.YEARS.between(p.birthDate(), today) < 35));
            String county = township.substring(0, 6);
            for (InsuredPerson person : candidates.subList(0, Math.min(quota, candidates.size()))) {
                // the first of each county, and one in ten, came in the last days: the county's to-do list
                boolean waiting = countiesWithPending.add(county) || random.nextInt(10) == 0;
                applications.add(
                        application(person, DISEASES[random.nextInt(DISEASES.length)], random, from, today, waiting));
            }
        });
        return applications;
    }

    private Application application(
            InsuredPerson person, String disease, Random random, LocalDate from, LocalDate today, boolean waiting) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        LocalDate started;
        if (waiting) {
            started = workingDay(today.minusDays(random.nextInt(7)), today);
        } else if (random.nextInt(100) < 35) {
            // a push before the month's end: last month's draw has enough booklets to draw from
            started = workingDay(
                    lastMonth.atDay(1).minusDays(5).plusDays(random.nextInt(lastMonth.lengthOfMonth() - 7)), today);
        } else {
            started = workingDay(from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, today) - 10)), today);
        }
        LocalDate decided = WorkingDays.after(started, 1 + random.nextInt(6));
        return new Application(
                person,
                disease,
                hospital(person, disease, random),
                DOCTORS.get(random.nextInt(DOCTORS.size())),
                started.minusDays(2 + random.nextInt(45)),
                started,
                waiting || decided.isAfter(today) ? null : decided,
                outcome(disease, random),
                REFUSALS.get(random.nextInt(REFUSALS.size())));
    }

    private static String hospital(InsuredPerson person, String disease, Random random) {
        List<String> hospitals = HOSPITALS.get(person.township().value().substring(0, 6));
        return CITY_HOSPITAL_DISEASES.contains(disease) ? hospitals.get(2) : hospitals.get(random.nextInt(2));
    }

    /** Most are recognised; the drug cover only for hypertension or diabetes short of the booklet's criteria. */
    private static Outcome outcome(String disease, Random random) {
        int roll = random.nextInt(100);
        if (TWO_DISEASES.contains(disease) && roll < 10) {
            return Outcome.DRUG_COVER;
        }
        return roll < 86 ? Outcome.RECOGNISE : Outcome.REFUSE;
    }

    /** One patient in ten with a booklet comes back a month or two later with a second disease. */
    private List<Application> secondDiseases(List<Application> firsts, Random random, LocalDate today) {
        List<Application> seconds = new ArrayList<>();
        for (Application first : firsts) {
            if (first.decided == null || first.outcome != Outcome.RECOGNISE || random.nextInt(10) != 0) {
                continue;
            }
            LocalDate started = workingDay(first.decided.plusDays(20 + random.nextInt(60)), today);
            LocalDate decided = WorkingDays.after(started, 1 + random.nextInt(5));
            if (decided.isAfter(today)) {
                continue;
            }
            String disease = first.disease.equals("M03900") ? "M01600" : "M03900";
            seconds.add(new Application(
                    first.person,
                    disease,
                    hospital(first.person, disease, random),
                    DOCTORS.get(random.nextInt(DOCTORS.size())),
                    started.minusDays(2 + random.nextInt(20)),
                    started,
                    decided,
                    Outcome.RECOGNISE,
                    null));
        }
        return seconds;
    }

    /** The working day on or after {@code day}, or the last one up to today when that would be after today. */
    private static LocalDate workingDay(LocalDate day, LocalDate today) {
        LocalDate working = WorkingDays.after(day.minusDays(1), 1);
        while (working.isAfter(today) || working.getDayOfWeek().getValue() > 5) {
            working = working.minusDays(1);
        }
        return working;
    }

    /** Each application's start and decision, in the order of their days. */
    private List<Step> steps(List<Application> applications) {
        List<Step> steps = new ArrayList<>();
        for (Application a : applications) {
            steps.add(new Step(a.started, steps.size(), () -> start(a)));
            if (a.decided != null) {
                steps.add(new Step(a.decided, steps.size(), () -> decide(a)));
            }
        }
        return steps;
    }

    private void start(Application a) {
        var form = new RecognitionService.StartForm(
                String.valueOf(a.person.id()), a.disease, a.hospital, a.doctor, a.diagnosed.toString());
        String scan = "%PDF-1.4\n% " + a.hospital + " 诊断证明 " + a.person.name() + " " + a.disease + "\n%%EOF\n";
        a.recognitionId = recognitions.start(
                townshipClerk(a.person.township()),
                form,
                "诊断证明-" + a.person.name() + ".pdf",
                scan.getBytes(StandardCharsets.UTF_8));
    }

    private void decide(Application a) {
        Caller county =
                DECIDERS.get(a.person.township().value().substring(0, 6)).caller();
        long version = recognitions.detail(county, a.recognitionId).version();
        switch (a.outcome) {
            case RECOGNISE -> a.bookletId = recognitions.recognise(county, a.recognitionId, version);
            case DRUG_COVER -> recognitions.coverDrugsOnly(county, a.recognitionId, version);
            case REFUSE -> recognitions.refuse(county, a.recognitionId, version, a.refusal);
        }
    }

    /** The township's demo login, or its clerk without one (recognition is a township's step). */
    private Caller townshipClerk(DivisionCode township) {
        for (DemoUser user : DemoUser.values()) {
            if (user.caller().role() == Role.TOWNSHIP_STAFF
                    && user.caller().division().equals(township)) {
                return user.caller();
            }
        }
        return new Caller(
                OTHER_TOWNSHIP_CLERKS.get(township.value()),
                divisions.nameOf(township) + "经办员",
                Role.TOWNSHIP_STAFF,
                township);
    }

    private void run(DemoProvince province, List<Step> steps) {
        steps.sort(Comparator.comparing(Step::day).thenComparing(Step::order));
        for (int from = 0; from < steps.size(); from += BATCH) {
            List<Step> batch = steps.subList(from, Math.min(from + BATCH, steps.size()));
            province.inOneTransaction(() -> batch.forEach(s -> province.on(s.day(), s.action())));
        }
    }

    /**
     * 双阳区's health department list of two weeks ago: a dozen patients (names, list names and national codes as the
     * department writes them), one already holding a booklet, one written only as 重性精神病 (a bad row); applied by
     * xq-shuangyang, decided in part by xq-shuangyang-mz, the rest still waiting.
     */
    private void healthList(
            DemoProvince province, Random random, LocalDate today, Set<Long> applied, List<Application> applications) {
        LocalDate uploaded = workingDay(today.minusDays(14), today);
        Jurisdiction shuangyang = new Jurisdiction(DivisionCode.of("220112"));
        List<Long> ids = register.targets(shuangyang, uploaded).keySet().stream()
                .filter(id -> id > FIXED_PEOPLE && !applied.contains(id))
                .sorted()
                .toList();
        List<InsuredPerson> fresh = new ArrayList<>(register.findAll(shuangyang, ids, uploaded).values().stream()
                .filter(p -> p.status() == PersonStatus.NORMAL)
                .filter(p -> ChronoUnit.YEARS.between(p.birthDate(), uploaded) >= 40)
                .sorted(Comparator.comparing(InsuredPerson::id))
                .toList());
        Collections.shuffle(fresh, random);
        String[] written = {"高血压", "糖尿病", "高血压", "M04600", "肺结核", "糖尿病", "高血压", "M05300", "糖尿病", "高血压"};
        StringBuilder csv = new StringBuilder("身份证号,姓名,疾病,诊断机构,诊断日期\n");
        for (int i = 0; i < Math.min(written.length + 1, fresh.size()); i++) {
            InsuredPerson p = fresh.get(i);
            String disease = i < written.length ? written[i] : "重性精神病";
            csv.append(line(p, disease, HOSPITALS.get("220112").get(i % 2), uploaded.minusDays(10 + 7L * i)));
        }
        applications.stream()
                .filter(a -> a.person.township().value().startsWith("220112")
                        && a.disease.equals("M03900")
                        && a.outcome == Outcome.RECOGNISE
                        && a.decided != null
                        && a.decided.isBefore(uploaded))
                .findFirst()
                .ifPresent(a -> csv.append(line(a.person, "高血压", a.hospital, a.diagnosed)));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Caller clerk = DemoUser.XQ_SHUANGYANG.caller();
        String name = "卫健部门慢病名单-" + YearMonth.from(uploaded) + ".csv";
        long id = province.on(uploaded, () -> healthLists.upload(clerk, name, new ByteArrayInputStream(file)));
        province.on(
                uploaded,
                () -> healthLists.apply(
                        clerk, id, healthLists.detail(clerk, id).list().version()));
        Caller second = DemoUser.XQ_SHUANGYANG_MZ.caller();
        List<HealthListService.RowView> started = healthLists.detail(second, id).rows().stream()
                .filter(r -> r.recognitionId() != null)
                .toList();
        province.inOneTransaction(() -> {
            for (int i = 0; i < Math.min(7, started.size()); i++) {
                HealthListService.RowView row = started.get(i);
                int n = i;
                province.on(workingDay(WorkingDays.after(uploaded, 1 + i / 3), today), () -> {
                    long version =
                            recognitions.detail(second, row.recognitionId()).version();
                    if (n == 5 && TWO_DISEASES.contains(row.disease())) {
                        recognitions.coverDrugsOnly(second, row.recognitionId(), version);
                    } else if (n == 6) {
                        recognitions.refuse(second, row.recognitionId(), version, REFUSALS.get(0));
                    } else {
                        recognitions.recognise(second, row.recognitionId(), version);
                    }
                });
            }
        });
    }

    private static String line(InsuredPerson p, String disease, String institution, LocalDate diagnosed) {
        return String.join(",", p.residentId().value(), p.name(), disease, institution, diagnosed.toString()) + "\n";
    }

    /**
     * The monthly draws as the schedule makes them, then the province's reviews: every earlier draw reviewed but one
     * booklet (now overdue), and half of the latest month's, the rest due in the coming days.
     */
    private void drawAndReview(
            DemoProvince province, Random random, LocalDate from, LocalDate today, List<Application> applications) {
        List<YearMonth> drawn = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from);
                month.isBefore(YearMonth.from(today));
                month = month.plusMonths(1)) {
            LocalDate day = WorkingDays.firstOf(month.plusMonths(1));
            if (!day.isAfter(today)) {
                province.on(day, () -> audits.drawDue());
                drawn.add(month);
            }
        }
        if (drawn.isEmpty()) {
            return;
        }
        Map<Long, List<Application>> byBooklet = new HashMap<>();
        applications.stream()
                .filter(a -> a.bookletId != 0)
                .forEach(a -> byBooklet
                        .computeIfAbsent(a.bookletId, b -> new ArrayList<>())
                        .add(a));
        Caller reviewer = DemoUser.SHENG_JIANGUAN.caller();
        YearMonth latest = drawn.get(drawn.size() - 1);
        YearMonth before = latest.minusMonths(1);
        List<RandomAuditService.DrawRow> all = audits.list(reviewer);
        List<Step> reviews = new ArrayList<>();
        for (YearMonth month : drawn) {
            List<RandomAuditService.DrawRow> draws = all.stream()
                    .filter(d -> d.month().equals(month))
                    .sorted(Comparator.comparing(RandomAuditService.DrawRow::county))
                    .toList();
            List<RandomAuditService.Drawn> items = new ArrayList<>();
            Map<Long, LocalDate> drawnOn = new HashMap<>();
            for (RandomAuditService.DrawRow draw : draws) {
                for (RandomAuditService.Drawn item :
                        audits.detail(reviewer, draw.id()).booklets()) {
                    items.add(item);
                    drawnOn.put(item.id(), draw.madeAt().toLocalDate());
                }
            }
            for (int i = 0; i < items.size(); i++) {
                boolean left = month.equals(latest) ? i % 2 == 1 : month.equals(before) && i == items.size() - 1;
                if (left) {
                    continue;
                }
                RandomAuditService.Drawn item = items.get(i);
                LocalDate day = workingDay(WorkingDays.after(drawnOn.get(item.id()), 2 + random.nextInt(8)), today);
                var form = finding(byBooklet.getOrDefault(item.bookletId(), List.of()), random, day);
                reviews.add(
                        new Step(day, reviews.size(), () -> audits.review(reviewer, item.id(), item.version(), form)));
            }
        }
        run(province, reviews);
    }

    /**
     * Mostly compliant; now and then a fault, which withdraws the booklet: only on a booklet with one disease that is
     * neither hypertension nor diabetes, so no later step of the demo (a second disease, a chronic-care contract)
     * needs it.
     */
    private static RandomAuditService.ReviewForm finding(List<Application> onBooklet, Random random, LocalDate day) {
        boolean faultable = onBooklet.size() == 1 && !TWO_DISEASES.contains(onBooklet.get(0).disease);
        int roll = random.nextInt(100);
        if (faultable && roll < 8) {
            return new RandomAuditService.ReviewForm(
                    Finding.FAVOUR_DIAGNOSIS.name(),
                    Responsible.DOCTOR.name(),
                    AuditAction.DISCIPLINE.name(),
                    day.toString(),
                    "诊断证明与住院病历记载不符，属人情诊断");
        }
        if (faultable && roll < 14) {
            return new RandomAuditService.ReviewForm(
                    Finding.PROCEDURE_NOT_FOLLOWED.name(),
                    Responsible.INSURANCE_CLERK.name(),
                    AuditAction.CORRECTED.name(),
                    day.toString(),
                    "未核验诊断医院定点资质即予认定");
        }
        return new RandomAuditService.ReviewForm(Finding.COMPLIANT.name(), null, null, day.toString(), "诊断证明与病历一致");
    }

    private enum Outcome {
        RECOGNISE,
        DRUG_COVER,
        REFUSE
    }

    /** One application as the demo lays it out; the ids are filled in as its steps run. */
    private static final class Application {
        final InsuredPerson person;
        final String disease;
        final String hospital;
        final String doctor;
        final LocalDate diagnosed;
        final LocalDate started;
        /** null: still waiting for the county */
        final LocalDate decided;

        final Outcome outcome;
        final String refusal;
        long recognitionId;
        long bookletId;

        Application(
                InsuredPerson person,
                String disease,
                String hospital,
                String doctor,
                LocalDate diagnosed,
                LocalDate started,
                LocalDate decided,
                Outcome outcome,
                String refusal) {
            this.person = person;
            this.disease = disease;
            this.hospital = hospital;
            this.doctor = doctor;
            this.diagnosed = diagnosed;
            this.started = started;
            this.decided = decided;
            this.outcome = outcome;
            this.refusal = refusal;
        }
    }

    /** A service call on its day; {@code order} keeps the calls of one day in the order they were laid out. */
    private record Step(LocalDate day, int order, Runnable action) {}
}
