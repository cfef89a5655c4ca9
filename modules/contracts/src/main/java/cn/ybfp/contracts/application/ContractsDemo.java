package cn.ybfp.contracts.application;

import cn.ybfp.booklets.api.BookletHolders;
import cn.ybfp.contracts.api.EndReason;
import cn.ybfp.contracts.api.MemberRole;
import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.ContractYear;
import cn.ybfp.contracts.domain.Quarter;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
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

/**
 * The living demo's family-doctor contracts (家庭医生签约服务): a team in every township (云山街道's from the demo SQL, two
 * in 平湖街道, 岔路河镇's nurse replaced in mid-year), about 300 target people signed since the beginning of the year
 * (most in the January campaign), the holders of a hypertension or diabetes booklet on the 慢病管理包 once their
 * booklet was issued, everyone else on the 基础包; a few people of 平湖街道 changed team, and people who died or
 * moved away in the year have the contract ended. The teams' services (健康评估, 慢病随访, 上门服务, 健康咨询, 健康教育) are recorded through the
 * year by hand, last month's by the health centres' file (履约记录导入, each with a rejected repeated row and a
 * colleague of another team), applied at the start of this month.
 *
 * <p>The quarterly runs: in 双阳区 the quarter before last was computed by xq-shuangyang, approved and paid by
 * xq-shuangyang-cw; the last quarter that is over is computed and waits for the second clerk's approval
 * (xq-shuangyang-cw's to-do; the browser test computes, approves and pays that very quarter, so it must stay open to
 * it). In the other three counties, which have one demo clerk each, the last quarter is computed and waits for a
 * second clerk. The current quarter runs on.
 *
 * <p>Who finds what: xz-yunshan, xz-pinghu and xz-chaluhe their township's contracts, teams and files; each county
 * clerk the county's contracts, teams, files and runs; sheng-jianguan all of them and the coverage of every township.
 * Contracts are signed by the township's demo clerk where there is one, else by the county's clerk (both may sign).
 * The register's eight fixed people are left alone: the browser tests sign them.
 */
@ApplicationScoped
public class ContractsDemo implements DemoPart {

    /** The register's fixed people (ids 1–8): the browser tests tell their story, so the demo leaves them be. */
    private static final long FIXED_PEOPLE = 8;

    private static final String PROVINCE = "220000";

    /** Service calls per transaction. */
    private static final int BATCH = 200;

    /** Contracts per township. */
    private static final Map<String, Integer> CONTRACTS = new TreeMap<>(Map.ofEntries(
            Map.entry("220112001", 55),
            Map.entry("220112002", 50),
            Map.entry("220112100", 45),
            Map.entry("220122100", 20),
            Map.entry("220122101", 20),
            Map.entry("220122102", 20),
            Map.entry("220221100", 30),
            Map.entry("220221101", 15),
            Map.entry("220221102", 15),
            Map.entry("220281001", 15),
            Map.entry("220281100", 15),
            Map.entry("220281101", 15)));

    private static final Map<String, DemoUser> COUNTY_CLERKS = Map.of(
            "220112", DemoUser.XQ_SHUANGYANG,
            "220122", DemoUser.XQ_NONGAN,
            "220221", DemoUser.XQ_YONGJI,
            "220281", DemoUser.XQ_JIAOHE);

    /** The township with two teams, some of whose people change team. */
    private static final String TWO_TEAMS = "220112002";

    /** The township whose team's nurse leaves in mid-year. */
    private static final String NEW_NURSE = "220221100";

    private static final List<String> DOCTORS =
            List.of("张国华", "李淑珍", "刘振东", "陈玉兰", "杨志强", "赵春燕", "黄永刚", "周雅琴", "吴建军", "郑丽萍", "何志远", "高秀英", "林海波");

    private static final List<String> NURSES =
            List.of("孙晓梅", "马丽娜", "朱红艳", "胡静", "郭雪", "罗佳", "梁晓燕", "宋婷婷", "谢玉洁", "韩冬梅", "唐莉", "冯丹", "于洋");

