package cn.ybfp.claims.application;

import cn.ybfp.booklets.api.BookletCheck;
import cn.ybfp.booklets.api.BookletHolders;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.claims.api.SchemeField;
import cn.ybfp.claims.application.DemoClaimPlan.Bill;
import cn.ybfp.claims.application.DemoClaimPlan.County;
import cn.ybfp.claims.application.DemoClaimPlan.Patient;
import cn.ybfp.claims.application.DemoClaimPlan.Step;
import cn.ybfp.claims.application.SchemeService.SchemeForm;
import cn.ybfp.claims.application.SchemeService.SchemeSummary;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The living demo's one-stop settlement (一站式结算): a year of settled claims, 1 January to today, under the scheme
 * of each person's pooling region for the year, all through {@link SettlementService} and {@link HospitalApi}, as the
 * county offices' window clerks and the hospitals' systems would have settled them.
 *
 * <p>What it builds (about 690 bills on 7 December): ordinary stays (住院, one to four each) of about 400 insured
 * people whose category gives them an assistance class all year (220 in 双阳区, 65 in 农安县, 65 in 永吉县, 50 in
 * 蛟河市), mostly at their county's hospitals and about one in seven at another county's; six grave illnesses (王秀兰
 * and two more in 双阳区, one in each other county) with three long stays each at the level-3 hospital, which reach the basic
 * yearly cap, the class's yearly assistance limit (年度限额) and tilted assistance (倾斜救助); monthly outpatient
 * chronic-disease claims (门诊慢性病) on every valid booklet for a common chronic disease (李建国's hypertension
 * booklet of the demo data); special food every other month for a child with phenylketonuria (李小明; the Jilin
 * scheme has no PKU rule, and the bill says so); and two reversals (冲正, one in 双阳区, one in 蛟河市), each
 * corrected the same day under a new number. Claims at a hospital bound to the settlement API (双阳区人民医院,
 * 永吉县人民医院) come through the API for its own county's patients (about 30 % of all), all others through the
 * county office's window. Outpatient special-disease claims (门诊特殊疾病) need a special-disease booklet, which the
 * booklets part may add only after this one: there are none.
 *
 * <p>Who finds what: xq-shuangyang, xq-nongan, xq-yongji and xq-jiaohe their county's bills in 结算单 (/app/claims),
 * each with its one-stop bill, and their people's year totals (/app/claims/accounts/{person}/{year}); xz-yunshan,
 * xz-pinghu and xz-chaluhe their township's bills; sheng-jianguan every bill, and the year's scheme in 待遇政策方案.
 * The claims module keeps no payment runs (拨付): it leaves nothing for xq-shuangyang-cw.
 */
@ApplicationScoped
public class ClaimsDemo implements DemoPart {

    private static final Logger LOG = Logger.getLogger(ClaimsDemo.class.getName());
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Settlements per transaction: one per bill would make the first start slow. */
    private static final int BATCH = 150;

    /** 王秀兰 (特困, class 1): the grave illness everyone can find. */
    private static final long WANG_XIULAN = 1;
    /** 李小明 (低保, born 2015): the child with phenylketonuria, whose stays get the children's bonus. */
    private static final long LI_XIAOMING = 4;
    /** 周玉珍 of 永吉县: stays mostly at her county's hospital, whose system settles them through the API. */
    private static final long ZHOU_YUZHEN = 7;
    /**
     * The demo data's people 1–8 are never drawn at random: 张丽 and 刘长海 are not enrolled, and the monitoring
     * browser test expects 赵德胜's and 孙桂芝's first claims of the year to be its own. 李建国 has his booklet's claims.
     */
    private static final long LAST_FIXED_PERSON = 8;

    /** The common chronic diseases of the demo catalogue, with a month's typical outpatient cost (yuan). */
    private static final Map<String, Long> CHRONIC_MONTHLY = chronicMonthly();

    @Inject
    SettlementService settlement;

    @Inject
    HospitalApi hospitalApi;

    @Inject
    SchemeService schemes;

    @Inject
    ClaimQueries queries;

    @Inject
    InsuredPersons persons;

    @Inject
    DesignatedInstitutions institutions;

    @Inject
    BookletCheck booklets;

