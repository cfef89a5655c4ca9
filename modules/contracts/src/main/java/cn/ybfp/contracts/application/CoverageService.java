package cn.ybfp.contracts.application;

import cn.ybfp.booklets.api.BookletHolders;
import cn.ybfp.contracts.domain.Contracts;
import cn.ybfp.contracts.domain.FeePolicies;
import cn.ybfp.contracts.domain.ServicePackage;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far family doctors reach the poor (吉医保发〔2019〕52号 三（二）): per township of the caller's area, the share
 * of target people with a running contract, and of the holders of a chronic booklet for a chronic-care package's
 * diseases who have such a package; and, for a township, its target people without a contract (its to-do list).
 */
@ApplicationScoped
@Transactional
public class CoverageService {

    private static final int LISTED = 500;

    @Inject
    InsuredPersons register;

    @Inject
    BookletHolders booklets;

    @Inject
    Contracts contracts;

    @Inject
    FeePolicies policies;

    @Inject
    DivisionDirectory divisions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A line of the coverage: a township (9-digit code), a county's subtotal (6 digits) or the total (null). */
    public record Row(
            String township,
            String name,
            long targets,
            long contracted,
            BigDecimal share,
            long holders,
            long chronicPackage,
            BigDecimal chronicShare) {}

    public record Person(long id, String name, String maskedIdNumber) {}

    /**
     * The caller's townships with a subtotal per county where the area has several (its code has 6 digits), then the
     * total (code {@code null}).
     */
    public List<Row> coverage(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        String pattern = Jurisdiction.of(caller).likePattern();
        Map<Long, String> targets = register.targets(Jurisdiction.of(caller), today);
        Map<Long, Long> running = contracts.runningOn(pattern, today);
        Set<Long> chronicPackages = chronicPackages(today.getYear());
        Map<Long, String> holders = booklets.chronicHolders(pattern, chronicDiseases(today.getYear()), today);
        Map<String, long[]> byTownship = new TreeMap<>();
        targets.forEach((person, township) -> {
            long[] n = byTownship.computeIfAbsent(township, t -> new long[4]);
            n[0]++;
            n[1] += running.containsKey(person) ? 1 : 0;
        });
        holders.forEach((person, township) -> {
            long[] n = byTownship.computeIfAbsent(township, t -> new long[4]);
            n[2]++;
            n[3] += chronicPackages.contains(running.get(person)) ? 1 : 0;
        });
        return rows(byTownship);
    }

    /** Each township, each county's subtotal after its townships (when the area has several), then the total. */
    private List<Row> rows(Map<String, long[]> byTownship) {
        Map<String, long[]> byCounty = new TreeMap<>();
        byTownship.forEach(
                (township, n) -> add(byCounty.computeIfAbsent(township.substring(0, 6), c -> new long[4]), n));
        long[] total = new long[4];
        List<Row> rows = new java.util.ArrayList<>();
        byCounty.forEach((county, subtotal) -> {
            byTownship.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(county))
                    .forEach(e ->
                            rows.add(row(e.getKey(), divisions.nameOf(DivisionCode.of(e.getKey())), e.getValue())));
            if (byCounty.size() > 1) {
                rows.add(row(county, divisions.nameOf(DivisionCode.of(county)), subtotal));
            }
            add(total, subtotal);
        });
        rows.add(row(null, null, total));
        return rows;
    }

    private static void add(long[] sum, long[] n) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += n[i];
        }
    }

    /** The township's target people without a running contract (the first {@value #LISTED}), by name. */
    public List<Person> withoutContract(Caller caller, String township) {
        LocalDate today = LocalDate.now(clock);
        Jurisdiction area = Jurisdiction.of(caller);
        if (township == null || !township.matches("\\d{9}") || !area.contains(DivisionCode.of(township))) {
            throw new cn.ybfp.kernel.RecordNotFoundException("township " + township);
        }
        Jurisdiction place = new Jurisdiction(DivisionCode.of(township));
        Set<Long> without = new HashSet<>(register.targets(place, today).keySet());
        without.removeAll(contracts.runningOn(township, today).keySet());
        return register.findAll(place, without, today).values().stream()
                .sorted(Comparator.comparing(InsuredPerson::name).thenComparing(InsuredPerson::id))
                .limit(LISTED)
                .map(p -> new Person(p.id(), p.name(), p.residentId().masked()))
                .toList();
    }

    private Set<Long> chronicPackages(int year) {
        Set<Long> ids = new HashSet<>();
        policies.list().stream()
                .filter(p -> p.year() == year)
                .forEach(p -> policies.packages(p.id()).stream()
                        .filter(k -> !k.bookletDiseases().isEmpty())
                        .map(ServicePackage::id)
                        .forEach(ids::add));
        return ids;
    }

    private Set<String> chronicDiseases(int year) {
        Set<String> codes = new HashSet<>();
        policies.list().stream()
                .filter(p -> p.year() == year)
                .forEach(p -> policies.packages(p.id()).forEach(k -> codes.addAll(k.bookletDiseases())));
        return codes;
    }

    private static Row row(String township, String name, long[] n) {
        return new Row(township, name, n[0], n[1], percent(n[1], n[0]), n[2], n[3], percent(n[3], n[2]));
    }

    /** One decimal, cut (not rounded): 100.0 only when every one is covered; null without anyone to cover. */
    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 1000 / whole, 1).setScale(1, RoundingMode.DOWN);
    }
}
