package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.api.RecognitionSource;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletDisease;
import cn.ybfp.booklets.domain.BookletNumber;
import cn.ybfp.booklets.domain.Booklets;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.booklets.domain.Diagnosis;
import cn.ybfp.booklets.domain.DiseaseCode;
import cn.ybfp.booklets.domain.Evidence;
import cn.ybfp.booklets.domain.Patient;
import cn.ybfp.booklets.domain.Recognition;
import cn.ybfp.booklets.domain.Recognitions;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.ScanType;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Recognition (慢特病认定, 吉医保发〔2019〕52号 一（二）): a township clerk starts one for a patient of the township with
 * the designated hospital's diagnosis; a county clerk other than the one who started it recognises it (the disease
 * goes on the patient's booklet, issued now if the patient holds none), grants the drug cover only, or refuses it.
 * Every read is scoped to the caller's jurisdiction; a supervisor's view of one is recorded.
 */
@ApplicationScoped
@Transactional
public class RecognitionService {

    private static final int LIST_LIMIT = 500;

    @Inject
    Recognitions recognitions;

    @Inject
    Booklets booklets;

    @Inject
    CatalogueInForce catalogue;

    @Inject
    InsuredPersons register;

    @Inject
    PersonRecordViews views;

    @Inject
    BookletSettings settings;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A recognition in a list. */
    public record Row(
            long id,
            String personName,
            String maskedIdNumber,
            String township,
            String disease,
            String diseaseName,
            DiseaseKind kind,
            RecognitionSource source,
            RecognitionStatus status,
            String startedBy,
            LocalDateTime startedAt) {}

    /** One recognition, for its page; {@code version} for the decision forms. */
    public record Detail(
            Row row,
            long personId,
            String hospital,
            String doctor,
            LocalDate diagnosedOn,
            String decidedBy,
            LocalDateTime decidedAt,
            String reason,
            Long bookletId,
            List<EvidenceFile> evidence,
            long version) {}

    public record EvidenceFile(long id, String fileName, String contentType, long size) {}

    /** What the township clerk types, as typed. */
    public record StartForm(String personId, String disease, String hospital, String doctor, String diagnosedOn) {}

    /** Starts a recognition with its scanned diagnosis; returns its id. */
    public long start(Caller caller, StartForm form, String fileName, byte[] file) {
        Authority.toStartRecognitions(caller);
        LocalDate today = LocalDate.now(clock);
        long personId = FormValues.id(form.personId(), "personId", BookletsException.label("personId"));
        InsuredPerson person = register.find(Jurisdiction.of(caller), personId, today)
                .orElseThrow(() -> BookletsException.of("personId", "recognition.person"));
        if (person.diedBefore(today)) {
            throw BookletsException.of("personId", "recognition.deceased");
        }
        Diagnosis diagnosis = diagnosis(person, form, today);
        if (recognitions.pending(personId, diagnosis.disease().value()).isPresent()) {
            throw BookletsException.of(
                    "disease", "recognition.pending", diagnosis.disease().value());
        }
        ScanType.Checked scan = ScanType.check(fileName, file, settings.maxEvidenceMb());
        LocalDateTime now = LocalDateTime.now(clock);
        Recognition recognition =
                new Recognition(patient(person), diagnosis, RecognitionSource.TOWNSHIP, null, caller.username(), now);
        recognitions.add(recognition);
        recognitions.add(new Evidence(recognition, scan, caller.username(), now));
        return recognition.id();
    }

    private Diagnosis diagnosis(InsuredPerson person, StartForm form, LocalDate today) {
        DiseaseCode code = DiseaseCode.typed(form.disease(), "disease");
        LocalDate on = FormValues.date(form.diagnosedOn(), "diagnosedOn", BookletsException.label("diagnosedOn"));
        if (on.isAfter(today) || on.isBefore(today.minusYears(1))) {
            throw BookletsException.of("diagnosedOn", "recognition.diagnosedOn");
        }
        CatalogueEntry entry = catalogue
                .covered(person.poolingRegion(), today.getYear(), code.value())
                .orElseThrow(() -> BookletsException.of(
                        "disease", "recognition.notCovered", code.value(), String.valueOf(today.getYear())));
        return new Diagnosis(
                code,
                entry.name(),
                entry.kind(),
                FormValues.text(form.hospital(), "hospital", BookletsException.label("hospital"), 100),
                FormValues.text(form.doctor(), "doctor", BookletsException.label("doctor"), 30),
                on);
    }

    static Patient patient(InsuredPerson person) {
        return new Patient(person.id(), person.name(), person.residentId(), person.township());
    }

    public List<Row> list(Caller caller, String status) {
        RecognitionStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        return recognitions.list(Jurisdiction.of(caller).likePattern(), wanted, LIST_LIMIT).stream()
                .map(RecognitionService::row)
                .toList();
    }