    @Inject
    BookletHolders holders;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void build(DemoProvince province) {
        LocalDate today = province.today();
        LocalDate yearStart = today.withDayOfYear(1);
        Random random = province.random("claims");

        Map<County, List<InsuredPerson>> people = new LinkedHashMap<>();
        Map<Long, InsuredPerson> atYearStart = new HashMap<>();
        Set<DivisionCode> cities = new TreeSet<>();
        for (County county : DemoClaimPlan.COUNTIES) {
            Jurisdiction area = Jurisdiction.of(county.clerk().caller());
            List<Long> ids = new ArrayList<>(persons.targets(area, today).keySet());
            Collections.sort(ids);
            List<InsuredPerson> now =
                    new ArrayList<>(persons.findAll(area, ids, today).values());
            now.sort(Comparator.comparingLong(InsuredPerson::id));
            people.put(county, now);
            atYearStart.putAll(persons.findAll(area, ids, yearStart));
            now.forEach(p -> cities.add(p.poolingRegion()));
        }
        Map<DivisionCode, SchemeClasses> classes = new TreeMap<>();
        for (DivisionCode city : cities) {
            classes.put(city, classesOf(schemeFor(province, city, today.getYear())));
        }

        DemoClaimPlan plan = new DemoClaimPlan(today, random, institutions.all());
        for (County county : DemoClaimPlan.COUNTIES) {
            DivisionCode countyCode = county.clerk().caller().division();
            List<Patient> eligible = new ArrayList<>();
            for (InsuredPerson person : people.get(county)) {
                SchemeClasses scheme = classes.get(person.poolingRegion());
                InsuredPerson before = atYearStart.get(person.id());
                OptionalInt assistanceClass = scheme.classOf(person.categories());
                if (settleable(person, yearStart)
                        && before != null
                        && scheme.classOf(before.categories()).isPresent()
                        && assistanceClass.isPresent()) {
                    eligible.add(new Patient(person, assistanceClass.getAsInt()));
                }
            }
            planCounty(plan, county, countyCode, eligible, classes, random);
            planChronic(plan, county, countyCode, today);
        }
        plan.reversals(DemoUser.XQ_SHUANGYANG, DemoUser.XQ_JIAOHE);
        settle(province, plan.steps());
    }

    /**
     * Alive and still registered here (not deceased, not moved out), and born two months before the year at least,
     * so that no stay of the year begins before the birth the settlement checks against.
     */
    private static boolean settleable(InsuredPerson person, LocalDate yearStart) {
        return person.status() == PersonStatus.NORMAL && person.birthDate().isBefore(yearStart.minusDays(60));
    }

    private void planCounty(
            DemoClaimPlan plan,
            County county,
            DivisionCode countyCode,
            List<Patient> eligible,
            Map<DivisionCode, SchemeClasses> classes,
            Random random) {
        Map<Long, Patient> fixed = new TreeMap<>();
        List<Patient> pool = new ArrayList<>();
        for (Patient patient : eligible) {
            if (patient.person().id() <= LAST_FIXED_PERSON) {
                fixed.put(patient.person().id(), patient);
            } else {
                pool.add(patient);
            }
        }
        Collections.shuffle(pool, random);
        int heavy = county.heavyPatients();
        Patient wang = fixed.get(WANG_XIULAN);
        if (wang != null) {
            plan.graveIllness(county, wang, countyCode);
        }
        // grave illnesses among the classes tilted assistance serves, so that the layer shows
        List<Patient> graveCandidates = pool.stream()
                .filter(p -> classes.get(p.person().poolingRegion()).tilted().contains(p.assistanceClass()))
                .limit(heavy)
                .toList();
        graveCandidates.forEach(p -> plan.graveIllness(county, p, countyCode));
        pool.removeAll(graveCandidates);
        Patient zhou = fixed.get(ZHOU_YUZHEN);
        if (zhou != null) {
            plan.stays(county, zhou, countyCode, false);
        }
        Patient child = fixed.get(LI_XIAOMING);
        if (child != null) {
            plan.stays(county, child, countyCode, false);
            plan.pkuFood(county, child.person(), countyCode);
        }
        for (Patient patient : pool.subList(0, Math.min(county.patients(), pool.size()))) {
            plan.stays(county, patient, countyCode, true);
        }
    }

