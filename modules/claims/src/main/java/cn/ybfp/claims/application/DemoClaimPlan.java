package cn.ybfp.claims.application;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.demo.DemoUser;
import cn.ybfp.register.api.InsuredPerson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The year of claims the living demo settles, drawn but not yet settled: which person stays where, when, for how
 * much, and through which channel (the hospital's API or the county office's window). {@link ClaimsDemo} reads the
 * people and settles the steps; every draw comes from the part's seeded random, in a fixed order.
 */
final class DemoClaimPlan {

    /** A county office: its clerk settles at the window and reverses; how many of its people had stays. */
    record County(DemoUser clerk, int patients, int heavyPatients) {}

    /** Most work in 双阳区, so that xq-shuangyang's and its townships' lists are the richest. */
    static final List<County> COUNTIES = List.of(
            new County(DemoUser.XQ_SHUANGYANG, 220, 2),
            new County(DemoUser.XQ_NONGAN, 65, 1),
            new County(DemoUser.XQ_YONGJI, 65, 1),
            new County(DemoUser.XQ_JIAOHE, 50, 1));

    /** A person the demo may settle for, with the assistance class the year's scheme gives them. */
    record Patient(InsuredPerson person, int assistanceClass) {}

    /**
     * One claim to settle, as the claim form or the hospital system sends it.
     *
     * @param viaApi settled by the hospital's system (一站式, channel API), else by the clerk at the window
     * @param corrects the reversed claim's number this one corrects, or null
     */
    record Bill(
            String number,
            InsuredPerson person,
            DemoUser clerk,
            Institution institution,
            boolean viaApi,
            ClaimKind kind,
            LocalDate date,
            LocalDate admission,
            Referral referral,
            BigDecimal totalCost,
            BigDecimal outOfPolicyCost,
            BigDecimal hospitalReduction,
            BigDecimal supplementaryInsurance,
            String disease,
            String corrects) {

        Bill corrected(String newNumber, BigDecimal total, BigDecimal outOfPolicy) {
            return new Bill(
                    newNumber,
                    person,
                    clerk,
                    institution,
                    false,
                    kind,
                    date,
                    admission,
                    referral,
                    total,
                    outOfPolicy,
                    hospitalReduction,
                    supplementaryInsurance,
                    disease,
                    number);
        }
    }

    /** What happens on a day: the bill is settled, or, with a reason, reversed (冲正) by its county's clerk. */
    record Step(LocalDate day, Bill bill, String reversalReason) {}

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int OUT_OF_COUNTY_PERCENT = 15;

    private final LocalDate today;
    private final LocalDate yearStart;
    private final Random random;
    private final List<Institution> institutions;
    private final List<Step> steps = new ArrayList<>();
    /** Window inpatient bills that end their patient's year: a reversal and its correction change no later bill. */
    private final List<Bill> reversible = new ArrayList<>();

    private int serial;

    DemoClaimPlan(LocalDate today, Random random, List<Institution> institutions) {
        this.today = today;
        this.yearStart = today.withDayOfYear(1);
        this.random = random;
        this.institutions = institutions.stream()
                .sorted(Comparator.comparing(Institution::code))
                .toList();
    }

