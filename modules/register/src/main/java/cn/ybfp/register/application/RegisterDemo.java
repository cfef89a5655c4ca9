package cn.ybfp.register.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.Sex;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.register.api.CategoryRecorder;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonStatus;
import cn.ybfp.register.api.WriteOffReason;
import cn.ybfp.register.application.DemoPopulation.Family;
import cn.ybfp.register.application.DemoPopulation.Recognition;
import cn.ybfp.register.application.DemoPopulation.Resident;
import cn.ybfp.register.domain.WriteOffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The register's part of the living demo province (演示省份), built first (order 10) since every other part works on
 * its people. About 3,000 people (参保人) in households (家庭, 1–5 people: 户主, 配偶, 子女, 父母, and grandparents
 * raising orphans) in the demo's 12 townships, 双阳区's three larger; each household recognised by its department
 * (民政: 特困, 低保, 低保边缘, 孤儿; 乡村振兴: 监测对象, 返贫致贫, 建档立卡 then 稳定脱贫; 残联: 重度残疾), with validity
 * dates around today (a few ended, a few ending within 60 days). 因病致贫 comes only from the applications' part.
 *
 * <p>How it is entered, as the clerks would:
 * <ul>
 *   <li>people by the township's own login where there is one (xz-yunshan, xz-pinghu, xz-chaluhe), else by the county
 *       clerk ({@link RegisterCommands#register});
 *   <li>categories in 双阳区 by hand by xq-shuangyang and confirmed by xq-shuangyang-mz (the four-eyes rule of
 *       {@link RegisterCommands#addCategory}; a hand entry needs an end date, so these all have one). The other
 *       counties have one county login each, so no second clerk can confirm there: their categories are the
 *       departments' decisions recorded in force through {@link CategoryRecorder}, mostly open-ended. Five 双阳区
 *       entries (低保边缘 raised to 低保 this month) stay 待复核 for xq-shuangyang-mz;
 *   <li>enrolment (参保登记) for every year whose subsidy policy exists in the pooling region (the write-off campaign's
 *       years): about 90% enrolled with a paid date in the campaign (September before to February), some recorded as
 *       职工医保 or 异地参保, the rest without a record;
 *   <li>the write-off list (未参保销号): part of the targets not enrolled are closed by the clerk with a reason (参军,
 *       服刑, 职工参保, 异地参保, 死亡, 其他 with a note, or enrolled late), the rest stay open on the to-do list;
 *   <li>a newborn (新生儿) in a target household of each township, some enrolled; a few people deceased (死亡) or moved
 *       out (迁出);
 *   <li>two department lists of 双阳区 (数据交换比对, {@link DemoExchanges}): the 乡村振兴 list of last month applied
 *       (with its rejected rows), and this month's 民政 list waiting for a decision.
 * </ul>
 *
 * <p>Who finds what: every county and township login finds its people under 参保台账 ({@code /app/register/people}),
 * with classes, enrolments and history; the township logins and county clerks find open cases and the coverage under
 * 未参保销号 ({@code /app/register/write-off}); xq-shuangyang and xq-shuangyang-mz find the two lists under 数据交换比对
 * ({@code /app/register/exchange}), and the province supervisor every county's coverage.
 */
@ApplicationScoped
public class RegisterDemo implements DemoPart {

    /** The county where most demo users work: its townships get more people. */
    private static final DivisionCode MAIN_COUNTY =
            DemoUser.XQ_SHUANGYANG.caller().division();

    private static final int PEOPLE_PER_TOWNSHIP = 215;
    private static final int PEOPLE_PER_MAIN_TOWNSHIP = 370;
    /** One transaction per about this many people: one per call makes the first start slow. */
    private static final int PEOPLE_PER_TRANSACTION = 100;

    private static final int DEATHS = 12;
    private static final int MOVES = 8;
    private static final int PENDING_CATEGORIES = 5;

    private static final String[] OTHER_REASONS = {
        "长期在外务工，联系不上本人，已书面告知村（居）委会", "本人拒绝参保，已签字确认", "户籍迁出手续办理中", "已参加商业保险，经动员仍不参保"
    };

    @Inject
    RegisterCommands commands;

    @Inject
    PersonQueries queries;

    @Inject
    WriteOffService writeOffs;

    @Inject
    ExchangeService exchanges;

    /** The departments' decisions where no second county clerk can confirm a hand entry. */
    @Inject
    CategoryRecorder decisions;

    @Inject
    DivisionDirectory divisions;

    /** A county, its townships, and its county clerks: the first enters, a second confirms. */
    record County(DivisionView division, List<DivisionView> townships, List<Caller> clerks) {

        boolean fourEyes() {
            return clerks.size() > 1;
        }

        /** 双, 农, 永, 蛟: how the county's documents begin. */
        String abbreviation() {
            return division.name().substring(0, 1);
        }

        boolean contains(Resident resident) {
            return division.code().contains(resident.township.code());
        }
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void build(DemoProvince province) {
        LocalDate today = province.today();
        Random random = province.random("register");
        DemoPopulation population = new DemoPopulation(random, today);
        List<County> counties = counties();
        Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns = campaigns(province, counties, today);
        List<Family> families = new ArrayList<>();
        for (County county : counties) {
            for (DivisionView township : county.townships()) {
                boolean main = county.division().code().equals(MAIN_COUNTY);
                List<Family> here = population.families(
                        township,
                        county.division().name(),
                        main ? PEOPLE_PER_MAIN_TOWNSHIP : PEOPLE_PER_TOWNSHIP,
                        county.fourEyes());
                for (List<Family> chunk : chunks(here)) {
                    province.inOneTransaction(() -> chunk.forEach(f -> enter(county, f)));
                    // the second clerk's look and the enrolments, once the entries are saved
                    province.inOneTransaction(() -> chunk.forEach(f -> {
                        confirm(county, f);
                        f.members.forEach(r -> enrol(county, r, campaigns, random, today));
                    }));
                }
                families.addAll(here);
            }
        }
        List<Resident> everyone =
                families.stream().flatMap(f -> f.members.stream()).toList();
        newborns(province, population, counties, families, campaigns, random, today);
        closeCases(province, counties, everyone, campaigns, random, today);
        deathsAndMoves(province, counties, everyone, random, today);
        County main = counties.stream()
                .filter(c -> c.division().code().equals(MAIN_COUNTY))
                .findFirst()
                .orElseThrow();
        pendingCategories(province, population, main, everyone, random, today);
        DemoExchanges lists = new DemoExchanges(exchanges, province, population, random);
        lists.build(main, everyone);
        counties.stream().filter(c -> c != main).forEach(c -> lists.monitoringList(c, everyone));
    }

    /** The counties of the province, each with its townships and its county logins. */
    private List<County> counties() {
        List<DivisionView> all = divisions.visibleTo(DemoUser.SHENG_JIANGUAN.caller());
        return all.stream()
                .filter(d -> d.level() == DivisionLevel.COUNTY)
                .map(county -> new County(
                        county,
                        all.stream()
                                .filter(t -> t.level() == DivisionLevel.TOWNSHIP
                                        && county.code().equals(t.parent()))
                                .toList(),
                        Arrays.stream(DemoUser.values())
                                .map(DemoUser::caller)
                                .filter(c -> c.role() == Role.COUNTY_STAFF
                                        && c.division().equals(county.code()))
                                .toList()))
                .toList();
    }

    /**
     * The enrolment years (last year and this) that have a subsidy policy, per pooling region, with the categories
     * the policy covers: exactly the years and targets of the write-off campaign. Enrolment is refused without one.
     */
    private Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns(
            DemoProvince province, List<County> counties, LocalDate today) {
        Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns = new TreeMap<>();
        province.inOneTransaction(() -> counties.stream()
                .map(c -> c.division().code().parent().orElseThrow())
                .distinct()
                .forEach(region -> {
                    for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                        for (WriteOffs.Target target : writeOffs.targets(new Jurisdiction(region), year)) {
                            campaigns
                                    .computeIfAbsent(region, r -> new TreeMap<>())
                                    .put(year, Set.copyOf(target.covered()));
                        }
                    }
                }));
        return campaigns;
    }

    private static Map<Integer, Set<AssistanceCategory>> campaignsOf(
            Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns, Resident resident) {
        return campaigns.getOrDefault(Authority.poolingRegionOf(resident.township.code()), Map.of());
    }

    private static List<List<Family>> chunks(List<Family> families) {
        List<List<Family>> chunks = new ArrayList<>();
        List<Family> chunk = new ArrayList<>();
        int people = 0;
        for (Family family : families) {
            chunk.add(family);
            people += family.members.size();
            if (people >= PEOPLE_PER_TRANSACTION) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                people = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /** The township's own login where the demo has one, else the county clerk. */
    private static Caller registrar(County county, DivisionView township) {
        return Arrays.stream(DemoUser.values())
                .map(DemoUser::caller)
                .filter(c -> c.role() == Role.TOWNSHIP_STAFF && c.division().equals(township.code()))
                .findFirst()
                .orElse(county.clerks().get(0));
    }

    private static County countyOf(List<County> counties, Resident resident) {
        return counties.stream().filter(c -> c.contains(resident)).findFirst().orElseThrow();
    }

    /** Registers the household (its head first, then the others into it) and enters its categories. */
    private void enter(County county, Family family) {
        Caller registrar = registrar(county, family.township);
        Resident head = family.head();
        head.id = commands.register(
                registrar,
                new PersonForm(
                        head.idNumber,
                        head.name,
                        head.phone,
                        family.township.code().value(),
                        null,
                        null,
                        family.address));
        if (family.members.size() > 1) {
            family.householdId = commands.householdOf(registrar, head.id);
            family.members.subList(1, family.members.size()).forEach(member -> join(registrar, member));
        }
        family.members.forEach(r -> r.recognitions.forEach(c -> recognise(county, r, c)));
    }

    private void join(Caller registrar, Resident member) {
        member.id = commands.register(
                registrar,
                new PersonForm(
                        member.idNumber,
                        member.name,
                        member.phone,
                        member.township.code().value(),
                        member.family.householdId,
                        member.relation,
                        null));
    }

    /** By hand where a second clerk will confirm it; otherwise as the department's decision, in force at once. */
    private void recognise(County county, Resident resident, Recognition c) {
        Caller clerk = county.clerks().get(0);
        if (county.fourEyes()) {
            commands.addCategory(clerk, resident.id, form(c));
        } else {
            decisions.record(clerk, resident.id, c.category(), c.department(), c.documentNumber(), c.from(), c.to());
        }
    }

    private static CategoryForm form(Recognition c) {
        return new CategoryForm(
                c.category().name(),
                c.department().name(),
                c.documentNumber(),
                c.from().toString(),
                c.to() == null ? null : c.to().toString());
    }

    /** The second county clerk confirms what the first entered by hand (复核). */
    private void confirm(County county, Family family) {
        if (!county.fourEyes()) {
            return;
        }
        Caller second = county.clerks().get(1);
        for (Resident resident : family.members) {
            if (resident.recognitions.isEmpty()) {
                continue;
            }
            commands.pendingCategories(second, resident.id)
                    .forEach(id -> commands.confirmCategory(second, resident.id, id));
        }
    }

    /**
     * Each campaign year: mostly enrolled on a day of the campaign (特困 and orphans, paid in full by the subsidy,
     * almost all), some of working age insured as employees or elsewhere, the rest without a record.
     */
    private void enrol(
            County county,
            Resident resident,
            Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns,
            Random random,
            LocalDate today) {
        Caller registrar = registrar(county, resident.township);
        boolean paidInFull = resident.holds(AssistanceCategory.EXTREMELY_POOR, today)
                || resident.holds(AssistanceCategory.ORPHAN, today);
        int age = resident.age(today);
        for (int year : campaignsOf(campaigns, resident).keySet()) {
            int draw = random.nextInt(100);
            if (draw < (paidInFull ? 97 : 90)) {
                Optional<LocalDate> paid = campaignDay(year, resident.birthDate, random, today);
                if (paid.isPresent()) {
                    record(registrar, resident, year, EnrolmentStatus.ENROLLED, paid.get());
                }
            } else if (draw < 95 && age >= 22 && age <= 55) {
                record(
                        registrar,
                        resident,
                        year,
                        random.nextBoolean() ? EnrolmentStatus.EMPLOYEE_INSURANCE : EnrolmentStatus.ENROLLED_ELSEWHERE,
                        null);
            }
        }
    }

    private void record(Caller registrar, Resident resident, int year, EnrolmentStatus status, LocalDate paid) {
        commands.recordEnrolment(
                registrar,
                resident.id,
                new EnrolmentForm(String.valueOf(year), status.name(), paid == null ? null : paid.toString()));
        resident.enrolments.put(year, status);
    }

    /** A day of the year's enrolment campaign (from September of the year before to February), not after today. */
    private static Optional<LocalDate> campaignDay(int year, LocalDate born, Random random, LocalDate today) {
        LocalDate first = LocalDate.of(year - 1, 9, 1);
        if (first.isBefore(born.plusDays(30))) {
            first = born.plusDays(30);
        }
        LocalDate last = LocalDate.of(year, 3, 1).minusDays(1);
        if (last.isAfter(today.minusDays(1))) {
            last = today.minusDays(1);
        }
        return between(first, last, random);
    }

    private static Optional<LocalDate> between(LocalDate first, LocalDate last, Random random) {
        if (first.isAfter(last)) {
            return Optional.empty();
        }
        return Optional.of(first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1)));
    }

    /**
     * A child born in the last months into a target household of each township (young parents on a covered
     * category): a target of the write-off campaign by birth (新增一人、标识一人、参保一人); some already enrolled.
     */
    private void newborns(
            DemoProvince province,
            DemoPopulation population,
            List<County> counties,
            List<Family> families,
            Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns,
            Random random,
            LocalDate today) {
        province.inOneTransaction(() -> {
            for (County county : counties) {
                for (DivisionView township : county.townships()) {
                    List<Family> young = families.stream()
                            .filter(f -> f.township.equals(township) && youngCoveredCouple(f, today))
                            .toList();
                    if (young.isEmpty()) {
                        continue;
                    }
                    Family family = young.get(random.nextInt(young.size()));
                    Resident child = population.newborn(family, 20 + random.nextInt(280));
                    Caller registrar = registrar(county, township);
                    join(registrar, child);
                    int year = today.getYear();
                    if (campaignsOf(campaigns, child).containsKey(year) && random.nextInt(100) < 60) {
                        Optional<LocalDate> paid = between(child.birthDate.plusDays(15), today.minusDays(1), random);
                        if (paid.isPresent()) {
                            record(registrar, child, year, EnrolmentStatus.ENROLLED, paid.get());
                        }
                    }
                }
            }
        });
    }

    private static boolean youngCoveredCouple(Family family, LocalDate today) {
        int headAge = family.head().age(today);
        return headAge <= 42
                && family.members.stream().anyMatch(r -> r.relation.equals("配偶"))
                && family.members.stream()
                        .anyMatch(r -> r.recognitions.stream()
                                .anyMatch(c -> c.category().defaultClass().isPresent() && c.heldOn(today)));
    }

    /** One closing of a write-off case, on the day the clerk did it. */
    private record Closing(
            LocalDate day, Caller clerk, Resident resident, int year, WriteOffReason reason, String note) {}

    /**
     * The clerks close part of the write-off cases (未参保销号): nearly all of those insured elsewhere, about a third
     * of the others with a documented reason or a late enrolment; the rest stay open on the to-do list.
     */
    private void closeCases(
            DemoProvince province,
            List<County> counties,
            List<Resident> everyone,
            Map<DivisionCode, Map<Integer, Set<AssistanceCategory>>> campaigns,
            Random random,
            LocalDate today) {
        List<Closing> closings = new ArrayList<>();
        for (Resident resident : everyone) {
            for (Map.Entry<Integer, Set<AssistanceCategory>> campaign :
                    campaignsOf(campaigns, resident).entrySet()) {
                int year = campaign.getKey();
                EnrolmentStatus recorded = resident.enrolments.get(year);
                if (!resident.free() || recorded == EnrolmentStatus.ENROLLED) {
                    continue;
                }
                Optional<LocalDate> day = closingDay(year, random, today);
                // a case is on the list while the person holds a covered category: on the day for this year
                LocalDate heldOn = year >= today.getYear() ? day.orElse(today) : LocalDate.of(year, 12, 31);
                boolean target = resident.recognitions.stream()
                        .anyMatch(c -> campaign.getValue().contains(c.category()) && c.heldOn(heldOn));
                if (day.isEmpty() || !target || random.nextInt(100) >= (recorded != null ? 80 : 35)) {
                    continue;
                }
                WriteOffReason reason = reason(resident, recorded, random, today);
                String note =
                        reason == WriteOffReason.OTHER ? OTHER_REASONS[random.nextInt(OTHER_REASONS.length)] : null;
                closings.add(new Closing(
                        day.get(),
                        registrar(countyOf(counties, resident), resident.township),
                        resident,
                        year,
                        reason,
                        note));
                resident.taken = true;
                if (reason == WriteOffReason.ENROLLED) {
                    resident.enrolments.put(year, EnrolmentStatus.ENROLLED);
                }
            }
        }
        // the demo's own reckoning of the list misses a rule or two (a newborn's, a status): the list decides
        province.inOneTransaction(() -> closings.stream()
                .filter(c -> province.on(
                        c.day(), () -> writeOffs.isOpen(c.resident().township.code(), c.resident().id, c.year())))
                .forEach(c -> province.on(
                        c.day(),
                        () -> writeOffs.close(
                                c.clerk(),
                                c.resident().id,
                                c.year(),
                                c.reason().name(),
                                c.day().toString(),
                                c.note()))));
    }

    /** A working day of the write-off campaign: from March of the year, in the last three months, before today. */
    private static Optional<LocalDate> closingDay(int year, Random random, LocalDate today) {
        LocalDate last = LocalDate.of(year, 12, 31);
        if (last.isAfter(today.minusDays(3))) {
            last = today.minusDays(3);
        }
        LocalDate first = last.minusDays(90);
        if (first.isBefore(LocalDate.of(year, 3, 1))) {
            first = LocalDate.of(year, 3, 1);
        }
        return between(first, last, random);
    }

    /** Why the person is not enrolled, as the township finds out: what the record says, else by age. */
    private static WriteOffReason reason(Resident resident, EnrolmentStatus recorded, Random random, LocalDate today) {
        if (recorded == EnrolmentStatus.EMPLOYEE_INSURANCE) {
            return WriteOffReason.EMPLOYEE_INSURANCE;
        }
        if (recorded == EnrolmentStatus.ENROLLED_ELSEWHERE) {
            return WriteOffReason.ENROLLED_ELSEWHERE;
        }
        int age = resident.age(today);
        int draw = random.nextInt(100);
        if (resident.sex == Sex.MALE && age >= 18 && age <= 24 && draw < 60) {
            return WriteOffReason.ARMY;
        }
        if (age >= 75 && draw < 35) {
            return WriteOffReason.DECEASED;
        }
        if (age >= 20 && age <= 60 && draw < 8) {
            return WriteOffReason.PRISON;
        }
        return draw < 55 ? WriteOffReason.ENROLLED : WriteOffReason.OTHER;
    }

    /** A few elderly people died and a few younger ones moved away in the last months: the clerk edits them. */
    private void deathsAndMoves(
            DemoProvince province, List<County> counties, List<Resident> everyone, Random random, LocalDate today) {
        List<Resident> deaths = pick(everyone, r -> r.age(today) >= 72, DEATHS, random);
        deaths.forEach(r -> r.status = PersonStatus.DECEASED);
        List<Resident> moves = pick(everyone, r -> r.age(today) >= 20 && r.age(today) <= 45, MOVES, random);
        moves.forEach(r -> r.status = PersonStatus.MOVED_OUT);
        province.inOneTransaction(() -> {
            for (Resident resident : concat(deaths, moves)) {
                Caller registrar = registrar(countyOf(counties, resident), resident.township);
                PersonDetail seen = queries.detail(registrar, resident.id).orElseThrow();
                commands.edit(
                        registrar,
                        resident.id,
                        new PersonEdit(
                                seen.name(),
                                seen.phone(),
                                seen.relationToHead(),
                                resident.status.name(),
                                today.minusDays(5 + random.nextInt(200)).toString(),
                                seen.version()));
            }
        });
    }

    /**
     * This month's decisions raising 低保边缘 households to 低保, entered by the first clerk and still waiting for the
     * second (待复核 on the person page).
     */
    private void pendingCategories(
            DemoProvince province,
            DemoPopulation population,
            County county,
            List<Resident> everyone,
            Random random,
            LocalDate today) {
        LocalDate from = today.withDayOfMonth(1);
        String document = population.document(county.abbreviation(), Department.CIVIL_AFFAIRS, from);
        List<Resident> raised = pick(
                everyone,
                r -> county.contains(r)
                        && r.holds(AssistanceCategory.MARGINAL_LOW_INCOME, today)
                        && !r.holds(AssistanceCategory.LOW_INCOME_GUARANTEE, today),
                PENDING_CATEGORIES,
                random);
        province.inOneTransaction(() -> raised.forEach(r -> commands.addCategory(
                county.clerks().get(0),
                r.id,
                new CategoryForm(
                        AssistanceCategory.LOW_INCOME_GUARANTEE.name(),
                        Department.CIVIL_AFFAIRS.name(),
                        document,
                        from.toString(),
                        LocalDate.of(today.getYear() + 1, 12, 31).toString()))));
    }

    /** {@code count} people free for a story and matching {@code which}, drawn at random and taken. */
    static List<Resident> pick(List<Resident> everyone, Predicate<Resident> which, int count, Random random) {
        List<Resident> candidates = new ArrayList<>(
                everyone.stream().filter(r -> r.free() && which.test(r)).toList());
        Collections.shuffle(candidates, random);
        List<Resident> picked = candidates.subList(0, Math.min(count, candidates.size()));
        picked.forEach(r -> r.taken = true);
        return List.copyOf(picked);
    }

    private static List<Resident> concat(List<Resident> first, List<Resident> second) {
        List<Resident> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