    /**
     * Monthly chronic claims for each holder of a booklet for a common chronic disease. Whether the booklet and the
     * year's catalogue cover a visit is asked of the booklets' own check, outside any transaction, so that a "no"
     * (a visit before the booklet, a year without a catalogue yet) only leaves the visit out.
     */
    private void planChronic(DemoClaimPlan plan, County county, DivisionCode countyCode, LocalDate today) {
        Jurisdiction area = Jurisdiction.of(county.clerk().caller());
        LocalDate yearStart = today.withDayOfYear(1);
        for (Map.Entry<String, Long> disease : CHRONIC_MONTHLY.entrySet()) {
            String code = disease.getKey();
            List<Long> ids = new ArrayList<>(holders.chronicHolders(area.likePattern(), List.of(code), today)
                    .keySet());
            Collections.sort(ids);
            Map<Long, InsuredPerson> found = persons.findAll(area, ids, today);
            for (Long id : ids) {
                InsuredPerson holder = found.get(id);
                if (holder == null || !settleable(holder, yearStart)) {
                    continue;
                }
                plan.chronicVisits(
                        county, holder, countyCode, code, disease.getValue(), day -> covers(holder, code, day));
            }
        }
    }

    private boolean covers(InsuredPerson holder, String disease, LocalDate day) {
        try {
            booklets.check(holder.id(), holder.poolingRegion(), disease, DiseaseKind.CHRONIC, day);
            return true;
        } catch (InvalidInputException notCovered) {
            return false;
        }
    }

    /** The steps in date order, {@value #BATCH} to a transaction, each on its day. */
    private void settle(DemoProvince province, List<Step> steps) {
        Map<String, Long> windowClaims = new HashMap<>();
        long reversals = steps.stream().filter(s -> s.reversalReason() != null).count();
        long api = steps.stream()
                .filter(s -> s.reversalReason() == null && s.bill().viaApi())
                .count();
        for (int from = 0; from < steps.size(); from += BATCH) {
            List<Step> batch = steps.subList(from, Math.min(from + BATCH, steps.size()));
            province.inOneTransaction(() -> {
                for (Step step : batch) {
                    province.on(step.day(), () -> run(province, step, windowClaims));
                }
            });
        }
        LOG.info(() -> "demo claims: " + (steps.size() - reversals) + " bills settled (" + api
                + " by hospital systems), " + reversals + " reversed and corrected");
    }