    /** The steps in the order of their days; a person's claims stay in date order. */
    List<Step> steps() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::day)); // stable: a reversal stays before its correction
        return ordered;
    }

    /**
     * Ordinary stays (住院): one to four in the year, at the county's own hospitals or, now and then, another
     * county's, for 3,000 to 60,000 yuan with 70–90 % in the catalogue.
     *
     * @param mayBeReversed whether the last stay may be the one a clerk reverses (no other claim of the person after)
     */
    void stays(County county, Patient patient, DivisionCode countyCode, boolean mayBeReversed) {
        int draw = random.nextInt(100);
        int count = draw < 55 ? 1 : draw < 85 ? 2 : draw < 97 ? 3 : 4;
        List<LocalDate> discharges = discharges(count, 4);
        LocalDate previous = null;
        Bill last = null;
        for (LocalDate discharged : discharges) {
            Institution institution = ordinaryInstitution(countyCode, discharged);
            int level = institution.level();
            int los = level == 1 ? between(3, 8) : level == 2 ? between(5, 14) : between(7, 20);
            if (previous != null) {
                los = (int) Math.min(los, ChronoUnit.DAYS.between(previous, discharged) - 1);
            }
            BigDecimal total = level == 1
                    ? skewedYuan(3_000, 8_000)
                    : level == 2 ? skewedYuan(5_000, 35_000) : skewedYuan(12_000, 60_000);
            last = inpatient(
                    county,
                    patient,
                    institution,
                    discharged,
                    los,
                    referral(institution, countyCode),
                    total,
                    share(10, 30));
            previous = discharged;
        }
        if (mayBeReversed && last != null && !last.viaApi()) {
            reversible.add(last);
        }
    }

    /**
     * A grave illness (重特大疾病): three long stays at the province's highest-level hospital, 100,000 to 210,000 yuan
     * each, enough to reach the basic yearly cap, the class's yearly assistance limit (年度限额) and tilted assistance
     * (倾斜救助) above the yearly burden of 10,000.
     */
    void graveIllness(County county, Patient patient, DivisionCode countyCode) {
        List<LocalDate> discharges = discharges(3, 45);
        long[][] ranges = {{170_000, 210_000}, {130_000, 160_000}, {100_000, 130_000}};
        LocalDate previous = null;
        for (int i = 0; i < discharges.size(); i++) {
            LocalDate discharged = discharges.get(i);
            Institution institution = highestLevel(countyCode, discharged);
            int los = between(14, 35);
            if (previous != null) {
                los = (int) Math.min(los, ChronoUnit.DAYS.between(previous, discharged) - 1);
            }
            Referral referral = institution.county().equals(countyCode) ? Referral.NONE : Referral.COMPLIANT;
            inpatient(
                    county,
                    patient,
                    institution,
                    discharged,
                    los,
                    referral,
                    skewedYuan(ranges[i][0], ranges[i][1]),
                    share(10, 13));
            previous = discharged;
        }
    }

    /**
     * Monthly outpatient chronic-disease claims (门诊慢性病) on the patient's booklet, at the county's hospital, on
     * the days the booklet covers the disease.
     */
    void chronicVisits(
            County county,
            InsuredPerson holder,
            DivisionCode countyCode,
            String disease,
            long monthlyCost,
            Predicate<LocalDate> covered) {
        for (int month = 1; month <= today.getMonthValue(); month++) {
            LocalDate visit = yearStart.withMonth(month).withDayOfMonth(between(3, 26));
            if (visit.isAfter(today) || !covered.test(visit)) {
                continue;
            }
            Institution institution = homeHospital(countyCode, visit);
            BigDecimal total = skewedYuan(monthlyCost * 8 / 10, monthlyCost * 12 / 10);
            add(new Bill(
                    number(ClaimKind.OUTPATIENT_CHRONIC, visit),
                    holder,
                    county.clerk(),
                    institution,
                    viaApi(institution, countyCode),
                    ClaimKind.OUTPATIENT_CHRONIC,
                    visit,
                    null,
                    Referral.NONE,
                    total,
                    percentOf(total, random.nextInt(6)),
                    BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2),
                    disease,
                    null));
        }
    }

    /**
     * A child with phenylketonuria: special food (苯丙酮尿症特殊治疗食品) every other month at the county's hospital.
     * It is paid only where the scheme has the PKU rule (SETTLEMENT.md); the Jilin scheme has none, and the bill
     * says so.
     */
    void pkuFood(County county, InsuredPerson child, DivisionCode countyCode) {
        for (int month = 2; month <= today.getMonthValue(); month += 2) {
            LocalDate bought = yearStart.withMonth(month).withDayOfMonth(between(8, 20));
            if (bought.isAfter(today)) {
                continue;
            }
            Institution institution = homeHospital(countyCode, bought);
            add(new Bill(
                    number(ClaimKind.SPECIAL_FOOD_PKU, bought),
                    child,
                    county.clerk(),
                    institution,
                    viaApi(institution, countyCode),
                    ClaimKind.SPECIAL_FOOD_PKU,
                    bought,
                    null,
                    Referral.NONE,
                    skewedYuan(1_800, 2_600),
                    BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2),
                    null,
                    null));
        }
    }

    /**
     * The year's two reversals (冲正), each followed the same day by the correction under a new number that names
     * the reversed claim: one in 双阳区, one in the other county given. Only a window bill that is its patient's
     * last of the year is reversed, so no later bill was settled on the accumulators it changes.
     */
    void reversals(DemoUser firstCounty, DemoUser secondCounty) {
        reverse(firstCounty, "目录外费用录入有误，医院重传费用明细", true);
        reverse(secondCounty, "总费用含重复计费的检查费，冲正后重新结算", false);
    }

    private void reverse(DemoUser county, String reason, boolean outOfPolicyWrong) {
        List<Bill> ofCounty =
                reversible.stream().filter(b -> b.clerk() == county).toList();
        // a bill some days old, found wrong after the fact; early in January only new ones exist
        List<Bill> older = ofCounty.stream()
                .filter(b -> !b.date().isAfter(today.minusDays(10)))
                .toList();
        List<Bill> candidates = older.isEmpty() ? ofCounty : older;
        if (candidates.isEmpty()) {
            throw new IllegalStateException("演示数据：" + county.username() + " 没有可冲正的窗口结算单");
        }
        Bill wrong = candidates.get(random.nextInt(candidates.size()));
        LocalDate day = min(wrong.date().plusDays(between(2, 7)), today);
        BigDecimal total = wrong.totalCost();
        BigDecimal outOfPolicy = wrong.outOfPolicyCost();
        if (outOfPolicyWrong) {
            outOfPolicy = percentOf(outOfPolicy, between(60, 80));
        } else {
            total = total.subtract(BigDecimal.valueOf(between(300, 1_200)));
            outOfPolicy = outOfPolicy.min(total);
        }
        steps.add(new Step(day, wrong, reason));
        steps.add(new Step(day, wrong.corrected(number(wrong.kind(), wrong.date()), total, outOfPolicy), null));
    }

    private Bill inpatient(
            County county,
            Patient patient,
            Institution institution,
            LocalDate discharged,
            int los,
            Referral referral,
            BigDecimal total,
            BigDecimal outOfPolicyShare) {
        DivisionCode countyCode = patient.person().township().parent().orElseThrow();
        boolean poorer = patient.assistanceClass() <= 2;
        // a hospital waives a little for the poorest now and then; a few hold a commercial supplementary policy
        BigDecimal reduction = poorer && institution.level() < 3 && random.nextInt(100) < 5
                ? BigDecimal.valueOf(between(100, 500)).setScale(2)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal supplementary = random.nextInt(100) < 6
                ? BigDecimal.valueOf(between(300, 3_000)).setScale(2)
                : BigDecimal.ZERO.setScale(2);
        Bill bill = new Bill(
                number(ClaimKind.INPATIENT, discharged),
                patient.person(),
                county.clerk(),
                institution,
                viaApi(institution, countyCode),
                ClaimKind.INPATIENT,
                discharged,
                discharged.minusDays(Math.max(1, los)),
                referral,
                total,
                total.multiply(outOfPolicyShare).setScale(2, RoundingMode.HALF_UP),
                reduction,
                supplementary,
                null,
                null);
        add(bill);
        return bill;
    }

    private void add(Bill bill) {
        steps.add(new Step(bill.date(), bill, null));
    }

    /**
     * Discharge days between 1 January and today, at least {@code minGap} days apart (a stay fits between two); a
     * draw too close to the one before is dropped rather than moved past today.
     */
    private List<LocalDate> discharges(int count, int minGap) {
        int span = (int) ChronoUnit.DAYS.between(yearStart, today);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add(random.nextInt(span + 1));
        }
        offsets.sort(Comparator.naturalOrder());
        List<LocalDate> days = new ArrayList<>();
        for (int offset : offsets) {
            LocalDate day = yearStart.plusDays(offset);
            if (days.isEmpty() || !day.isBefore(days.get(days.size() - 1).plusDays(minGap))) {
                days.add(day);
            }
        }
        return days;
    }

    /** Mostly a hospital of the person's county, weighted by level (the county hospitals take most stays). */
    private Institution ordinaryInstitution(DivisionCode county, LocalDate day) {
        List<Institution> home = inAgreement(day, i -> i.county().equals(county));
        List<Institution> away = inAgreement(day, i -> !i.county().equals(county) && i.level() >= 2);
        boolean elsewhere = home.isEmpty() || random.nextInt(100) < OUT_OF_COUNTY_PERCENT;
        return weighted(elsewhere && !away.isEmpty() ? away : home);
    }

    private Institution highestLevel(DivisionCode county, LocalDate day) {
        List<Institution> open = inAgreement(day, i -> true);
        int top = open.stream().mapToInt(Institution::level).max().orElseThrow();
        List<Institution> best = open.stream().filter(i -> i.level() == top).toList();
        return best.stream()
                .filter(i -> i.county().equals(county))
                .findFirst()
                .orElse(best.get(random.nextInt(best.size())));
    }

    /** The county's own hospital for outpatient care: the one whose system settles by API, else a level-2 one. */
    private Institution homeHospital(DivisionCode county, LocalDate day) {
        List<Institution> home = inAgreement(day, i -> i.county().equals(county));
        return home.stream()
                .filter(i -> i.apiClient() != null)
                .findFirst()
                .or(() -> home.stream().filter(i -> i.level() == 2).findFirst())
                .or(() -> home.stream().findFirst())
                .orElseGet(() -> weighted(inAgreement(day, i -> i.level() >= 2)));
    }

    private List<Institution> inAgreement(LocalDate day, Predicate<Institution> which) {
        return institutions.stream()
                .filter(i -> i.inAgreementOn(day))
                .filter(which)
                .toList();
    }

    /** Level 2 (county hospitals) four times, level 3 twice, level 1 (township clinics) once. */
    private Institution weighted(List<Institution> from) {
        int total = from.stream().mapToInt(DemoClaimPlan::weight).sum();
        int draw = random.nextInt(total);
        for (Institution institution : from) {
            draw -= weight(institution);
            if (draw < 0) {
                return institution;
            }
        }
        throw new IllegalStateException("no institution to draw from");
    }

    private static int weight(Institution institution) {
        return institution.level() == 2 ? 4 : institution.level() == 3 ? 2 : 1;
    }

    /** A stay in the county is not referred; one elsewhere mostly is, sometimes against the rules (no assistance). */
    private Referral referral(Institution institution, DivisionCode county) {
        if (institution.county().equals(county)) {
            return institution.level() == 3 && random.nextBoolean() ? Referral.COMPLIANT : Referral.NONE;
        }
        int draw = random.nextInt(100);
        return draw < 70 ? Referral.COMPLIANT : draw < 90 ? Referral.NONE : Referral.NON_COMPLIANT;
    }

    /** A hospital whose system is bound to the settlement API settles its own county's patients through it. */
    private static boolean viaApi(Institution institution, DivisionCode county) {
        return institution.apiClient() != null && institution.county().equals(county);
    }

    /** The hospital's own claim number: kind, day, and a serial that keeps it unique at every hospital. */
    private String number(ClaimKind kind, LocalDate day) {
        String prefix = switch (kind) {
            case INPATIENT -> "ZY";
            case OUTPATIENT_CHRONIC -> "MM";
            case OUTPATIENT_SPECIAL -> "MT";
            case SPECIAL_FOOD_PKU -> "TS";
        };
        return prefix + day.format(NUMBER_DATE) + String.format("%05d", ++serial);
    }

    /** Yuan and fen between the bounds, small amounts more often than large ones (the lower of two draws). */
    private BigDecimal skewedYuan(long low, long high) {
        long span = high - low;
        long yuan =
                low + Math.min(Math.floorMod(random.nextLong(), span + 1), Math.floorMod(random.nextLong(), span + 1));
        return BigDecimal.valueOf(yuan * 100 + random.nextInt(100), 2);
    }

    /** A share between the percentages, in whole percent. */
    private BigDecimal share(int lowPercent, int highPercent) {
        return BigDecimal.valueOf(between(lowPercent, highPercent), 2);
    }

    private static BigDecimal percentOf(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent, 2)).setScale(2, RoundingMode.HALF_UP);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
