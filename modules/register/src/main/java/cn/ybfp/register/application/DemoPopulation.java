package cn.ybfp.register.application;

import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Sex;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonStatus;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people of the living demo as the departments' files would have them, before any clerk enters them: households of
 * one to five people with common names, valid ID numbers and the categories their departments recognised, with
 * validity dates laid out around today. Pure generation from the demo's seeded random; {@link RegisterDemo} enters
 * them through the services.
 */
final class DemoPopulation {

    /** A category a department recognised for a person, with the decision's document and validity. */
    record Recognition(
            AssistanceCategory category, Department department, String documentNumber, LocalDate from, LocalDate to) {

        boolean heldOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    /** One person, and what the demo did with them so far ({@code id} once registered). */
    static final class Resident {
        final DivisionView township;
        final Family family;
        final String idNumber;
        final String name;
        final LocalDate birthDate;
        final Sex sex;
        final String relation;
        final String phone;
        final List<Recognition> recognitions = new ArrayList<>();
        /** The status recorded per enrolment year; a year without one has no record. */
        final Map<Integer, EnrolmentStatus> enrolments = new TreeMap<>();

        long id;
        PersonStatus status = PersonStatus.NORMAL;
        /** Already taken for a special story (a closed case, a death, a list row), so that no two stories collide. */
        boolean taken;

        Resident(
                DivisionView township,
                Family family,
                String idNumber,
                String name,
                LocalDate birthDate,
                Sex sex,
                String relation,
                String phone) {
            this.township = township;
            this.family = family;
            this.idNumber = idNumber;
            this.name = name;
            this.birthDate = birthDate;
            this.sex = sex;
            this.relation = relation;
            this.phone = phone;
        }

        int age(LocalDate day) {
            return Period.between(birthDate, day).getYears();
        }

        boolean holds(AssistanceCategory category, LocalDate day) {
            return recognitions.stream().anyMatch(r -> r.category() == category && r.heldOn(day));
        }

        /** Free for a story: registered, living here, and not in another story. */
        boolean free() {
            return id != 0 && !taken && status == PersonStatus.NORMAL;
        }
    }

    /** A household (户) of one township, its head first. */
    static final class Family {
        final DivisionView township;
        final String address;
        final List<Resident> members = new ArrayList<>();
        long householdId;

        Family(DivisionView township, String address) {
            this.township = township;
            this.address = address;
        }

        Resident head() {
            return members.get(0);
        }
    }

    /** What a household was recognised as: the category its members share, or a story of its own. */
    private enum Kind {
        EXTREMELY_POOR,
        LOW_INCOME,
        MARGINAL,
        MONITORED,
        RETURNED,
        STABLE_LIFTED,
        FORMER_LOW_INCOME,
        ORPHANS
    }

    private static final Kind[] KINDS = Kind.values();
    /**
     * Households per kind in a town (镇): single 特困 people, families on 低保 and 低保边缘, the rural monitoring
     * (监测对象, 返贫致贫, 稳定脱贫), a few whose 低保 has ended and a few orphans with a grandparent. By people this
     * gives about 特困 5%, 低保 35%, 低保边缘 15%, 监测对象 20%, 返贫致贫 5%, 稳定脱贫 8%.
     */
    private static final int[] RURAL_WEIGHTS = {11, 28, 10, 30, 6, 10, 2, 2};
    /** Streets (街道) have no rural monitoring: the civil-affairs categories only. */
    private static final int[] URBAN_WEIGHTS = {14, 46, 17, 0, 0, 0, 2, 2};

    /** Household sizes 1–5 (an average of about 2.6). */
    private static final int[] SIZE_WEIGHTS = {20, 30, 25, 17, 8};

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "于",
        "董", "姜", "崔", "韩", "曹", "冯", "宋", "郑", "田", "白", "金", "曲", "吕", "丁", "付", "贾", "范", "关", "邵", "谢"
    };
    private static final int[] SURNAME_WEIGHTS = {
        72, 70, 68, 54, 28, 30, 26, 16, 17, 16, 13, 15, 13, 11, 10, 11, 8, 12, 6, 10, 8, 8, 6, 8, 6, 6, 6, 6, 6, 5, 5,
        3, 4, 4, 4, 4, 3, 3, 2, 4
    };