    private static final Map<ServiceType, String> TYPE_NAMES = Map.of(
            ServiceType.HEALTH_ASSESSMENT, "健康评估",
            ServiceType.CHRONIC_FOLLOW_UP, "慢病随访",
            ServiceType.HOME_VISIT, "上门服务",
            ServiceType.CONSULTATION, "健康咨询",
            ServiceType.HEALTH_EDUCATION, "健康教育");

    private static final Map<ServiceType, List<String>> NOTES = Map.of(
            ServiceType.HEALTH_ASSESSMENT, List.of("年度健康评估", "健康评估，更新健康档案"),
            ServiceType.CHRONIC_FOLLOW_UP, List.of("血压 138/86，继续服药", "空腹血糖 7.1，调整饮食", "血压 150/95，调整用药", "血糖控制平稳"),
            ServiceType.HOME_VISIT, List.of("入户随访", "上门测量血压血糖"),
            ServiceType.CONSULTATION, List.of("电话咨询用药", "门诊健康咨询"),
            ServiceType.HEALTH_EDUCATION, List.of("慢病健康讲座", "发放健康教育资料"));

    private static final List<ServiceType> EXTRAS =
            List.of(ServiceType.HOME_VISIT, ServiceType.CONSULTATION, ServiceType.HEALTH_EDUCATION);

    @Inject
    ContractService contracts;

    @Inject
    TeamService teams;

    @Inject
    ServiceRecordService records;

    @Inject
    RecordImportService imports;

    @Inject
    FeePolicyService policies;

    @Inject
    PaymentRunService runs;

    @Inject
    PaymentRunQueries runQueries;

    @Inject
    InsuredPersons register;

    @Inject
    BookletHolders booklets;

    @Inject
    DivisionDirectory divisions;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void build(DemoProvince province) {
        Random random = province.random("contracts");
        LocalDate today = province.today();
        LocalDate from = today.minusMonths(11).withDayOfMonth(1);
        LocalDate to = workingDay(today.minusDays(3), today);
        ensurePolicies(province, from.getYear(), today.getYear());
        List<FeePolicyService.Package> packages = policies.packagesOf(today.getYear());
        FeePolicyService.Package basic = packages.stream()
                .filter(p -> p.diseases().isEmpty())
                .findFirst()
                .orElseThrow();
        FeePolicyService.Package chronic = packages.stream()
                .filter(p -> !p.diseases().isEmpty())
                .findFirst()
                .orElseThrow();
        Map<String, List<Team>> teamsOf = teams(province, from.withDayOfYear(1), from);
        List<Signing> signings = new ArrayList<>();
        for (String county : COUNTY_CLERKS.keySet().stream().sorted().toList()) {
            signings.addAll(signings(county, teamsOf, basic, chronic, random, from, to, today));
        }
        run(province, signAndEnd(signings));
        recordServices(province, random, signings, teamsOf, today);
        payQuarters(province, today);
    }

    /** A policy for every year the demo's contracts are signed in: the province copies last year's where one lacks. */
    private void ensurePolicies(DemoProvince province, int firstYear, int lastYear) {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        policies.list().stream().filter(p -> p.region().equals(PROVINCE)).forEach(p -> byYear.put(p.year(), p.id()));
        for (int year = firstYear; year <= lastYear; year++) {
            if (!byYear.containsKey(year)) {
                var source = byYear.lowerEntry(year);
                if (source == null) {
                    throw new IllegalStateException("no contract-fee policy of " + PROVINCE + " to copy into " + year);
                }
                String target = String.valueOf(year);
                long id = province.on(
                        LocalDate.of(year - 1, 12, 20),
                        () -> policies.copy(DemoUser.SHENG_JIANGUAN.caller(), source.getValue(), target));
                byYear.put(year, id);
            }
        }
    }

