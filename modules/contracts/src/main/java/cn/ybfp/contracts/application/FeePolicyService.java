package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.FeePolicies;
import cn.ybfp.contracts.domain.FeePolicy;
import cn.ybfp.contracts.domain.PackageTerms;
import cn.ybfp.contracts.domain.ServicePackage;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contract-fee policies (签约服务费政策) per pooling region and year: everyone reads them; the province makes a
 * year by copying one and changes its packages within the bounds ({@link PackageTerms#breaches}).
 */
@ApplicationScoped
@Transactional
public class FeePolicyService {

    @Inject
    FeePolicies policies;

    @Inject
    DivisionDirectory divisions;

    @Inject
    cn.ybfp.contracts.domain.Contracts contracts;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record Policy(
            long id,
            String region,
            String regionName,
            int year,
            Set<AssistanceCategory> exempt,
            String changedBy,
            LocalDateTime changedAt,
            long version) {

        /** When it was last changed, to the minute, as the pages show it. */
        public String changedAtText() {
            return changedAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
    }

    /** A package as the pages show it: its terms ({@link PackageTerms}) written out. */
    public record Package(
            long id,
            String code,
            String name,
            BigDecimal fee,
            BigDecimal fundShare,
            BigDecimal publicHealthShare,
            BigDecimal residentShare,
            ServiceType requiredService,
            int requiredCount,
            PaymentRule paymentRule,
            BigDecimal fundPayment,
            List<String> diseases,
            long version) {

        static Package of(ServicePackage p) {
            PackageTerms t = p.terms();
            return new Package(
                    p.id(),
                    p.code(),
                    p.name(),
                    t.fee(),
                    t.fundShare(),
                    t.publicHealthShare(),
                    t.residentShare(),
                    t.requiredService(),
                    t.requiredCount(),
                    t.paymentRule(),
                    t.fundPayment(),
                    p.bookletDiseases(),
                    p.version());
        }
    }

    public record Detail(Policy policy, List<Package> packages) {}

    public record PackageForm(
            String name,
            String fee,
            String fundShare,
            String publicHealthShare,
            String residentShare,
            String requiredService,
            String requiredCount,
            String paymentRule,
            String fundPayment,
            String diseases) {}

    public List<Policy> list() {
        return policies.list().stream().map(this::view).toList();
    }

    public Detail detail(long id) {
        FeePolicy policy = policies.find(id).orElseThrow(() -> new RecordNotFoundException("fee policy " + id));
        return new Detail(
                view(policy), policies.packages(id).stream().map(Package::of).toList());
    }

    /**
     * The packages of this year's and last year's policies, one per code (for the signing form, which may sign a
     * contract dated last year; the person's region and the signing year decide which policy's package it is).
     */
    public List<Package> packagesOf(int year) {
        var byCode = new java.util.LinkedHashMap<String, Package>();
        policies.list().stream() // newest year first
                .filter(p -> p.year() == year || p.year() == year - 1)
                .flatMap(p -> detail(p.id()).packages().stream())
                .forEach(p -> byCode.putIfAbsent(p.code(), p));
        return List.copyOf(byCode.values());
    }

    /** The policy in force for a person's pooling region (a city) and year: the city's own, or the province's. */
    Optional<FeePolicy> inForce(DivisionCode poolingRegion, int year) {
        return policies.find(poolingRegion.value(), year)
                .or(() -> policies.find(poolingRegion.value().substring(0, 2) + "0000", year));
    }

    /** A new year made from another, with the same packages and exemptions; returns the new policy's id. */
    public long copy(Caller caller, long fromId, String toYear) {
        Authority.toSetPolicy(caller);
        FeePolicy from = policies.find(fromId).orElseThrow(() -> new RecordNotFoundException("fee policy " + fromId));
        int year = FormValues.year(toYear, "year", ContractsException.label("year"));
        if (policies.find(from.region(), year).isPresent()) {
            throw ContractsException.of("year", "policy.exists", String.valueOf(year));
        }
        var copy = new FeePolicy(
                from.region(), year, from.exemptCategories(), caller.username(), LocalDateTime.now(clock));
        policies.add(copy);
        flush("year", "policy.exists", String.valueOf(year));
        policies.packages(fromId).forEach(p -> policies.add(p.copyFor(copy)));
        return copy.id();
    }

    public void exempt(Caller caller, long policyId, List<String> categories, long version) {
        Authority.toSetPolicy(caller);
        FeePolicy policy = policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy " + policyId));
        if (policy.version() != version) {
            throw ContractsException.of(null, "stale");
        }
        policy.exempt(
                FormValues.choices(AssistanceCategory.class, categories, "exempt", ContractsException.label("exempt")),
                caller.username(),
                LocalDateTime.now(clock));
        flush(null, "stale");
    }

    public void change(Caller caller, long packageId, PackageForm form, long version) {
        Authority.toSetPolicy(caller);
        ServicePackage servicePackage = policies.servicePackage(packageId)
                .orElseThrow(() -> new RecordNotFoundException("package " + packageId));
        if (servicePackage.version() != version) {
            throw ContractsException.of(null, "stale");
        }
        if (contracts.usesPackage(packageId)) { // changed terms would change what signed contracts are paid
            throw ContractsException.of(null, "package.inUse");
        }
        servicePackage.change(
                FormValues.text(form.name(), "name", ContractsException.label("packageName"), 30),
                terms(form),
                diseases(form.diseases()));
        policies.find(servicePackage.policyId()).orElseThrow().changed(caller.username(), LocalDateTime.now(clock));
        flush(null, "stale");
    }

    private static PackageTerms terms(PackageForm form) {
        return new PackageTerms(
                money(form.fee(), "fee"),
                money(form.fundShare(), "fundShare"),
                money(form.publicHealthShare(), "publicHealthShare"),
                money(form.residentShare(), "residentShare"),
                FormValues.choice(
                        ServiceType.class,
                        form.requiredService(),
                        "requiredService",
                        ContractsException.label("requiredService")),
                FormValues.whole(
                        form.requiredCount(), "requiredCount", ContractsException.label("requiredCount"), 1, 52),
                FormValues.choice(
                        PaymentRule.class, form.paymentRule(), "paymentRule", ContractsException.label("paymentRule")),
                money(form.fundPayment(), "fundPayment"));
    }

    private static BigDecimal money(String value, String field) {
        return FormValues.money(value, field, ContractsException.label(field));
    }

    private static List<String> diseases(String typed) {
        List<String> codes = Arrays.stream(typed == null ? new String[0] : typed.split("[,，\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .toList();
        if (codes.stream().anyMatch(c -> !c.matches("M\\d{5}"))) {
            throw ContractsException.of("diseases", "package.diseases");
        }
        return codes;
    }

    private void flush(String field, String key, Object... args) {
        try {
            policies.flush();
        } catch (PersistenceException e) {
            throw ContractsException.of(field, key, args);
        }
    }

    private Policy view(FeePolicy p) {
        return new Policy(
                p.id(),
                p.region(),
                divisions.nameOf(DivisionCode.of(p.region())),
                p.year(),
                p.exemptCategories(),
                p.changedBy(),
                p.changedAt(),
                p.version());
    }
}