    /** Given names by birth years (before 1960, 1960–1979, 1980–1999, from 2000), as people of those years were named. */
    private static final String[][] MEN = {
        {
            "建国", "德胜", "长海", "福林", "玉山", "振山", "国庆", "凤山", "宝山", "连生", "景春", "树林", "占江", "永祥", "广才", "殿臣", "洪财", "春生",
            "守义", "庆余"
        },
        {"建军", "建华", "国良", "志刚", "海军", "卫东", "立新", "长春", "伟", "军", "强", "勇", "明", "刚", "峰", "宏伟", "春雷", "宝军", "忠良", "铁军"
        },
        {"磊", "鹏", "超", "浩", "宇", "亮", "鑫", "帅", "博", "东旭", "海涛", "晓东", "文博", "佳明", "俊峰", "立伟", "金龙", "天宇"},
        {"子轩", "浩然", "宇航", "梓豪", "俊熙", "博文", "一鸣", "思远", "皓轩", "沐阳", "奕辰", "子墨", "铭泽", "宇轩", "嘉懿"}
    };

    private static final String[][] WOMEN = {
        {"秀兰", "桂英", "淑珍", "玉兰", "凤芝", "桂芝", "秀珍", "淑兰", "玉珍", "凤英", "素芬", "桂兰", "玉芬", "淑芬", "秀芳", "金凤", "春兰", "翠花"},
        {"丽华", "秀云", "红梅", "丽萍", "艳华", "春梅", "淑华", "红霞", "玉梅", "丽娟", "艳", "霞", "敏", "静", "燕", "丽", "娟", "玲"},
        {"婷婷", "丹", "雪", "莹", "晶", "琳", "佳", "薇", "欢", "美玲", "晓丽", "海燕", "丽丽", "雪梅", "冬梅", "慧", "颖"},
        {"欣怡", "梓涵", "雨涵", "可馨", "子涵", "诗涵", "紫萱", "一诺", "梦琪", "思彤", "佳怡", "雨桐", "若汐", "语嫣", "欣妍"}
    };

