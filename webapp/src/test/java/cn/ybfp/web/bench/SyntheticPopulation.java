package cn.ybfp.web.bench;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.SubsidyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic synthetic register: the same townships, count and seed give the same households, people, category
 * memberships and enrolments, in the same order, every time. That lets the loader stream each table in its own pass
 * (households first, for the foreign keys) with constant memory, and lets the exchange-file writer find the same
 * people again later.
 *
 * <p>Households have 1–5 members (head, spouse, children, a parent or a grandchild) in one township; ID numbers carry
 * the township's county code, the real birth date, a sequence whose last digit gives the sex, and the GB 11643 check
 * character; they are unique by construction (a counter per county, birth date and sex over the sequences 100–999, so
 * the demo people's sequences below 100 never collide). About 30% hold a category membership (mostly per household, as
 * departments recognise households) and about 60% have an enrolment for {@value #YEAR}.
 */
final class SyntheticPopulation {

    /** Synthetic ids start here, far above what the sequences hand out in a demo or test database. */
    static final long FIRST_ID = 10_000_000L;

    static final int YEAR = 2026;
    static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    static final LocalDate LAST_BIRTH = LocalDate.of(2024, 12, 31);
    private static final int DAYS = (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay() + 1);
    private static final LocalDate CLASS_DATE = LocalDate.of(YEAR, 1, 1);

    private static final String[] PHONE_PREFIXES = {
        "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158", "159", "176",
        "177", "180", "181", "182", "183", "186", "187", "188", "189", "199"
    };
    private static final String[] VILLAGES = {
        "新华", "东风", "红旗", "兴农", "平安", "永丰", "建设", "胜利", "团结", "和平", "光明", "前进", "太平", "长岭", "双河", "石桥", "柳树", "榆树",
        "杨树", "北山", "南岗", "西沟", "东岭", "三道", "五家", "向阳", "富民", "新立", "长青", "保安"
    };

    record Township(String code, String name, String countyCode, String countyName) {}

    record Membership(
            long id,
            AssistanceCategory category,
            Department department,
            String documentNumber,
            LocalDate validFrom,
            LocalDate validTo) {

        boolean heldOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
        }
    }

    record Enrolment(long id, EnrolmentStatus status, SubsidyType subsidyType, int subsidyAmount, LocalDate paidDate) {}

    record Member(
            long id,
            String idNumber,
            String name,
            String phone,
            LocalDate birthDate,
            boolean male,
            String relation,
            List<Membership> memberships,
            Enrolment enrolment) {

        String sex() {
            return male ? "MALE" : "FEMALE";
        }
    }

    record Household(long id, Township township, String address, List<Member> members) {}

    private final List<Township> townships;
    private final List<String> counties = new ArrayList<>();
    private final int count;
    private final SplittableRandom random;
    /** Next sequence number per county, birth date and sex. */
    private final short[] sequences;

    private long personId = FIRST_ID;
    private long householdId = FIRST_ID;
    private long membershipId = FIRST_ID;
    private long enrolmentId = FIRST_ID;
    private int documentSerial = 1;

    SyntheticPopulation(List<Township> townships, int count, long seed) {
        if (townships.isEmpty()) {
            throw new IllegalArgumentException("no townships: is the division table loaded?");
        }
        this.townships = List.copyOf(townships);
        for (Township t : townships) {
            if (!counties.contains(t.countyCode())) {
                counties.add(t.countyCode());
            }
        }
        this.count = count;
        this.random = new SplittableRandom(seed);
        this.sequences = new short[counties.size() * DAYS * 2];
    }

    /** Produces every household, in order; call once per instance. */
    void generate(Consumer<Household> sink) {
        int made = 0;
        while (made < count) {
            int size = Math.min(householdSize(), count - made);
            sink.accept(household(size));
            made += size;
        }
    }

    /**
     * A person who is not in the register (for exchange files): valid, unique ID number that no generated person has,
     * since the sequences go on from where {@link #generate} left them.
     */
    Member newcomer(Township township) {
        boolean male = random.nextBoolean();
        LocalDate birth = between(LocalDate.of(1940, 1, 1), LocalDate.of(2020, 12, 31));
        return new Member(
                0,
                residentId(township, birth, male),
                ChineseNames.surname(random) + ChineseNames.given(random, male, birth.getYear()),
                null,
                birth,
                male,
                "户主",
                List.of(),
                null);
    }

    SplittableRandom random() {
        return random;
    }

    private int householdSize() {
        int roll = random.nextInt(100);
        return roll < 15 ? 1 : roll < 40 ? 2 : roll < 70 ? 3 : roll < 90 ? 4 : 5;
    }

    private Household household(int size) {
        Township township = townships.get(random.nextInt(townships.size()));
        long id = householdId++;
        String village =
                VILLAGES[random.nextInt(VILLAGES.length)] + (township.name().endsWith("街道") ? "社区" : "村");
        String address = township.countyName() + township.name() + village + (1 + random.nextInt(12)) + "组";

        var plan = new ArrayList<Plan>();
        boolean headMale = random.nextInt(100) < 72;
        LocalDate headBirth = between(LocalDate.of(1935, 1, 1), LocalDate.of(1998, 12, 31));
        String familySurname = ChineseNames.surname(random);
        String spouseSurname = ChineseNames.surname(random);
        plan.add(new Plan("户主", headMale, headBirth, headMale ? familySurname : spouseSurname));
        boolean spouse = size >= 3 || size == 2 && random.nextInt(100) < 80;
        if (spouse) {
            plan.add(new Plan(
                    "配偶",
                    !headMale,
                    near(headBirth.minusYears(6), headBirth.plusYears(6)),
                    headMale ? spouseSurname : familySurname));
        }
        while (plan.size() < size) {
            boolean male = random.nextBoolean();
            int slot = plan.size();
            if (slot == 4 && headBirth.getYear() >= 1965) {
                plan.add(new Plan(
                        "父母",
                        random.nextBoolean(),
                        near(headBirth.minusYears(35), headBirth.minusYears(22)),
                        headMale ? familySurname : spouseSurname));
            } else if (slot == 4) {
                plan.add(new Plan("孙子女", male, near(headBirth.plusYears(45), headBirth.plusYears(60)), familySurname));
            } else {
                plan.add(new Plan("子女", male, near(headBirth.plusYears(20), headBirth.plusYears(38)), familySurname));
            }
        }

        // a department recognises a household; some people also hold a category of their own
        AssistanceCategory householdCategory = random.nextInt(100) < 27 ? householdCategory(size) : null;
        Membership shared = householdCategory == null ? null : membership(householdCategory, township);

        var members = new ArrayList<Member>(size);
        for (Plan p : plan) {
            var memberships = new ArrayList<Membership>(2);
            if (shared != null) {
                memberships.add(new Membership(
                        membershipId++,
                        shared.category(),
                        shared.department(),
                        shared.documentNumber(),
                        shared.validFrom(),
                        shared.validTo()));
            }
            if (random.nextInt(1000) < 35) {
                memberships.add(membership(individualCategory(p.birth()), township));
            }
            String name =
                    p.surname() + ChineseNames.given(random, p.male(), p.birth().getYear());
            boolean adult = p.birth().isBefore(LocalDate.of(YEAR - 16, 1, 1));
            String phone = p.relation().equals("户主") || adult && random.nextInt(100) < 60 ? phone() : null;
            Enrolment enrolment = random.nextInt(100) < 60 ? enrolment(memberships) : null;
            members.add(new Member(
                    personId++,
                    residentId(township, p.birth(), p.male()),
                    name,
                    phone,
                    p.birth(),
                    p.male(),
                    p.relation(),
                    memberships,
                    enrolment));
        }
        return new Household(id, township, address, members);
    }

    private record Plan(String relation, boolean male, LocalDate birth, String surname) {}

    private AssistanceCategory householdCategory(int size) {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return AssistanceCategory.LOW_INCOME_GUARANTEE;
        } else if (roll < 55) {
            return AssistanceCategory.STABLE_LIFTED;
        } else if (roll < 65) {
            return AssistanceCategory.MONITORED_AT_RISK;
        } else if (roll < 75) {
            return AssistanceCategory.MARGINAL_LOW_INCOME;
        } else if (roll < 85) {
            return AssistanceCategory.REGISTERED_POOR;
        } else if (roll < 91) {
            return size == 1 ? AssistanceCategory.EXTREMELY_POOR : AssistanceCategory.LOW_INCOME_GUARANTEE;
        } else if (roll < 96) {
            return AssistanceCategory.RETURNED_TO_POVERTY;
        }
        return AssistanceCategory.ILLNESS_IMPOVERISHED;
    }

    private AssistanceCategory individualCategory(LocalDate birth) {
        int roll = random.nextInt(100);
        if (roll < 10 && birth.isAfter(LocalDate.of(YEAR - 18, 1, 1))) {
            return AssistanceCategory.ORPHAN;
        }
        return roll < 65 ? AssistanceCategory.SEVERELY_DISABLED : AssistanceCategory.ILLNESS_IMPOVERISHED;
    }

    static Department departmentOf(AssistanceCategory category) {
        return switch (category) {
            case EXTREMELY_POOR, ORPHAN, LOW_INCOME_GUARANTEE, MARGINAL_LOW_INCOME -> Department.CIVIL_AFFAIRS;
            case RETURNED_TO_POVERTY, MONITORED_AT_RISK, REGISTERED_POOR, STABLE_LIFTED ->
                Department.RURAL_REVITALISATION;
            case SEVERELY_DISABLED -> Department.DISABLED_PERSONS_FEDERATION;
            case ILLNESS_IMPOVERISHED -> Department.HEALTHCARE_SECURITY;
        };
    }

    private Membership membership(AssistanceCategory category, Township township) {
        LocalDate from;
        LocalDate to = null;
        if (category == AssistanceCategory.REGISTERED_POOR) { // 建档立卡 ended with 2020
            from = between(LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31));
            to = LocalDate.of(2020, 12, 31);
        } else if (category == AssistanceCategory.STABLE_LIFTED) {
            from = between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        } else {
            from = between(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 6, 30));
            if (random.nextInt(100) < 12) {
                to = from.plusDays(random.nextInt(180, 4 * 365));
                if (to.isAfter(LocalDate.of(2026, 10, 31))) {
                    to = null;
                }
            }
        }
        Department department = departmentOf(category);
        return new Membership(
                membershipId++, category, department, document(township, department, from.getYear()), from, to);
    }

    static String documentNumber(Township township, Department department, int year, int serial) {
        String office = switch (department) {
            case CIVIL_AFFAIRS -> "民发";
            case RURAL_REVITALISATION -> "乡振";
            case DISABLED_PERSONS_FEDERATION -> "残联";
            case HEALTHCARE_SECURITY -> "医保";
        };
        return township.countyName().charAt(0) + office + "〔" + year + "〕" + serial + "号";
    }

    private String document(Township township, Department department, int year) {
        documentSerial = documentSerial % 300 + 1;
        return documentNumber(township, department, year, documentSerial);
    }

    private Enrolment enrolment(List<Membership> memberships) {
        int roll = random.nextInt(100);
        EnrolmentStatus status = roll < 85
                ? EnrolmentStatus.ENROLLED
                : roll < 90
                        ? EnrolmentStatus.EMPLOYEE_INSURANCE
                        : roll < 94
                                ? EnrolmentStatus.ENROLLED_ELSEWHERE
                                : roll < 97 ? EnrolmentStatus.SUSPENDED : EnrolmentStatus.NOT_ENROLLED;
        if (status != EnrolmentStatus.ENROLLED) {
            return new Enrolment(enrolmentId++, status, SubsidyType.NONE, 0, null);
        }
        OptionalInt best = memberships.stream()
                .filter(m -> m.heldOn(CLASS_DATE))
                .map(m -> m.category().defaultClass())
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .min();
        SubsidyType type = best.isEmpty() || best.getAsInt() > 3
                ? SubsidyType.NONE
                : best.getAsInt() == 1 ? SubsidyType.FULL : SubsidyType.FIXED;
        int amount = type == SubsidyType.FULL ? 320 : type == SubsidyType.FIXED ? 180 : 0;
        return new Enrolment(
                enrolmentId++, status, type, amount, between(LocalDate.of(YEAR - 1, 9, 1), LocalDate.of(YEAR, 2, 28)));
    }

    private String phone() {
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    private String residentId(Township township, LocalDate birth, boolean male) {
        int county = counties.indexOf(township.countyCode());
        int day = (int) (birth.toEpochDay() - FIRST_BIRTH.toEpochDay());
        int slot = (county * DAYS + day) * 2 + (male ? 1 : 0);
        int k = sequences[slot]++;
        if (k >= 450) {
            throw new IllegalStateException(
                    "more than 450 people of one sex born on " + birth + " in " + township.countyCode());
        }
        // the k-th of a slot takes the k-th of the 450 sequences of its parity, starting at a place of its own
        int start = (int) (((slot * 0x9E3779B97F4A7C15L) >>> 40) % 450);
        int sequence = 100 + 2 * ((start + k) % 450) + (male ? 1 : 0);
        String first17 = township.countyCode()
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence);
        return first17 + ResidentId.checkCharacter(first17);
    }

    private LocalDate between(LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }

    /**
     * A birth date between the two, cut to the years the register covers; never piled up on the first or last day
     * (a range wholly outside falls back to the year at that end).
     */
    private LocalDate near(LocalDate first, LocalDate last) {
        LocalDate from = first.isBefore(FIRST_BIRTH) ? FIRST_BIRTH : first;
        LocalDate to = last.isAfter(LAST_BIRTH) ? LAST_BIRTH : last;
        if (from.isAfter(to)) {
            return from.isAfter(LAST_BIRTH)
                    ? between(LAST_BIRTH.minusYears(1), LAST_BIRTH)
                    : between(FIRST_BIRTH, FIRST_BIRTH.plusYears(1));
        }
        return between(from, to);
    }
}
