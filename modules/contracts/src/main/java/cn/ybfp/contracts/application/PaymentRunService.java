package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.RunStatus;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.ContractFeePayment;
import cn.ybfp.contracts.domain.Contracts;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.FeePolicies;
import cn.ybfp.contracts.domain.PackageTerms;
import cn.ybfp.contracts.domain.PaymentRun;
import cn.ybfp.contracts.domain.PaymentRuns;
import cn.ybfp.contracts.domain.Quarter;
import cn.ybfp.contracts.domain.QuarterlyPayment;
import cn.ybfp.contracts.domain.RunLine;
import cn.ybfp.contracts.domain.ServicePackage;
import cn.ybfp.contracts.domain.ServiceRecords;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.FormValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The county's quarterly payment of contract fees (吉医保发〔2019〕52号 三（二）: 严格履行拨付程序): a clerk computes a
 * quarter that is over (again, while nobody approved it), a second clerk approves it, which freezes it, and it is
 * marked paid. Runs go in order: a quarter waits for the approval of every earlier one, and an earlier one is not
 * computed again once a later one exists. One run per county and quarter.
 */
@ApplicationScoped
@Transactional
public class PaymentRunService {

    private static final int CLEAR_EVERY = 1000;

    @Inject
    PaymentRuns runs;

    @Inject
    Contracts contracts;

    @Inject
    ServiceRecords records;

    @Inject
    FeePolicies policies;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record PaidForm(String paidOn, String reference) {}