    private static final String[] COMMUNITIES = {
        "新华社区", "东风社区", "向阳社区", "长青社区", "和平社区", "建设社区", "胜利社区", "友谊社区", "光明社区", "民主社区"
    };
    private static final String[] VILLAGES = {
        "红旗村", "前进村", "永安村", "太平村", "长山村", "榆树村", "新立村", "双龙村", "富民村", "兴隆村", "五星村", "东升村", "三合村", "四家子村", "腰屯村", "靠山村"
    };
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "155", "157", "158", "159", "176", "180",
        "186", "187", "188", "189"
    };

    private final Random random;
    private final LocalDate today;
    /** Every ID number handed out, so that none is drawn twice. */
    private final Set<String> idNumbers = new HashSet<>();

    DemoPopulation(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /**
     * The households of a township, until they hold at least {@code people} people. {@code datedOnly}: every
     * category has an end date (a category entered by hand needs one; the departments' decisions often have none).
     */
    List<Family> families(DivisionView township, String countyName, int people, boolean datedOnly) {
        boolean street = township.name().endsWith("街道");
        List<String> places = new ArrayList<>(List.of(street ? COMMUNITIES : VILLAGES));
        Collections.shuffle(places, random);
        places = places.subList(0, 5);
        List<Family> families = new ArrayList<>();
        int count = 0;
        while (count < people) {
            String address = countyName + township.name() + places.get(random.nextInt(places.size()))
                    + (1 + random.nextInt(9)) + "组";
            Family family = new Family(township, address);
            Kind kind = KINDS[weighted(street ? URBAN_WEIGHTS : RURAL_WEIGHTS)];
            String abbreviation = countyName.substring(0, 1);
            fill(family, kind, abbreviation, datedOnly);
            families.add(family);
            count += family.members.size();
        }
        return families;
    }

    private void fill(Family family, Kind kind, String county, boolean datedOnly) {
        switch (kind) {
            case EXTREMELY_POOR -> {
                Resident alone = head(family, 60 + random.nextInt(33), random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
                share(family, AssistanceCategory.EXTREMELY_POOR, county, validity(12, 120, datedOnly));
                disability(alone, county, datedOnly);
            }
            case ORPHANS -> orphans(family, county, datedOnly);
            case FORMER_LOW_INCOME -> {
                household(family);
                LocalDate to = today.minusDays(30 + random.nextInt(670));
                LocalDate from = to.minusMonths(12 + random.nextInt(48)).withDayOfMonth(1);
                share(family, AssistanceCategory.LOW_INCOME_GUARANTEE, county, new Validity(from, to));
            }
            case STABLE_LIFTED -> {
                household(family);
                // 建档立卡 ended with the year poverty was declared overcome; 稳定脱贫 followed the next day
                LocalDate stable = LocalDate.of(today.getYear() - 5, 1, 1);
                LocalDate registered =
                        LocalDate.of(today.getYear() - 10 + random.nextInt(3), 1 + random.nextInt(12), 1);
                share(
                        family,
                        AssistanceCategory.REGISTERED_POOR,
                        county,
                        new Validity(registered, stable.minusDays(1)));
                share(
                        family,
                        AssistanceCategory.STABLE_LIFTED,
                        county,
                        new Validity(stable, datedOnly ? LocalDate.of(today.getYear() + 1, 12, 31) : null));
            }
            default -> {
                household(family);
                AssistanceCategory category = switch (kind) {
                    case LOW_INCOME -> AssistanceCategory.LOW_INCOME_GUARANTEE;
                    case MARGINAL -> AssistanceCategory.MARGINAL_LOW_INCOME;
                    case MONITORED -> AssistanceCategory.MONITORED_AT_RISK;
                    default -> AssistanceCategory.RETURNED_TO_POVERTY;
                };
                share(family, category, county, validity(3, kind == Kind.LOW_INCOME ? 96 : 48, datedOnly));
            }
        }
        if (kind != Kind.EXTREMELY_POOR) {
            family.members.stream().filter(r -> r.age(today) >= 16).forEach(r -> disability(r, county, datedOnly));
        }
    }

    /** A household of one to five: head, spouse, perhaps a parent of the head, children. */
    private void household(Family family) {
        int size = 1 + weighted(SIZE_WEIGHTS);
        int headAge = 30 + random.nextInt(53);
        Sex headSex = random.nextInt(10) < 7 ? Sex.MALE : Sex.FEMALE;
        Resident head = head(family, headAge, headSex);
        String surname = head.name.substring(0, 1);
        Resident spouse = null;
        int left = size - 1;
        if (left > 0 && random.nextInt(100) < 85) {
            spouse = member(family, clamp(headAge - 5 + random.nextInt(11), 22, 95), other(headSex), surname(), "配偶");
            left--;
        }
        if (left > 0 && headAge <= 55 && random.nextInt(100) < 35) {
            boolean father = random.nextInt(100) < 55;
            String parentSurname = father ? surname : surname();
            member(
                    family,
                    Math.min(95, headAge + 22 + random.nextInt(12)),
                    father ? Sex.MALE : Sex.FEMALE,
                    parentSurname,
                    "父母");
            left--;
        }
        String childSurname = headSex == Sex.FEMALE && spouse != null ? spouse.name.substring(0, 1) : surname;
        for (; left > 0; left--) {
            int age = Math.max(1, headAge - 22 - random.nextInt(16));
            member(family, age, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, childSurname, "子女");
        }
    }

    /** A grandparent on 低保 raising one or two orphaned grandchildren (孤儿, until they turn 18). */
    private void orphans(Family family, String county, boolean datedOnly) {
        Resident grandparent = head(family, 58 + random.nextInt(19), random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
        String surname = grandparent.name.substring(0, 1);
        int children = 1 + random.nextInt(2);
        for (int i = 0; i < children; i++) {
            member(family, 3 + random.nextInt(13), random.nextBoolean() ? Sex.MALE : Sex.FEMALE, surname, "孙子女");
        }
        share(family, AssistanceCategory.LOW_INCOME_GUARANTEE, county, validity(6, 84, datedOnly));
        for (Resident child : family.members.subList(1, family.members.size())) {
            LocalDate from = today.minusMonths(3 + random.nextInt(48)).withDayOfMonth(1);
            LocalDate since = from.isBefore(child.birthDate) ? child.birthDate : from;
            child.recognitions.add(recognition(
                    AssistanceCategory.ORPHAN,
                    county,
                    new Validity(since, child.birthDate.plusYears(18).minusDays(1))));
        }
    }

    /** Now and then an adult is also recognised as severely disabled (重度残疾, by the 残联). */
    private void disability(Resident resident, String county, boolean datedOnly) {
        if (random.nextInt(100) < 4) {
            resident.recognitions.add(
                    recognition(AssistanceCategory.SEVERELY_DISABLED, county, validity(6, 120, datedOnly)));
        }
    }

    /** The same decision for every member, as departments decide for a household. */
    private void share(Family family, AssistanceCategory category, String county, Validity validity) {
        Recognition recognition = recognition(category, county, validity);
        family.members.forEach(r -> r.recognitions.add(recognition));
    }

    private Recognition recognition(AssistanceCategory category, String county, Validity validity) {
        Department department = departmentOf(category);
        return new Recognition(
                category, department, document(county, department, validity.from()), validity.from(), validity.to());
    }

    static Department departmentOf(AssistanceCategory category) {
        return switch (category) {
            case EXTREMELY_POOR, ORPHAN, LOW_INCOME_GUARANTEE, MARGINAL_LOW_INCOME -> Department.CIVIL_AFFAIRS;
            case SEVERELY_DISABLED -> Department.DISABLED_PERSONS_FEDERATION;
            case ILLNESS_IMPOVERISHED -> Department.HEALTHCARE_SECURITY;
            default -> Department.RURAL_REVITALISATION;
        };
    }

    /** A decision's document number in the county's style: 双民发〔2024〕12号, 农乡振〔2025〕3号, 永残联〔2021〕9号. */
    String document(String county, Department department, LocalDate decided) {
        String office = switch (department) {
            case CIVIL_AFFAIRS -> "民发";
            case RURAL_REVITALISATION -> "乡振";
            case DISABLED_PERSONS_FEDERATION -> "残联";
            case HEALTHCARE_SECURITY -> "医保发";
        };
        return county + office + "〔" + decided.getYear() + "〕" + (1 + random.nextInt(60)) + "号";
    }

    private record Validity(LocalDate from, LocalDate to) {}

    /**
     * Recognised between {@code minMonths} and {@code maxMonths} ago; mostly still valid (open-ended unless
     * {@code datedOnly}, else ending a year or more from now), some ending within 60 days, some already ended.
     */
    private Validity validity(int minMonths, int maxMonths, boolean datedOnly) {
        LocalDate from = today.minusMonths(minMonths + random.nextInt(maxMonths - minMonths + 1))
                .withDayOfMonth(1);
        int draw = random.nextInt(100);
        if (draw < 3) {
            LocalDate to = today.minusDays(15 + random.nextInt(300));
            if (!from.isBefore(to)) {
                from = to.minusMonths(6 + random.nextInt(30)).withDayOfMonth(1);
            }
            return new Validity(from, to);
        }
        if (draw < 8) {
            return new Validity(from, today.plusDays(1 + random.nextInt(60)));
        }
        if (datedOnly || draw < 25) {
            return new Validity(from, LocalDate.of(today.getYear() + 1 + random.nextInt(2), 12, 31));
        }
        return new Validity(from, null);
    }

    private Resident head(Family family, int age, Sex sex) {
        return member(family, age, sex, surname(), "户主");
    }

    private Resident member(Family family, int age, Sex sex, String surname, String relation) {
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        Resident resident = person(family.township, family, birth, sex, surname, relation);
        family.members.add(resident);
        return resident;
    }

    /** A child born {@code daysOld} days ago into the household, named after its father (子女). */
    Resident newborn(Family family, int daysOld) {
        Resident head = family.head();
        String surname = family.members.stream()
                .filter(r -> r.sex == Sex.MALE && (r == head || r.relation.equals("配偶")))
                .findFirst()
                .orElse(head)
                .name
                .substring(0, 1);
        Resident child = person(
                family.township,
                family,
                today.minusDays(daysOld),
                random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                surname,
                "子女");
        family.members.add(child);
        return child;
    }

    /** Someone the register does not know yet: a new name on a department's list. */
    Resident stranger(DivisionView township, int minAge, int maxAge) {
        LocalDate birth =
                today.minusYears(minAge + random.nextInt(maxAge - minAge + 1)).minusDays(random.nextInt(365));
        return person(township, null, birth, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, surname(), "户主");
    }

    private Resident person(
            DivisionView township, Family family, LocalDate birth, Sex sex, String surname, String relation) {
        int age = Period.between(birth, today).getYears();
        String phone = relation.equals("户主") || age >= 18 && random.nextInt(100) < 30 ? mobile() : null;
        return new Resident(
                township,
                family,
                idNumber(township.parent(), birth, sex),
                surname + givenName(sex, birth.getYear()),
                birth,
                sex,
                relation,
                phone);
    }

    /**
     * A valid ID number of the township's county: county code, birth date, a sequence whose odd last digit means a
     * man, and the check character. The sequence stays in 500–999: the eight fixed demo people and the ID numbers
     * the tests make up in bulk use 000–499.
     */
    String idNumber(DivisionCode county, LocalDate birth, Sex sex) {
        while (true) {
            int sequence = 500 + 2 * random.nextInt(250) + (sex == Sex.MALE ? 1 : 0);
            String first17 = county.value() + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
            String number = first17 + ResidentId.checkCharacter(first17);
            if (idNumbers.add(number)) {
                return number;
            }
        }
    }

    private String givenName(Sex sex, int birthYear) {
        int generation = birthYear < 1960 ? 0 : birthYear < 1980 ? 1 : birthYear < 2000 ? 2 : 3;
        String[] names = (sex == Sex.MALE ? MEN : WOMEN)[generation];
        return names[random.nextInt(names.length)];
    }

    private String surname() {
        return SURNAMES[weighted(SURNAME_WEIGHTS)];
    }

    private String mobile() {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; ; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
    }

    private static Sex other(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