    /**
     * The teams by township: the existing ones (云山街道's from the SQL), and for every other township one new team,
     * two in 平湖街道, each with a doctor, a nurse and, in the bigger townships, a public-health doctor; 岔路河镇's nurse
     * leaves in mid-year and another joins the next day.
     */
    private Map<String, List<Team>> teams(DemoProvince province, LocalDate teamsFrom, LocalDate signFrom) {
        Caller supervisor = DemoUser.SHENG_JIANGUAN.caller();
        Map<String, List<Team>> byTownship = new TreeMap<>();
        for (TeamService.Team t : teams.list(supervisor)) {
            Team team = new Team(t.id(), t.township());
            teams.detail(supervisor, t.id())
                    .members()
                    .forEach(m -> team.members.add(
                            new Member(m.id(), m.role(), m.licenceNumber(), m.activeFrom(), m.activeTo())));
            byTownship.computeIfAbsent(t.township(), k -> new ArrayList<>()).add(team);
        }
        int[] serial = {0};
        province.inOneTransaction(() -> CONTRACTS.keySet().forEach(township -> {
            int wanted = township.equals(TWO_TEAMS) ? 2 : 1;
            List<Team> existing = byTownship.computeIfAbsent(township, k -> new ArrayList<>());
            while (existing.size() < wanted) {
                existing.add(province.on(
                        teamsFrom.minusDays(10), () -> newTeam(township, existing.size() + 1, teamsFrom, serial[0]++)));
            }
        }));
        Team changing = byTownship.get(NEW_NURSE).get(0);
        Member leaving = changing.members.stream()
                .filter(m -> m.role == MemberRole.NURSE)
                .findFirst()
                .orElseThrow();
        LocalDate lastDay = signFrom.plusMonths(5);
        Caller clerk = clerkOf(NEW_NURSE);
        province.inOneTransaction(() -> province.on(lastDay.plusDays(1), () -> {
            teams.memberLeaves(clerk, changing.id, leaving.id, lastDay.toString());
            leaving.to = lastDay;
            String licence = "210" + NEW_NURSE + "009";
            long id = teams.addMember(
                    clerk,
                    changing.id,
                    new TeamService.MemberForm(
                            "刘晓红",
                            licence,
                            MemberRole.NURSE.name(),
                            lastDay.plusDays(1).toString()));
            changing.members.add(new Member(id, MemberRole.NURSE, licence, lastDay.plusDays(1), null));
        }));
        return byTownship;
    }

    private Team newTeam(String township, int number, LocalDate activeFrom, int serial) {
        DivisionCode code = DivisionCode.of(township);
        String place = divisions.nameOf(code);
        String institution =
                divisions.nameOf(code.parent().orElseThrow()) + place + (place.endsWith("街道") ? "社区卫生服务中心" : "卫生院");
        String name = place + (number == 1 ? "第一" : "第二") + "家庭医生团队";
        Caller clerk = clerkOf(township);
        long id = teams.create(clerk, new TeamService.TeamForm(name, institution, township, activeFrom.toString()));
        Team team = new Team(id, township);
        String suffix = String.format("%02d%d", serial, number);
        List<MemberRole> roles = CONTRACTS.get(township) >= 30
                ? List.of(MemberRole.DOCTOR, MemberRole.NURSE, MemberRole.PUBLIC_HEALTH)
                : List.of(MemberRole.DOCTOR, MemberRole.NURSE);
        for (MemberRole role : roles) {
            String licence = (role.ordinal() + 1) + "10" + township + suffix;
            String person = role == MemberRole.NURSE
                    ? NURSES.get(serial % NURSES.size())
                    : DOCTORS.get((serial + (role == MemberRole.PUBLIC_HEALTH ? 5 : 0)) % DOCTORS.size());
            long member = teams.addMember(
                    clerk, id, new TeamService.MemberForm(person, licence, role.name(), activeFrom.toString()));
            team.members.add(new Member(member, role, licence, activeFrom, null));
        }
        return team;
    }