    private static RecognitionStatus parseStatus(String status) {
        try {
            return RecognitionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Detail detail(Caller caller, long id) {
        Recognition r = visible(caller, id);
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            views.viewed(caller, r.personId(), "慢特病认定 " + id);
        }
        List<EvidenceFile> files = recognitions.evidenceOf(id).stream()
                .map(e -> new EvidenceFile(e.id(), e.fileName(), e.contentType(), e.size()))
                .toList();
        return new Detail(
                row(r),
                r.personId(),
                r.hospital(),
                r.doctor(),
                r.diagnosedOn(),
                r.decidedBy(),
                r.decidedAt(),
                r.reason(),
                r.bookletId(),
                files,
                r.version());
    }

    /** A scanned diagnosis to download. */
    public record EvidenceContent(String fileName, String contentType, byte[] content) {}

    public EvidenceContent evidence(Caller caller, long recognitionId, long evidenceId) {
        Recognition r = visible(caller, recognitionId);
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            views.viewed(caller, r.personId(), "慢特病认定诊断证明 " + evidenceId);
        }
        return recognitions
                .evidence(evidenceId)
                .filter(e -> e.recognitionId() == recognitionId)
                .map(e -> new EvidenceContent(e.fileName(), e.contentType(), e.content()))
                .orElseThrow(() -> new RecordNotFoundException("evidence " + evidenceId));
    }

    /** 认定: the disease goes on the patient's valid booklet, or on a new one issued today; returns the booklet's id. */
    public long recognise(Caller caller, long id, long version) {
        Recognition r = deciding(caller, id, version);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        InsuredPerson person = register.find(Jurisdiction.of(caller), r.personId(), today)
                .orElseThrow(() -> BookletsException.of(null, "recognition.person"));
        Booklet booklet = booklets.validOf(r.personId())
                .filter(b -> !b.lapse(today))
                .orElseGet(() -> issue(person, today, caller.username(), now));
        r.recognise(booklet, caller.username(), now);
        boolean listed = booklets.diseasesOf(booklet.id()).stream()
                .anyMatch(d -> d.disease().equals(r.disease()));
        if (!listed) {
            booklets.add(new BookletDisease(booklet, r, today));
        }
        flushOr(BookletsException.of(null, "recognition.stale"));
        return booklet.id();
    }

    private Booklet issue(InsuredPerson person, LocalDate today, String by, LocalDateTime now) {
        DivisionCode county = person.township().parent().orElseThrow();
        Booklet booklet = new Booklet(
                BookletNumber.of(county, today.getYear(), booklets.nextSerial()), patient(person), today, by, now);
        try {
            booklets.flush(); // a lapsed booklet gives up the person's place before the new one takes it
            booklets.add(booklet);
            booklets.flush(); // its id for the disease; a second valid booklet for the person is refused here
        } catch (PersistenceException e) { // another clerk issued the person's booklet at the same moment
            throw BookletsException.of(null, "recognition.stale");
        }
        return booklet;
    }

    /** Not meeting the booklet's criteria: the drug cover (用药保障标识) only. */
    public void coverDrugsOnly(Caller caller, long id, long version) {
        deciding(caller, id, version).coverDrugsOnly(caller.username(), LocalDateTime.now(clock));
        flushOr(BookletsException.of(null, "recognition.stale"));
    }

    public void refuse(Caller caller, long id, long version, String reason) {
        String why = FormValues.text(reason, "reason", BookletsException.label("reason"), 200);
        deciding(caller, id, version).refuse(why, caller.username(), LocalDateTime.now(clock));
        flushOr(BookletsException.of(null, "recognition.stale"));
    }

    private Recognition deciding(Caller caller, long id, long version) {
        Authority.toDecideRecognitions(caller);
        Recognition r = visible(caller, id);
        if (r.version() != version) {
            throw BookletsException.of(null, "recognition.stale");
        }
        return r;
    }

    private Recognition visible(Caller caller, long id) {
        return recognitions
                .find(id)
                .filter(r -> Jurisdiction.of(caller).contains(DivisionCode.of(r.township())))
                .orElseThrow(() -> new RecordNotFoundException("recognition " + id));
    }

    /** Writes now, so that a clash with another clerk is refused here, not at commit as a 500. */
    private void flushOr(BookletsException refusal) {
        try {
            recognitions.flush();
        } catch (PersistenceException e) {
            throw refusal;
        }
    }

    static Row row(Recognition r) {
        return new Row(
                r.id(),
                r.personName(),
                ResidentId.mask(r.idNumber()),
                r.township(),
                r.disease(),
                r.diseaseName(),
                r.kind(),
                r.source(),
                r.status(),
                r.startedBy(),
                r.startedAt());
    }
}
