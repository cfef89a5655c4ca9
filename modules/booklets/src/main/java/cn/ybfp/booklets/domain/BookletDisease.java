package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.DiseaseKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A disease a booklet lists, with the kind the region's catalogue gave it and the day it was recognised: one booklet
 * may list several, each added by its own recognition. It is covered from that day to the booklet's end.
 */
@Entity
@Table(name = "booklet_disease")
@Audited
public class BookletDisease {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booklet_disease_seq")
    @SequenceGenerator(name = "booklet_disease_seq", sequenceName = "booklet_disease_seq", allocationSize = 50)
    private Long id;

    @Column(name = "booklet_id", nullable = false, updatable = false)
    private long bookletId;

    @Column(name = "disease", nullable = false, length = 6, updatable = false)
    private String disease;

    @Column(name = "disease_name", nullable = false, length = 60, updatable = false)
    private String diseaseName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private DiseaseKind kind;

    @Column(name = "covered_from", nullable = false, updatable = false)
    private LocalDate coveredFrom;

    @Column(name = "recognition_id", nullable = false, updatable = false)
    private long recognitionId;

    protected BookletDisease() {}

    public BookletDisease(Booklet booklet, Recognition recognition, LocalDate from) {
        this.bookletId = booklet.id();
        this.disease = recognition.disease();
        this.diseaseName = recognition.diseaseName();
        this.kind = recognition.kind();
        this.coveredFrom = from;
        this.recognitionId = recognition.id();
    }

    /** True when this disease of a booklet valid on {@code day} covers a claim of that kind on that day. */
    public boolean covers(DiseaseKind claimKind, LocalDate day) {
        return kind == claimKind && !day.isBefore(coveredFrom);
    }

    public long bookletId() {
        return bookletId;
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

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    public long recognitionId() {
        return recognitionId;
    }
}