    /** Computes (or computes again) the county's run of the quarter; returns its id. */
    public long compute(Caller caller, String quarterText) {
        Authority.toRunPayments(caller);
        String county = caller.division().value();
        Quarter quarter = quarter(quarterText);
        if (!quarter.lastDay().isBefore(LocalDate.now(clock))) {
            throw ContractsException.of("quarter", "run.notOver", quarter.toString());
        }
        requireOrder(county, quarter);
        LocalDateTime now = LocalDateTime.now(clock);
        PaymentRun run = runs.lock(county, quarter).orElseGet(() -> create(county, quarter, caller, now));
        if (run.status() != RunStatus.COMPUTED) {
            throw ContractsException.of("quarter", "run.frozen");
        }
        long id = run.id();
        try {
            runs.deleteLines(id);
            BigDecimal total = computeLines(run, county, quarter);
            runs.find(id).orElseThrow().recomputed(total, caller.username(), now);
            runs.flush();
        } catch (PersistenceException e) { // another clerk's run of the county took a payment at the same moment
            throw ContractsException.of("quarter", "run.computing");
        }
        return id;
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw ContractsException.of("quarter", "run.quarter");
        }
    }

    /**
     * Runs go in quarter order: a later run makes an earlier quarter final, an earlier run waits for its approval, and
     * after the county's first run none is skipped (a skipped quarter's money would come as adjustments of no run).
     */
    private void requireOrder(String county, Quarter quarter) {
        List<PaymentRun> countyRuns = runs.list(county);
        boolean first = countyRuns.isEmpty();
        boolean previousRun = countyRuns.stream().anyMatch(r -> r.quarter().equals(quarter.previous()));
        boolean itself = countyRuns.stream().anyMatch(r -> r.quarter().equals(quarter));
        if (!first && !previousRun && !itself) {
            throw ContractsException.of(
                    "quarter", "run.skipped", quarter.previous().toString());
        }
        for (PaymentRun other : countyRuns) {
            int order = other.quarter().compareTo(quarter);
            if (order > 0) {
                throw ContractsException.of(
                        "quarter", "run.laterExists", other.quarter().toString());
            }
            if (order < 0 && other.status() == RunStatus.COMPUTED) {
                throw ContractsException.of(
                        "quarter", "run.earlierOpen", other.quarter().toString());
            }
        }
    }

    /** A new run, written at once: a second clerk or node computing the same quarter meets its unique key. */
    private PaymentRun create(String county, Quarter quarter, Caller caller, LocalDateTime now) {
        var run = new PaymentRun(county, quarter, caller.username(), now);
        runs.add(run);
        flush("run.computing");
        return run;
    }

    private BigDecimal computeLines(PaymentRun run, String county, Quarter quarter) {
        LocalDate since = quarter.firstDay().minusYears(1);
        List<Contract> due = contracts.forRun(county, since, quarter.lastDay());
        Map<Long, PackageTerms> terms = new HashMap<>();
        Map<Long, ServiceType> required = new HashMap<>();
        for (Contract c : due) {
            PackageTerms t = terms.computeIfAbsent(
                    c.packageId(),
                    id -> policies.servicePackage(id).map(ServicePackage::terms).orElseThrow());
            required.put(c.id(), t.requiredService());
        }
        Map<Long, List<LocalDate>> served = new HashMap<>();
        records.forRun(county, since, quarter.lastDay(), r -> {
            if (r.type() == required.get(r.contractId())) {
                served.computeIfAbsent(r.contractId(), k -> new ArrayList<>()).add(r.day());
            }
        });
        Map<Long, Set<String>> paid = paidByContract(runs.paidElsewhere(county, run.id()));
        runs.writeInBatches();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int written = 0;
        for (Contract c : due) {
            var obligations = ContractFeePayment.assess(
                    terms.get(c.packageId()), c.year(), served.getOrDefault(c.id(), List.of()), quarter.lastDay());
            for (var line :
                    QuarterlyPayment.lines(quarter, c.year(), obligations, paid.getOrDefault(c.id(), Set.of()))) {
                runs.add(new RunLine(run, c, line));
                total = line.pays() ? total.add(line.obligation().amount()) : total;
            }
            if (++written % CLEAR_EVERY == 0) {
                runs.flushAndClear();
            }
        }
        return total;
    }

    private static Map<Long, Set<String>> paidByContract(Set<String> keys) {
        Map<Long, Set<String>> paid = new HashMap<>();
        for (String key : keys) {
            int slash = key.indexOf('/');
            paid.computeIfAbsent(Long.parseLong(key.substring(0, slash)), k -> new HashSet<>())
                    .add(key.substring(slash + 1));
        }
        return paid;
    }

    /** A second clerk's approval: the run is frozen from now on. */
    public void approve(Caller caller, long id, long version) {
        Authority.toRunPayments(caller);
        PaymentRun run = deciding(caller, id, version);
        run.approve(caller.username(), LocalDateTime.now(clock));
        flush("stale");
    }

    public void paid(Caller caller, long id, PaidForm form, long version) {
        Authority.toRunPayments(caller);
        PaymentRun run = deciding(caller, id, version);
        LocalDate on = FormValues.date(form.paidOn(), "paidOn", ContractsException.label("paidOn"));
        if (on.isAfter(LocalDate.now(clock))) {
            throw ContractsException.of("paidOn", "run.paidInFuture");
        }
        run.paid(
                on,
                FormValues.text(form.reference(), "reference", ContractsException.label("reference"), 60),
                caller.username());
        flush("stale");
    }

    private PaymentRun deciding(Caller caller, long id, long version) {
        PaymentRun run = PaymentRunQueries.visible(runs, caller, id);
        if (run.version() != version) {
            throw ContractsException.of(null, "stale");
        }
        return run;
    }

    /** The last quarter that is over: what the compute form offers. */
    public String lastQuarterOver() {
        return Quarter.of(LocalDate.now(clock)).previous().toString();
    }

    /** Whether the caller computes and approves runs (the pages show those forms only then). */
    public static boolean runs(Caller caller) {
        return caller.division().level() == DivisionLevel.COUNTY && caller.role() == cn.ybfp.kernel.Role.COUNTY_STAFF;
    }

    private void flush(String key) {
        try {
            runs.flush();
        } catch (PersistenceException e) {
            throw ContractsException.of(null, key);
        }
    }
}