    /**
     * A county's contracts: every target person holding a hypertension or diabetes booklet signs the chronic-care
     * package a few days after the booklet covers it; others the basic package, many in the January campaign; in 平湖街道
     * a few change team after a few months; two target people who died or moved away in the year had signed early
     * and the contract ended on that day.
     */
    private List<Signing> signings(
            String county,
            Map<String, List<Team>> teamsOf,
            FeePolicyService.Package basic,
            FeePolicyService.Package chronic,
            Random random,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        Jurisdiction area = new Jurisdiction(DivisionCode.of(county));
        Set<Long> ids = new TreeSet<>(register.targets(area, today).keySet());
        ids.addAll(register.targets(area, from).keySet());
        ids.removeIf(id -> id <= FIXED_PEOPLE);
        Map<Long, InsuredPerson> people = new TreeMap<>(register.findAll(area, ids, today));
        Map<Long, LocalDate> chronicFrom = chronicHolders(county, chronic.diseases(), from, to);
        List<Signing> signings = new ArrayList<>();
        int gone = 0;
        for (Map.Entry<String, Integer> quota : CONTRACTS.entrySet()) {
            String township = quota.getKey();
            if (!township.startsWith(county)) {
                continue;
            }
            List<Team> local = teamsOf.get(township);
            List<InsuredPerson> living = new ArrayList<>();
            for (InsuredPerson p : people.values()) {
                if (!p.township().value().equals(township)) {
                    continue;
                }
                if (p.status() == PersonStatus.NORMAL) {
                    living.add(p);
                } else if (gone < 2
                        && p.statusSince() != null
                        && p.statusSince().isAfter(from.plusDays(60))
                        && p.statusSince().isBefore(today.minusDays(5))) {
                    gone++;
                    Signing signing = new Signing(
                            p,
                            local.get(0),
                            basic,
                            workingDay(
                                    from.plusDays(random.nextInt(20)),
                                    p.statusSince().minusDays(30)));
                    signing.lastDay = p.statusSince();
                    signing.endReason = p.status() == PersonStatus.DECEASED ? EndReason.DECEASED : EndReason.MOVED_OUT;
                    signings.add(signing);
                }
            }
            int left = quota.getValue();
            for (InsuredPerson p : living) {
                LocalDate since = chronicFrom.get(p.id());
                if (since != null && left > 0) {
                    LocalDate signed = workingDay(since.plusDays(1 + random.nextInt(12)), to);
                    signings.add(new Signing(p, local.get(0), chronic, signed.isBefore(since) ? since : signed));
                    left--;
                }
            }
            List<InsuredPerson> others = new ArrayList<>(living.stream()
                    .filter(p -> !chronicFrom.containsKey(p.id()))
                    .toList());
            Collections.shuffle(others, random);
            int changes = 0;
            for (InsuredPerson p : others.subList(0, Math.max(0, Math.min(left, others.size())))) {
                LocalDate signed = random.nextInt(100) < 45
                        ? workingDay(from.plusDays(random.nextInt(45)), to)
                        : workingDay(from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to))), to);
                Team team = local.get(random.nextInt(local.size()));
                Signing first = new Signing(p, team, basic, signed);
                signings.add(first);
                if (local.size() > 1 && changes < 4 && team == local.get(0) && signed.isBefore(to.minusDays(150))) {
                    changes++;
                    LocalDate moved = workingDay(signed.plusDays(60 + random.nextInt(60)), to);
                    first.lastDay = moved.minusDays(1);
                    signings.add(new Signing(p, local.get(1), basic, moved));
                }
            }
        }
        return signings;
    }

    /**
     * The signings in the order of their days, and the contract of a person who died or moved away ended by the clerk
     * a few days after (an early end is recorded once it happened).
     */
    private List<Step> signAndEnd(List<Signing> signings) {
        List<Step> steps = new ArrayList<>();
        for (Signing s : signings) {
            Caller clerk = clerkOf(s.team.township);
            steps.add(new Step(
                    s.signedOn,
                    steps.size(),
                    () -> s.id = contracts.sign(
                            clerk,
                            new ContractService.SignForm(
                                    String.valueOf(s.person.id()),
                                    String.valueOf(s.team.id),
                                    s.pack.code(),
                                    s.signedOn.toString()))));
            if (s.endReason != null) {
                steps.add(new Step(
                        s.lastDay.plusDays(3),
                        steps.size(),
                        () -> contracts.end(
                                clerk,
                                s.id,
                                new ContractService.EndForm(s.lastDay.toString(), s.endReason.name()),
                                contracts.detail(clerk, s.id).contract().version())));
            }
        }
        return steps;
    }

    /**
     * The day from which each holder of a booklet for one of the chronic-care package's diseases could sign it: the
     * first month's end (or the last signing day) on which the booklet covers the disease.
     */
    private Map<Long, LocalDate> chronicHolders(String county, List<String> diseases, LocalDate from, LocalDate to) {
        Map<Long, LocalDate> since = new HashMap<>();
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); m.atEndOfMonth().isBefore(to); m = m.plusMonths(1)) {
            days.add(m.atEndOfMonth());
        }
        days.add(to);
        for (LocalDate day : days) {
            booklets.chronicHolders(county + "%", diseases, day).keySet().stream()
                    .filter(id -> id > FIXED_PEOPLE)
                    .forEach(id -> since.putIfAbsent(id, day));
        }
        return since;
    }

    /**
     * Each contract's services up to yesterday: the package's required service (the yearly assessment, or a chronic
     * follow-up in most contract quarters), a yearly assessment for the chronic-care package too, and a few visits,
     * consultations and talks. Last month's come by the health centres' files at the start of this month; the rest
     * were recorded by hand on the day.
     */
    private void recordServices(
            DemoProvince province,
            Random random,
            List<Signing> signings,
            Map<String, List<Team>> teamsOf,
            LocalDate today) {
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        Map<Long, Set<String>> taken = new HashMap<>();
        List<Step> byHand = new ArrayList<>();
        Map<DemoUser, List<Service>> byFile = new TreeMap<>();
        for (Signing s : signings) {
            LocalDate last = new ContractYear(s.signedOn, s.lastDay).lastDay();
            LocalDate upTo = last.isBefore(today) ? last : today.minusDays(1);
            if (upTo.isBefore(s.signedOn)) {
                continue;
            }
            List<Service> services = new ArrayList<>();
            if (s.pack.paymentRule() == PaymentRule.EACH_CONTRACT_QUARTER) {
                for (ContractYear.Period q : new ContractYear(s.signedOn, s.lastDay).quarters()) {
                    if (!q.from().isAfter(upTo) && random.nextInt(100) < 85) {
                        services.add(service(
                                s, s.pack.requiredService(), between(q.from(), min(q.to(), upTo), random), random));
                    }
                }
                if (random.nextInt(100) < 90) {
                    services.add(service(
                            s, ServiceType.HEALTH_ASSESSMENT, s.signedOn.plusDays(5 + random.nextInt(35)), random));
                }
            } else if (random.nextInt(100) < 85) {
                services.add(service(s, s.pack.requiredService(), s.signedOn.plusDays(7 + random.nextInt(70)), random));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                services.add(service(
                        s, EXTRAS.get(random.nextInt(EXTRAS.size())), between(s.signedOn, upTo, random), random));
            }
            for (Service service : services) {
                boolean fresh = !service.day.isAfter(upTo)
                        && service.member != null
                        && taken.computeIfAbsent(s.person.id(), k -> new HashSet<>())
                                .add(service.type + "/" + service.day);
                if (!fresh) {
                    continue;
                }
                DemoUser clerk = clerkUserOf(s.team.township);
                if (YearMonth.from(service.day).equals(lastMonth)) {
                    byFile.computeIfAbsent(clerk, k -> new ArrayList<>()).add(service);
                } else {
                    byHand.add(new Step(
                            service.day,
                            byHand.size(),
                            () -> records.record(
                                    clerk.caller(),
                                    s.id,
                                    new ServiceRecordService.RecordForm(
                                            service.type.name(),
                                            service.day.toString(),
                                            String.valueOf(service.member.id),
                                            service.note))));
                }
            }
        }
        run(province, byHand);
        LocalDate imported =
                workingDay(WorkingDays.after(YearMonth.from(today).atDay(1).minusDays(1), 3), today);
        byFile.forEach((clerk, services) -> importFile(province, clerk, services, teamsOf, lastMonth, imported));
    }

    private Service service(Signing s, ServiceType type, LocalDate day, Random random) {
        MemberRole wanted = switch (type) {
            case HOME_VISIT -> MemberRole.NURSE;
            case HEALTH_EDUCATION -> MemberRole.PUBLIC_HEALTH;
            default -> MemberRole.DOCTOR;
        };
        List<Member> onDay = s.team.members.stream().filter(m -> m.on(day)).toList();
        Member member =
                onDay.stream().filter(m -> m.role == wanted).findFirst().orElse(onDay.isEmpty() ? null : onDay.get(0));
        List<String> notes = NOTES.get(type);
        return new Service(s, type, day, member, notes.get(random.nextInt(notes.size())));
    }

    /**
     * A health centre's file of last month's services (CSV, UTF-8), uploaded and applied by the clerk; it also holds
     * a row repeated by the centre's system and a service entered under a colleague of another team, both rejected.
     */
    private void importFile(
            DemoProvince province,
            DemoUser clerk,
            List<Service> services,
            Map<String, List<Team>> teamsOf,
            YearMonth month,
            LocalDate day) {
        StringBuilder csv = new StringBuilder("身份证号,姓名,服务类型,服务日期,执业证书编码,备注\n");
        services.forEach(s -> csv.append(line(s, s.type, s.member.licence)));
        Service first = services.get(0);
        csv.append(line(first, first.type, first.member.licence));
        csv.append(line(first, ServiceType.CONSULTATION, colleague(teamsOf, first.signing.team.township)));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Caller caller = clerk.caller();
        String name = "履约记录-" + divisions.nameOf(caller.division()) + "-" + month + ".csv";
        province.inOneTransaction(() -> province.on(day, () -> {
            long id = imports.upload(caller, name, new ByteArrayInputStream(file));
            imports.apply(caller, id, imports.detail(caller, id).file().version());
        }));
    }

    private static String line(Service s, ServiceType type, String licence) {
        InsuredPerson p = s.signing.person;
        return String.join(
                        ",", p.residentId().value(), p.name(), TYPE_NAMES.get(type), s.day.toString(), licence, s.note)
                + "\n";
    }

    /** The doctor of a neighbouring township's team in the same county, whom the centre typed by mistake. */
    private static String colleague(Map<String, List<Team>> teamsOf, String township) {
        String other = CONTRACTS.keySet().stream()
                .filter(t -> t.startsWith(township.substring(0, 6)) && !t.equals(township))
                .findFirst()
                .orElseThrow();
        return teamsOf.get(other).get(0).members.stream()
                .filter(m -> m.role == MemberRole.DOCTOR)
                .findFirst()
                .orElseThrow()
                .licence;
    }

    /**
     * 双阳区 paid the quarter before last (computed by one clerk, approved and paid by the finance clerk) and computed
     * the last one, which waits for approval; the other counties computed the last quarter, waiting for a second
     * clerk.
     */
    private void payQuarters(DemoProvince province, LocalDate today) {
        Quarter last = Quarter.of(today).previous();
        Quarter before = last.previous();
        Caller clerk = DemoUser.XQ_SHUANGYANG.caller();
        Caller finance = DemoUser.XQ_SHUANGYANG_CW.caller();
        LocalDate computed = workingDay(WorkingDays.after(before.lastDay(), 5), today);
        LocalDate approved = workingDay(WorkingDays.after(computed, 2), today);
        LocalDate paid = workingDay(WorkingDays.after(approved, 3), today);
        long runId = province.on(computed, () -> runs.compute(clerk, before.toString()));
        province.on(approved, () -> runs.approve(finance, runId, version(finance, runId)));
        province.on(
                paid,
                () -> runs.paid(
                        finance,
                        runId,
                        new PaymentRunService.PaidForm(
                                paid.toString(), "双医保拨〔" + paid.getYear() + "〕" + (40 + before.number()) + "号"),
                        version(finance, runId)));
        LocalDate due = workingDay(WorkingDays.after(last.lastDay(), 5), today);
        for (String county : COUNTY_CLERKS.keySet().stream().sorted().toList()) {
            Caller computing = COUNTY_CLERKS.get(county).caller();
            province.on(due, () -> runs.compute(computing, last.toString()));
        }
    }

    private long version(Caller caller, long run) {
        return runQueries.list(caller).stream()
                .filter(r -> r.id() == run)
                .findFirst()
                .orElseThrow()
                .version();
    }

    /** The township's demo clerk where there is one, else the county's (both keep contracts). */
    private static DemoUser clerkUserOf(String township) {
        for (DemoUser user : DemoUser.values()) {
            if (user.caller().division().value().equals(township)) {
                return user;
            }
        }
        return COUNTY_CLERKS.get(township.substring(0, 6));
    }

    private static Caller clerkOf(String township) {
        return clerkUserOf(township).caller();
    }

    private void run(DemoProvince province, List<Step> steps) {
        steps.sort(Comparator.comparing(Step::day).thenComparing(Step::order));
        for (int from = 0; from < steps.size(); from += BATCH) {
            List<Step> batch = steps.subList(from, Math.min(from + BATCH, steps.size()));
            province.inOneTransaction(() -> batch.forEach(s -> province.on(s.day(), s.action())));
        }
    }

    /** The working day on or after {@code day}, or the last one up to {@code limit} when that would be after it. */
    private static LocalDate workingDay(LocalDate day, LocalDate limit) {
        LocalDate working = WorkingDays.after(day.minusDays(1), 1);
        while (working.isAfter(limit) || working.getDayOfWeek().getValue() > 5) {
            working = working.minusDays(1);
        }
        return working;
    }

    private static LocalDate between(LocalDate first, LocalDate last, Random random) {
        return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A team as the demo keeps it: its members with their days, to pick who did a service. */
    private static final class Team {
        final long id;
        final String township;
        final List<Member> members = new ArrayList<>();

        Team(long id, String township) {
            this.id = id;
            this.township = township;
        }
    }

    private static final class Member {
        final long id;
        final MemberRole role;
        final String licence;
        final LocalDate from;
        LocalDate to;

        Member(long id, MemberRole role, String licence, LocalDate from, LocalDate to) {
            this.id = id;
            this.role = role;
            this.licence = licence;
            this.from = from;
            this.to = to;
        }

        boolean on(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** A contract as the demo lays it out; its id is filled in when it is signed. */
    private static final class Signing {
        final InsuredPerson person;
        final Team team;
        final FeePolicyService.Package pack;
        final LocalDate signedOn;
        /** the day it ended early (a team change, a death); null while it runs its year */
        LocalDate lastDay;

        /** why it ended on {@link #lastDay} by the clerk (death, moving away); null when it did not */
        EndReason endReason;

        long id;

        Signing(InsuredPerson person, Team team, FeePolicyService.Package pack, LocalDate signedOn) {
            this.person = person;
            this.team = team;
            this.pack = pack;
            this.signedOn = signedOn;
        }
    }

    private record Service(Signing signing, ServiceType type, LocalDate day, Member member, String note) {}

    /** A service call on its day; {@code order} keeps the calls of one day in the order they were laid out. */
    private record Step(LocalDate day, int order, Runnable action) {}
}
