package cn.ybfp.claims.application;

import cn.ybfp.booklets.api.BookletCheck;
import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.BillLines;
import cn.ybfp.claims.api.ClaimReversed;
import cn.ybfp.claims.api.ClaimSettled;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.AssistanceClassResolution;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.ClaimAccount;
import cn.ybfp.claims.domain.ClaimBounds;
import cn.ybfp.claims.domain.ClaimEntry;
import cn.ybfp.claims.domain.ClaimFormat;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeRecord;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.domain.SettledClaim.Channel;
import cn.ybfp.claims.domain.SettledClaims;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.claims.domain.StoredSchemes;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles claims for the portal and the hospital API: the person and their categories on the claim date come from
 * the register, the scheme from the person's pooling region and the claim's year, the accumulators from the
 * person's confirmed claims of that year. A confirmed claim is final and its number is never settled again.
 */
@ApplicationScoped
@Transactional
public class SettlementService implements BillLines {

    private static final String CLAIM_NUMBER = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

    @Inject
    InsuredPersons persons;

    @Inject
    BookletCheck booklets;

    @Inject
    SchemeRecords schemes;

    @Inject
    StoredSchemes catalog;

    @Inject
    ClaimFormat format;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** The largest amount a claim may carry in any field ({@link ClaimBounds}). */
    @Inject
    @ConfigProperty(name = "claims.max-amount", defaultValue = "10000000.00")
    BigDecimal maxAmount;

    @Inject
    SettledClaims claims;

    @Inject
    DesignatedInstitutions institutions;

    /** Other modules (monitoring) learn of each confirmed claim in its transaction. */
    @Inject
    Event<ClaimSettled> settledClaims;

    @Inject
    Event<ClaimReversed> reversedClaims;

    /**
     * One claim to settle.
     *
     * @param claim the claim as the case JSON has it ({@code id} is the claim number)
     * @param corrects the number of the reversed claim this one corrects, or null
     */
    public record ClaimRequest(
            String idNumber, String hospital, String institutionCode, String corrects, ObjectNode claim) {

        /** A claim at a hospital named, not picked from the registry (the command line's, older tests'). */
        public ClaimRequest(String idNumber, String hospital, String corrects, ObjectNode claim) {
            this(idNumber, hospital, null, corrects, claim);
        }
    }

    /** A previewed or confirmed claim; {@code claimId} (the stored claim's) is null on a preview. */
    public record Outcome(
            InsuredPerson person,
            String schemeId,
            String schemeName,
            Integer assistanceClass,
            Bill bill,
            Long claimId,
            boolean repeated) {

        static Outcome of(
                InsuredPerson person,
                SchemeRecord scheme,
                Integer assistanceClass,
                Bill bill,
                SettledClaim stored,
                boolean repeated) {
            return new Outcome(
                    person,
                    scheme.id(),
                    scheme.name(),
                    assistanceClass,
                    bill,
                    stored == null ? null : stored.id(),
                    repeated);
        }
    }

    /** Who records a claim, and whether an identical claim already stored is answered rather than refused. */
    private record Recording(Channel channel, String by, boolean idempotent) {}

    /** The bill as it would be, settling nothing. */
    public Outcome preview(Caller caller, ClaimRequest request) {
        return settle(Authority.toSettle(caller), request, new HashMap<>(), null);
    }

    /** Settles and records the claim; the same claim number again is refused. Answers the claim's id. */
    public long confirm(Caller caller, ClaimRequest request) {
        return settle(
                        Authority.toSettle(caller),
                        request,
                        new HashMap<>(),
                        new Recording(Channel.PORTAL, caller.username(), false))
                .claimId();
    }

