package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.api.RecognitionSource;
import cn.ybfp.booklets.api.RecognitionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A recognition (慢特病认定): one patient's diagnosis of one disease, started by a township clerk or by the health
 * department's list, and decided once by the county: recognised (the patient's booklet lists the disease), drug cover
 * only (用药保障标识, 医保发〔2021〕10号 三（五）: every hypertension and diabetes patient gets at least this), or refused
 * with a reason. Every change is kept (Envers).
 */
@Entity
@Table(name = "recognition")
@Audited
public class Recognition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_seq")
    @SequenceGenerator(name = "recognition_seq", sequenceName = "recognition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number", nullable = false, length = 18, updatable = false)
    private String idNumber;

    @Column(name = "township", nullable = false, length = 9, updatable = false)
    private String township;

    @Column(name = "disease", nullable = false, length = 6, updatable = false)
    private String disease;

    @Column(name = "disease_name", nullable = false, length = 60, updatable = false)
    private String diseaseName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private DiseaseKind kind;

    @Column(name = "hospital", nullable = false, length = 100, updatable = false)
    private String hospital;

    @Column(name = "doctor", length = 30, updatable = false)
    private String doctor;

    @Column(name = "diagnosed_on", nullable = false, updatable = false)
    private LocalDate diagnosedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 12, updatable = false)
    private RecognitionSource source;

    /** The health list it came from; null for a township's recognition. */
    @Column(name = "health_list_id", updatable = false)
    private Long healthListId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RecognitionStatus status;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "reason", length = 200)
    private String reason;

    @Column(name = "booklet_id")
    private Long bookletId;

    @Version
    private long version;

    protected Recognition() {}

    public Recognition(
            Patient patient,
            Diagnosis diagnosis,
            RecognitionSource source,
            Long healthListId,
            String by,
            LocalDateTime at) {
        this.personId = patient.personId();
        this.personName = patient.name();
        this.idNumber = patient.residentId().value();
        this.township = patient.township().value();
        this.disease = diagnosis.disease().value();
        this.diseaseName = diagnosis.diseaseName();
        this.kind = diagnosis.kind();
        this.hospital = diagnosis.hospital();
        this.doctor = diagnosis.doctor();
        this.diagnosedOn = diagnosis.on();
        this.source = source;
        this.healthListId = healthListId;
        this.status = RecognitionStatus.PENDING;
        this.startedBy = by;
        this.startedAt = at;
    }

    /** 认定: the disease goes on the patient's booklet; four eyes, and only once. */
    public void recognise(Booklet booklet, String by, LocalDateTime at) {
        decide(RecognitionStatus.RECOGNISED, by, at, null);
        this.bookletId = booklet.id();
    }

    /** Not meeting the booklet's criteria, the patient still gets the drug cover for the disease. */
    public void coverDrugsOnly(String by, LocalDateTime at) {
        decide(RecognitionStatus.DRUG_COVER, by, at, null);
    }

    public void refuse(String reasonGiven, String by, LocalDateTime at) {
        decide(RecognitionStatus.REFUSED, by, at, reasonGiven);
    }

    private void decide(RecognitionStatus outcome, String by, LocalDateTime at, String reasonGiven) {
        if (status != RecognitionStatus.PENDING) {
            throw BookletsException.of(null, "recognition.decided");
        }
        FourEyesRule.check(by, startedBy, "recognise");
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reasonGiven;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String idNumber() {
        return idNumber;
    }

    public String township() {
        return township;
    }

    public String disease() {
        return disease;
    }

    public String diseaseName() {
        return diseaseName;
    }

    public DiseaseKind kind() {
        return kind;
    }

    public String hospital() {
        return hospital;
    }

    public String doctor() {
        return doctor;
    }

    public LocalDate diagnosedOn() {
        return diagnosedOn;
    }

    public RecognitionSource source() {
        return source;
    }

    public Long healthListId() {
        return healthListId;
    }

    public RecognitionStatus status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public Long bookletId() {
        return bookletId;
    }

    public long version() {
        return version;
    }
}
