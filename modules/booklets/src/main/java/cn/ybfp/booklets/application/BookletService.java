package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.BookletStatus;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.api.WithdrawalReason;
import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletValidity;
import cn.ybfp.booklets.domain.Booklets;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.Recognitions;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The booklets (门诊慢特病手册, 吉医保发〔2019〕52号 一（二）): listed and read in the caller's jurisdiction, printed
 * (the cover and the sticker for the "one person, one policy" record book), renewed before the end and withdrawn by
 * the county, with every change kept. A supervisor's view of one is recorded.
 */
@ApplicationScoped
@Transactional
public class BookletService {

    private static final int LIST_LIMIT = 500;

    @Inject
    Booklets booklets;

    @Inject
    Recognitions recognitions;

    @Inject
    PersonRecordViews views;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A booklet in a list, or at the head of its page. */
    public record Row(
            long id,
            String number,
            long personId,
            String personName,
            String maskedIdNumber,
            String township,
            LocalDate validFrom,
            LocalDate validTo,
            BookletStatus status,
            LocalDate withdrawnOn,
            WithdrawalReason withdrawalReason,
            String issuedBy,
            LocalDate issuedOn) {}

    public record Disease(String code, String name, DiseaseKind kind, LocalDate coveredFrom) {}

    /** One recorded change of a booklet: who, when, what kind, and the booklet as it stood after it. */
    public record Change(
            Instant at,
            String username,
            String change,
            BookletStatus status,
            LocalDate validTo,
            LocalDate withdrawnOn,
            WithdrawalReason reason,
            String note) {

        private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));

        /** The time as the province's clerks read it (Beijing time). */
        public String localTime() {
            return LOCAL.format(at);
        }
    }

    public record Detail(
            Row row, List<Disease> diseases, List<Change> history, boolean renewable, String note, long version) {}

    /** A person's booklets and the drug cover (用药保障标识) granted to them, for the person's page. */
    public record PersonBooklets(List<Row> booklets, List<RecognitionService.Row> recognitions) {}

    public List<Row> list(Caller caller) {
        return booklets.list(Jurisdiction.of(caller).likePattern(), LIST_LIMIT).stream()
                .map(BookletService::row)
                .toList();
    }

    public Detail detail(Caller caller, long id) {
        Booklet b = visible(caller, id);
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            views.viewed(caller, b.personId(), "门诊慢特病手册 " + b.number());
        }
        List<Disease> diseases = booklets.diseasesOf(id).stream()
                .map(d -> new Disease(d.disease(), d.diseaseName(), d.kind(), d.coveredFrom()))
                .toList();
        List<Change> history = booklets.history(id).stream()
                .map(r -> new Change(
                        r.at(),
                        r.username(),
                        r.change(),
                        r.state().status(),
                        r.state().validTo(),
                        r.state().withdrawnOn(),
                        r.state().withdrawalReason(),
                        r.state().withdrawalNote()))
                .toList();
        boolean renewable =
                b.status() == BookletStatus.VALID && BookletValidity.renewable(b.validTo(), LocalDate.now(clock));
        return new Detail(row(b), diseases, history, renewable, b.withdrawalNote(), b.version());
    }

    /** The person's booklets and recognitions, where the person lies in the caller's jurisdiction. */
    public PersonBooklets ofPerson(Caller caller, long personId) {
        Jurisdiction area = Jurisdiction.of(caller);
        List<Row> held = booklets.ofPerson(personId).stream()
                .filter(b -> area.contains(DivisionCode.of(b.township())))
                .map(BookletService::row)
                .toList();
        List<RecognitionService.Row> decided = recognitions.ofPerson(personId).stream()
                .filter(r -> area.contains(DivisionCode.of(r.township())))
                .filter(r -> r.status() != RecognitionStatus.REFUSED)
                .map(RecognitionService::row)
                .toList();
        return new PersonBooklets(held, decided);
    }

    /** Renewed for one more calendar year, in the last days before its end. */
    public void renew(Caller caller, long id, long version) {
        Booklet b = changing(caller, id, version);
        b.renew(LocalDate.now(clock), caller.username(), LocalDateTime.now(clock));
        flush();
    }

    /** Withdrawn from a day, for a reason (cured, deceased, moved out, an audit's finding), with a note. */
    public void withdraw(Caller caller, long id, long version, String reason, String from, String note) {
        Booklet b = changing(caller, id, version);
        WithdrawalReason why = FormValues.choice(
                WithdrawalReason.class, reason, "reason", BookletsException.label("withdrawalReason"));
        LocalDate day = FormValues.date(from, "withdrawnOn", BookletsException.label("withdrawnOn"));
        if (day.isAfter(LocalDate.now(clock))) {
            throw BookletsException.of("withdrawnOn", "booklet.withdrawnAhead");
        }
        String text = FormValues.optional(note, "note", BookletsException.label("note"), 200);
        b.withdraw(why, day, text, caller.username(), LocalDateTime.now(clock));
        flush();
    }

    private Booklet changing(Caller caller, long id, long version) {
        Authority.toDecideRecognitions(caller);
        Booklet b = visible(caller, id);
        if (b.version() != version) {
            throw BookletsException.of(null, "booklet.stale", b.number(), b.changedBy());
        }
        return b;
    }

    Booklet visible(Caller caller, long id) {
        return booklets.find(id)
                .filter(b -> Jurisdiction.of(caller).contains(DivisionCode.of(b.township())))
                .orElseThrow(() -> new RecordNotFoundException("booklet " + id));
    }

    private void flush() {
        try {
            booklets.flush();
        } catch (PersistenceException e) { // the version: changed meanwhile by another clerk
            throw BookletsException.of(null, "booklet.staleNow");
        }
    }

    static Row row(Booklet b) {
        return new Row(
                b.id(),
                b.number(),
                b.personId(),
                b.personName(),
                ResidentId.mask(b.idNumber()),
                b.township(),
                b.validFrom(),
                b.validTo(),
                b.status(),
                b.withdrawnOn(),
                b.withdrawalReason(),
                b.issuedBy(),
                b.issuedOn());
    }
}