    /**
     * A hospital system's claims for one person, in date order, each on top of the ones before. Recording is
     * idempotent by claim number: an identical claim already settled answers its stored bill.
     */
    public List<Outcome> settleForHospital(
            DivisionCode county, String client, String expectedScheme, List<ClaimRequest> requests, boolean record) {
        Jurisdiction jurisdiction = new Jurisdiction(county);
        Map<Integer, YearTotals> pending = new HashMap<>();
        Recording recording = record ? new Recording(Channel.API, client, true) : null;
        List<ClaimRequest> inDateOrder = requests.stream()
                .sorted(Comparator.comparing(r -> lenientDate(r.claim())))
                .toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (ClaimRequest request : inDateOrder) {
            Outcome outcome = settle(jurisdiction, request, pending, recording);
            if (expectedScheme != null && !expectedScheme.equals(outcome.schemeId())) {
                // thrown inside the transaction: claims recorded before this one are rolled back with it
                throw SettlementException.of("scheme", "scheme.mismatch", expectedScheme, outcome.schemeId());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /**
     * Reverses a confirmed claim (冲正): the claim and its bill stay, marked with who, when and why, and stop counting
     * in the person's accumulators. False when the claim is outside the caller's county.
     */
    public boolean reverse(Caller caller, long id, String reason, long version) {
        Jurisdiction jurisdiction = Authority.toSettle(caller);
        Optional<SettledClaim> found = claims.find(jurisdiction, id);
        found.ifPresent(claim -> {
            if (claim.isReversed()) {
                throw ClaimConflictException.conflict(
                        "reason",
                        "reversal.already",
                        claim.reversedAt().toLocalDate().toString(),
                        claim.reversedBy());
            }
            if (claim.version() != version) {
                throw ClaimConflictException.conflict(null, "reversal.stale");
            }
            if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
                throw SettlementException.of("reason", "reversal.reason");
            }
            claim.reverse(caller.username(), reason.strip(), LocalDateTime.now(clock));
            claims.account(claim.personId(), claim.claimYear()).countClaim();
            reversedClaims.fire(new ClaimReversed(claim.id(), claim.personId(), claim.claimYear()));
        });
        return found.isPresent();
    }

    @Override
    public Optional<BillLine> line(Jurisdiction jurisdiction, long claimId, int index) {
        return claims.find(jurisdiction, claimId)
                .filter(c -> index >= 0 && index < c.bill().lines().size())
                .map(c -> new BillLine(
                        c.id(),
                        c.claimNumber(),
                        index,
                        c.bill().lines().get(index),
                        c.townshipCode(),
                        c.personName(),
                        c.settledBy(),
                        c.isReversed()));
    }

    @Override
    public void reverse(Caller caller, long claimId, String reason) {
        SettledClaim claim = claims.find(Authority.toSettle(caller), claimId)
                .orElseThrow(() -> SettlementException.of(null, "claim.notInArea"));
        if (!claim.isReversed()) { // reversed meanwhile: what the appeal asked for is done
            reverse(caller, claimId, reason, claim.version());
        }
    }

    private Outcome settle(
            Jurisdiction jurisdiction, ClaimRequest request, Map<Integer, YearTotals> pending, Recording recording) {
        Institution institution = institution(request.institutionCode());
        String hospital = institution == null ? hospital(request.hospital()) : institution.name();
        LocalDate date = lenientDate(request.claim());
        InsuredPerson person = person(jurisdiction, request.idNumber(), date);
        within(() -> ClaimBounds.checkDate(
                request.claim().path("id").asText(""),
                date,
                person.birthDate(),
                person.status() == PersonStatus.DECEASED ? person.statusSince() : null,
                LocalDate.now(clock)));
        SchemeRecord record = schemes.forCity(person.poolingRegion(), date.getYear())
                .orElseThrow(() -> SettlementException.of("date", "claim.noScheme", String.valueOf(date.getYear())));
        Scheme scheme = catalog.scheme(record);
        Claim claim = readClaim(scheme, person, ClaimChecks.levelled(request.claim(), institution));
        within(() -> ClaimBounds.checkAmounts(claim, maxAmount));
        var existing = claims.findByNumber(hospital, claim.id());
        if (existing.isPresent()) { // a resent claim answers its stored bill, whatever became of the booklet since
            return repeated(existing.get(), person, claim, record, recording);
        }
        BookletCheck.Cover cover = ClaimChecks.coveringBooklet(booklets, person, claim);
        checkCorrects(jurisdiction, hospital, request.corrects(), person);
        int year = claim.date().getYear();
        // the person's year first, then its totals: a claim confirmed in between changes its version, and this
        // one is refused at the flush instead of being settled on totals that are no longer true
        ClaimAccount account = recording == null ? null : claims.account(person.id(), year);
        YearTotals before =
                claims.standingChanges(person.id(), year).stream().reduce(YearTotals.NONE, YearTotals::plus);
        before = before.plus(pending.getOrDefault(year, YearTotals.NONE));
        var personForEngine = new cn.ybfp.claims.domain.Person(person.categories(), person.birthDate());
        boolean assistance = institution == null || institution.designatedForAssistanceOn(claim.date());
        var settled = ClaimChecks.named(
                SettlementEngine.settleNext(scheme, personForEngine, claim, before, assistance), cover);
        if (!assistance) {
            settled = ClaimChecks.withLine(
                    settled,
                    "就诊机构" + institution.name() + "于" + claim.date() + "非医疗救助定点机构，本次不予医疗救助" + "（吉政办发〔2022〕16号 七（十二））");
        }
        Integer assistanceClass = AssistanceClassResolution.classOf(personForEngine, scheme.assistance()).stream()
                .boxed()
                .findFirst()
                .orElse(null);
        if (recording == null) {
            pending.merge(year, settled.change(), YearTotals::plus);
            return Outcome.of(person, record, assistanceClass, settled.bill(), null, false);
        }
        var stored = new SettledClaim(
                new ClaimEntry(
                        claim,
                        hospital,
                        institution == null ? null : institution.code(),
                        blankToNull(request.corrects()),
                        cover == null ? null : cover.bookletNumber(),
                        cover == null ? null : cover.diseaseName()),
                scheme.id(),
                person,
                assistanceClass,
                settled,
                recording.channel(),
                recording.by(),
                LocalDateTime.now(clock));
        try {
            account.countClaim();
            claims.add(stored);
        } catch (PersistenceException e) {
            throw ClaimConflictException.conflict("id", "claim.concurrent", claim.id());
        }
        settledClaims.fire(SettledClaimEvent.of(stored, person));
        return Outcome.of(person, record, assistanceClass, stored.bill(), stored, false);
    }

    private Outcome repeated(
            SettledClaim existing, InsuredPerson person, Claim claim, SchemeRecord record, Recording recording) {
        boolean same = existing.personId() == person.id() && existing.claim().equals(claim);
        if (recording != null && recording.idempotent() && same && !existing.isReversed()) {
            return Outcome.of(person, record, existing.assistanceClass(), existing.bill(), existing, true);
        }
        throw ClaimConflictException.conflict(
                "id",
                existing.isReversed() ? "claim.settledAndReversed" : "claim.settledBefore",
                claim.id(),
                existing.settledAt().toLocalDate().toString());
    }

    /** The institution picked from the registry; null when the claim names its hospital instead. */
    private Institution institution(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return institutions.find(code).orElseThrow(() -> SettlementException.of("institution", "institution.unknown"));
    }

    private InsuredPerson person(Jurisdiction jurisdiction, String idNumber, LocalDate date) {
        if (idNumber == null || idNumber.isBlank()) {
            throw SettlementException.of("idNumber", "person.idRequired");
        }
        return persons.findByIdNumber(jurisdiction, idNumber, date)
                .orElseThrow(() -> SettlementException.of("idNumber", "person.notInArea"));
    }

    /** Runs a {@link ClaimBounds} check; its problems are the request's refusal, at the first problem's field. */
    private static void within(Runnable check) {
        try {
            check.run();
        } catch (InvalidCaseException e) {
            throw new SettlementException(e.problems().get(0).field().jsonName(), e.refusal());
        }
    }

    private Claim readClaim(Scheme scheme, InsuredPerson person, ObjectNode claim) {
        String number = claim.path("id").asText("");
        if (!number.matches(CLAIM_NUMBER)) {
            throw SettlementException.of("id", "claim.number");
        }
        try {
            return format.readClaim(scheme.id(), person.categories(), person.birthDate(), claim);
        } catch (InvalidCaseException e) {
            var problem = e.problems().get(0);
            throw new SettlementException(
                    problem.field() == null ? null : problem.field().jsonName(), e.refusal());
        }
    }

    private void checkCorrects(Jurisdiction jurisdiction, String hospital, String corrects, InsuredPerson person) {
        if (corrects == null || corrects.isBlank()) {
            return;
        }
        SettledClaim original = claims.findByNumber(hospital, corrects.strip())
                .filter(c -> jurisdiction.contains(DivisionCode.of(c.townshipCode())))
                .orElseThrow(() -> SettlementException.of("corrects", "corrects.notInArea"));
        if (original.personId() != person.id() || !original.isReversed()) {
            throw SettlementException.of("corrects", "corrects.notReversed");
        }
    }

    private static String hospital(String hospital) {
        if (hospital == null || hospital.isBlank()) {
            throw SettlementException.of("hospital", "hospital.required");
        }
        if (hospital.strip().length() > 100) {
            throw SettlementException.of("hospital", "hospital.tooLong");
        }
        return hospital.strip();
    }

    /** The claim's date for finding the person and the scheme; a bad date is reported by the case reader. */
    private LocalDate lenientDate(JsonNode claim) {
        try {
            return LocalDate.parse(claim.path("date").asText(""));
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