    private void run(DemoProvince province, Step step, Map<String, Long> windowClaims) {
        Bill bill = step.bill();
        Caller clerk = province.caller(bill.clerk());
        if (step.reversalReason() != null) {
            long id = windowClaims.get(bill.number());
            long version = queries.bill(clerk, id).orElseThrow().claim().version();
            if (!settlement.reverse(clerk, id, step.reversalReason(), version)) {
                throw new IllegalStateException("演示数据：结算单 " + bill.number() + " 不在 " + clerk.username() + " 的辖区");
            }
        } else if (bill.viaApi()) {
            ObjectNode request = JSON.objectNode();
            request.put("idNumber", bill.person().residentId().value());
            request.putArray("claims").add(claim(bill));
            var institution = bill.institution();
            HospitalApi.Reply reply = hospitalApi.handle(
                    new HospitalApi.Caller(institution.apiClient(), institution.name(), institution.county()),
                    new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)),
                    true);
            if (reply.status() != 200) {
                throw new IllegalStateException("演示数据：医院系统结算 " + bill.number() + " 被拒绝（" + reply.status() + "）："
                        + new String(reply.body(), StandardCharsets.UTF_8));
            }
        } else {
            long id = settlement.confirm(
                    clerk,
                    new SettlementService.ClaimRequest(
                            bill.person().residentId().value(),
                            null,
                            bill.institution().code(),
                            bill.corrects(),
                            claim(bill)));
            windowClaims.put(bill.number(), id);
        }
    }

    /** The claim as the case JSON has it (SETTLEMENT.md), as the claim form and the hospital systems send it. */
    private static ObjectNode claim(Bill bill) {
        ObjectNode claim = JSON.objectNode();
        claim.put("id", bill.number());
        claim.put("kind", bill.kind().name());
        claim.put("date", bill.date().toString());
        if (bill.admission() != null) {
            claim.put("admissionDate", bill.admission().toString());
        }
        claim.put("hospitalLevel", bill.institution().level());
        claim.put("referral", bill.referral().name());
        claim.put("totalCost", money(bill.totalCost()));
        claim.put("outOfPolicyCost", money(bill.outOfPolicyCost()));
        claim.put("hospitalReduction", money(bill.hospitalReduction()));
        claim.put("supplementaryInsurance", money(bill.supplementaryInsurance()));
        if (bill.disease() != null) {
            claim.put("disease", bill.disease());
        }
        return claim;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /**
     * The scheme that pays the city's claims of the year: the city's own, else the province's. Where the province
     * has none for the year yet (the demo built in a later year than its data), the province supervisor copies the
     * latest one for it in December before, as on the copy form.
     */
    private SchemeSummary schemeFor(DemoProvince province, DivisionCode city, int year) {
        String provinceCode = city.value().substring(0, 2) + "0000";
        List<SchemeSummary> all = schemes.all();
        return all.stream()
                .filter(s -> s.year() == year && s.region().equals(city.value()))
                .findFirst()
                .or(() -> all.stream()
                        .filter(s -> s.year() == year && s.region().equals(provinceCode))
                        .findFirst())
                .orElseGet(() -> copyLatest(province, all, provinceCode, year));
    }

    private SchemeSummary copyLatest(DemoProvince province, List<SchemeSummary> all, String region, int year) {
        SchemeSummary latest = all.stream()
                .filter(s -> s.region().equals(region) && s.year() < year)
                .max(Comparator.comparingInt(SchemeSummary::year))
                .orElseThrow(() -> new IllegalStateException("演示数据：" + region + " 没有可复制的待遇政策方案"));
        Caller supervisor = province.caller(DemoUser.SHENG_JIANGUAN);
        SchemeForm copy = schemes.copyOf(supervisor, latest.id()).orElseThrow();
        String from = String.valueOf(latest.year());
        String to = String.valueOf(year);
        SchemeForm form = new SchemeForm(
                copy.sourceId(),
                latest.id().replaceAll("\\d{4}$", "") + to,
                latest.name().replace(from, to),
                to,
                copy.region(),
                copy.basis(),
                copy.values());
        String id = province.on(LocalDate.of(year - 1, 12, 20), () -> schemes.create(supervisor, form));
        return schemes.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The scheme's classes by category and the classes tilted assistance serves, as its parameters read. */
    private SchemeClasses classesOf(SchemeSummary scheme) {
        Map<AssistanceCategory, Integer> byCategory = new EnumMap<>(AssistanceCategory.class);
        Set<Integer> tilted = new TreeSet<>();
        String prefix = "assistance.categoryClasses.";
        for (SchemeField field : schemes.view(scheme.id()).orElseThrow().fields()) {
            if (field.path().startsWith(prefix)) {
                byCategory.put(
                        AssistanceCategory.valueOf(field.path().substring(prefix.length())),
                        Integer.parseInt(field.value()));
            } else if (field.path().equals("tiltedAssistance.classes")
                    && !field.value().isBlank()) {
                for (String tiltedClass : field.value().split(",")) {
                    tilted.add(Integer.parseInt(tiltedClass.strip()));
                }
            }
        }
        return new SchemeClasses(byCategory, tilted);
    }

    /** A scheme's assistance classes: the best (lowest) class of a person's categories; an orphan is class 1. */
    record SchemeClasses(Map<AssistanceCategory, Integer> byCategory, Set<Integer> tilted) {

        OptionalInt classOf(Set<AssistanceCategory> categories) {
            return categories.stream()
                    .mapToInt(c -> c == AssistanceCategory.ORPHAN ? 1 : byCategory.getOrDefault(c, 0))
                    .filter(c -> c > 0)
                    .min();
        }
    }

    private static Map<String, Long> chronicMonthly() {
        Map<String, Long> monthly = new LinkedHashMap<>();
        monthly.put("M03900", 320L); // 高血压病
        monthly.put("M01600", 450L); // 糖尿病
        monthly.put("M04600", 520L); // 冠心病
        monthly.put("M05300", 600L); // 慢性阻塞性肺疾病
        monthly.put("M04803", 560L); // 脑血管疾病后遗症
        return Collections.unmodifiableMap(monthly);
    }
}
