package cn.ybfp.web.bench;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.register.api.Department;
import cn.ybfp.web.bench.SyntheticPopulation.Household;
import cn.ybfp.web.bench.SyntheticPopulation.Member;
import cn.ybfp.web.bench.SyntheticPopulation.Membership;
import cn.ybfp.web.bench.SyntheticPopulation.Township;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An exchange list (数据交换比对) from civil affairs (民政: 特困, 孤儿, 低保, 低保边缘) that fits a synthetic register
 * generated with the same townships, count and seed, for the benchmark of the exchange comparison.
 *
 * <p>The file is CSV UTF-8 as Excel saves it (byte-order mark, CRLF), header
 * {@code 身份证号,姓名,类别,行政区划,认定日期,终止日期,文号}. Rows, shuffled:
 * <ul>
 * <li>{@link Kind#SAME} (40%): a person of the register who holds that civil-affairs category now, same name, same
 * date and document: nothing to change;</li>
 * <li>{@link Kind#NEW_CATEGORY} (15%): a person of the register who holds no civil-affairs category, now
 * recognised;</li>
 * <li>{@link Kind#ENDED} (10%): a person's current category with an end date (终止日期) in 2026;</li>
 * <li>{@link Kind#NEW_PERSON} (20%): somebody not in the register (valid, unused ID number); more when the
 * register has fewer people than planned for the kinds above (their holders are then shared 4 : 1 between
 * {@link Kind#SAME} and {@link Kind#ENDED}), so that the file always has the rows asked for;</li>
 * <li>bad rows (15%, in turn): wrong check character, impossible birth date in the ID number, a register person's ID
 * with another name, a category that names nothing certain (脱贫户), a division that does not exist, an impossible
 * date, an empty name, and a repeat of an earlier row.</li>
 * </ul>
 * Category texts and date formats vary as real lists do (低保户, 特困供养人员, 2021/3/1, 2021年3月1日, …). A second file,
 * {@code FILE.expected.csv}, gives for each data row (1 = the first row after the header) the kind it was made as, so
 * a comparison can be checked against it.
 */
final class SyntheticExchangeFile {

    enum Kind {
        SAME,
        NEW_CATEGORY,
        ENDED,
        NEW_PERSON,
        BAD_CHECK_CHARACTER,
        BAD_ID_DATE,
        NAME_MISMATCH,
        UNKNOWN_CATEGORY,
        UNKNOWN_DIVISION,
        BAD_DATE,
        MISSING_NAME,
        DUPLICATE
    }

    private static final Kind[] BAD = {
        Kind.BAD_CHECK_CHARACTER,
        Kind.BAD_ID_DATE,
        Kind.NAME_MISMATCH,
        Kind.UNKNOWN_CATEGORY,
        Kind.UNKNOWN_DIVISION,
        Kind.BAD_DATE,
        Kind.MISSING_NAME,
        Kind.DUPLICATE
    };

    private static final Map<AssistanceCategory, String[]> TEXTS = Map.of(
            AssistanceCategory.EXTREMELY_POOR, new String[] {"特困人员", "特困供养人员", "特困", "五保户", "农村五保供养对象"},
            AssistanceCategory.ORPHAN, new String[] {"孤儿", "事实无人抚养儿童", "孤儿（含事实无人抚养儿童）"},
            AssistanceCategory.LOW_INCOME_GUARANTEE, new String[] {"低保对象", "低保", "低保户", "农村低保", "城市低保"},
            AssistanceCategory.MARGINAL_LOW_INCOME, new String[] {"低保边缘家庭成员", "低保边缘户", "低保边缘"});

    private record Row(
            Kind kind,
            String idNumber,
            String name,
            String category,
            String division,
            String recognised,
            String end,
            String document) {}

    private SyntheticExchangeFile() {}

    /** Writes the file and its expectations; answers the number of rows of each kind. */
    static String write(Path file, int rows, String scope, List<Township> townships, int count, long seed)
            throws IOException {
        List<Township> inScope =
                townships.stream().filter(t -> t.code().startsWith(scope)).toList();
        if (inScope.isEmpty()) {
            throw new IllegalArgumentException("no township within " + scope);
        }
        var plan = new EnumMap<Kind, Integer>(Kind.class);
        plan.put(Kind.SAME, rows * 40 / 100);
        plan.put(Kind.NEW_CATEGORY, rows * 15 / 100);
        plan.put(Kind.ENDED, rows * 10 / 100);
        plan.put(Kind.NEW_PERSON, rows * 20 / 100);
        int bad = rows - plan.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < bad; i++) {
            plan.merge(BAD[i % BAD.length], 1, Integer::sum);
        }

        // one pass over the register: samples of the people in scope, with and without a civil-affairs category
        var random = new SplittableRandom(seed ^ 0x5EEDL);
        LocalDate today = LocalDate.of(SyntheticPopulation.YEAR, 11, 1);
        Predicate<Membership> civil =
                m -> m.department() == Department.CIVIL_AFFAIRS && m.heldOn(today) && m.validTo() == null;
        var holders = new Reservoir<Holder>(plan.get(Kind.SAME) + plan.get(Kind.ENDED), random);
        var others =
                new Reservoir<Holder>(plan.get(Kind.NEW_CATEGORY) + plan.getOrDefault(Kind.NAME_MISMATCH, 0), random);
        var population = new SyntheticPopulation(townships, count, seed);
        population.generate((Household h) -> {
            if (!h.township().code().startsWith(scope)) {
                return;
            }
            for (Member m : h.members()) {
                var held = m.memberships().stream().filter(civil).findFirst();
                if (held.isPresent()) {
                    holders.offer(new Holder(m, h.township(), held.get()));
                } else {
                    others.offer(new Holder(m, h.township(), null));
                }
            }
        });

        var made = new ArrayList<Row>(rows);
        var holderList = holders.items();
        var otherList = new ArrayList<>(others.items());
        int nextHolder = 0;
        // holders shared out as planned (40 : 10) when the register has fewer than the plan asks for
        int same = Math.min(plan.get(Kind.SAME), holderList.size() * 4 / 5);
        for (int i = 0; i < same; i++) {
            Holder h = holderList.get(nextHolder++);
            made.add(new Row(
                    Kind.SAME,
                    h.member().idNumber(),
                    h.member().name(),
                    text(h.held().category(), random),
                    h.township().code(),
                    date(h.held().validFrom(), random),
                    "",
                    h.held().documentNumber()));
        }
        for (int i = 0; i < plan.get(Kind.ENDED) && nextHolder < holderList.size(); i++) {
            Holder h = holderList.get(nextHolder++);
            LocalDate end = between(LocalDate.of(SyntheticPopulation.YEAR, 1, 1), today, random);
            if (!end.isAfter(h.held().validFrom())) {
                end = h.held().validFrom().plusDays(30);
            }
            made.add(new Row(
                    Kind.ENDED,
                    h.member().idNumber(),
                    h.member().name(),
                    text(h.held().category(), random),
                    h.township().code(),
                    date(h.held().validFrom(), random),
                    date(end, random),
                    h.held().documentNumber()));
        }
        for (int i = 0; i < plan.get(Kind.NEW_CATEGORY) && !otherList.isEmpty(); i++) {
            Holder h = otherList.remove(otherList.size() - 1);
            AssistanceCategory category =
                    h.member().birthDate().isAfter(LocalDate.of(2009, 1, 1)) && random.nextInt(10) == 0
                            ? AssistanceCategory.ORPHAN
                            : random.nextInt(3) == 0
                                    ? AssistanceCategory.MARGINAL_LOW_INCOME
                                    : AssistanceCategory.LOW_INCOME_GUARANTEE;
            made.add(recognised(Kind.NEW_CATEGORY, h.member(), h.township(), category, random));
        }
        for (int i = 0; i < plan.get(Kind.NEW_PERSON); i++) {
            Township t = inScope.get(random.nextInt(inScope.size()));
            Member m = population.newcomer(t);
            made.add(recognised(
                    Kind.NEW_PERSON,
                    m,
                    t,
                    random.nextInt(8) == 0
                            ? AssistanceCategory.EXTREMELY_POOR
                            : AssistanceCategory.LOW_INCOME_GUARANTEE,
                    random));
        }
        for (Kind kind : BAD) {
            for (int i = 0; i < plan.getOrDefault(kind, 0) && kind != Kind.DUPLICATE; i++) {
                Row r = bad(kind, otherList, inScope, population, random);
                if (r != null) {
                    made.add(r);
                }
            }
        }
        // new people fill the file up to its size where the register had too few people of a kind
        int duplicates = plan.getOrDefault(Kind.DUPLICATE, 0);
        while (made.size() < rows - duplicates) {
            Township t = inScope.get(random.nextInt(inScope.size()));
            made.add(recognised(
                    Kind.NEW_PERSON, population.newcomer(t), t, AssistanceCategory.LOW_INCOME_GUARANTEE, random));
        }
        // shuffle, then put each repeat somewhere after the row it repeats
        for (int i = made.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            made.set(i, made.set(j, made.get(i)));
        }
        for (int i = 0; i < duplicates && !made.isEmpty(); ) {
            int original = random.nextInt(made.size());
            Row o = made.get(original);
            if (o.kind() == Kind.DUPLICATE) {
                continue; // repeat a first occurrence only
            }
            i++;
            made.add(
                    original + 1 + random.nextInt(made.size() - original),
                    new Row(
                            Kind.DUPLICATE,
                            o.idNumber(),
                            o.name(),
                            o.category(),
                            o.division(),
                            o.recognised(),
                            o.end(),
                            o.document()));
        }

        Path expected = file.resolveSibling(file.getFileName() + ".expected.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Writer exp = Files.newBufferedWriter(expected, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("身份证号,姓名,类别,行政区划,认定日期,终止日期,文号\r\n");
            exp.write("row,kind,id_number\n");
            int number = 0;
            for (Row r : made) {
                out.write(String.join(
                        ",",
                        csv(r.idNumber()),
                        csv(r.name()),
                        csv(r.category()),
                        csv(r.division()),
                        csv(r.recognised()),
                        csv(r.end()),
                        csv(r.document())));
                out.write("\r\n");
                exp.write(++number + "," + r.kind() + "," + r.idNumber() + "\n");
            }
        }
        return made.size() + " rows "
                + made.stream()
                        .collect(Collectors.groupingBy(
                                Row::kind, () -> new EnumMap<>(Kind.class), Collectors.counting()))
                + "; expectations in " + expected;
    }

    private record Holder(Member member, Township township, Membership held) {}

    private static Row recognised(
            Kind kind, Member m, Township t, AssistanceCategory category, SplittableRandom random) {
        LocalDate from = between(
                LocalDate.of(SyntheticPopulation.YEAR, 1, 1), LocalDate.of(SyntheticPopulation.YEAR, 10, 31), random);
        String document = SyntheticPopulation.documentNumber(
                t, Department.CIVIL_AFFAIRS, from.getYear(), 1 + random.nextInt(300));
        return new Row(
                kind, m.idNumber(), m.name(), text(category, random), t.code(), date(from, random), "", document);
    }

    private static Row bad(
            Kind kind,
            List<Holder> others,
            List<Township> inScope,
            SyntheticPopulation population,
            SplittableRandom random) {
        Township t = inScope.get(random.nextInt(inScope.size()));
        Member newcomer = population.newcomer(t);
        Row fine = recognised(kind, newcomer, t, AssistanceCategory.LOW_INCOME_GUARANTEE, random);
        String id = newcomer.idNumber();
        return switch (kind) {
            case BAD_CHECK_CHARACTER -> {
                char wrong = ResidentId.checkCharacter(id.substring(0, 17)) == '1' ? '2' : '1';
                yield with(
                        fine,
                        id.substring(0, 17) + wrong,
                        fine.name(),
                        fine.category(),
                        fine.division(),
                        fine.recognised());
            }
            case BAD_ID_DATE -> { // 13th month, with the check character that fits the digits
                String first17 = id.substring(0, 10) + "13" + id.substring(12, 17);
                yield with(
                        fine,
                        first17 + ResidentId.checkCharacter(first17),
                        fine.name(),
                        fine.category(),
                        fine.division(),
                        fine.recognised());
            }
            case NAME_MISMATCH -> {
                if (others.isEmpty()) {
                    yield null;
                }
                Holder h = others.remove(others.size() - 1);
                String other = newcomer.name().equals(h.member().name()) ? newcomer.name() + "某" : newcomer.name();
                yield with(
                        fine,
                        h.member().idNumber(),
                        other,
                        fine.category(),
                        h.township().code(),
                        fine.recognised());
            }
            case UNKNOWN_CATEGORY ->
                with(fine, id, fine.name(), random.nextBoolean() ? "脱贫户" : "困难群众", fine.division(), fine.recognised());
            case UNKNOWN_DIVISION ->
                with(fine, id, fine.name(), fine.category(), t.countyCode() + "999", fine.recognised());
            case BAD_DATE ->
                with(
                        fine,
                        id,
                        fine.name(),
                        fine.category(),
                        fine.division(),
                        random.nextBoolean() ? "2026-02-30" : "0226-03-01");
            case MISSING_NAME -> with(fine, id, "", fine.category(), fine.division(), fine.recognised());
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static Row with(Row row, String id, String name, String category, String division, String recognised) {
        return new Row(row.kind(), id, name, category, division, recognised, row.end(), row.document());
    }

    private static String text(AssistanceCategory category, SplittableRandom random) {
        String[] texts = TEXTS.get(category);
        return texts[random.nextInt(texts.length)];
    }

    /** The formats clerks use: mostly ISO, some with slashes, Chinese, or compact. */
    private static String date(LocalDate d, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return d.toString();
        } else if (roll < 85) {
            return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        } else if (roll < 95) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        return d.toString().replace("-", "");
    }

    private static LocalDate between(LocalDate first, LocalDate last, SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** A fixed-size uniform sample of a stream (algorithm R), deterministic for a given random. */
    private static final class Reservoir<T> {
        private final int size;
        private final SplittableRandom random;
        private final List<T> items = new ArrayList<>();
        private long seen;

        Reservoir(int size, SplittableRandom random) {
            this.size = size;
            this.random = random;
        }

        void offer(T item) {
            seen++;
            if (items.size() < size) {
                items.add(item);
            } else if (size > 0) {
                long j = random.nextLong(seen);
                if (j < size) {
                    items.set((int) j, item);
                }
            }
        }

        List<T> items() {
            return items;
        }
    }
}
