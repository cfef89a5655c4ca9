package cn.ybfp.register.domain;

import cn.ybfp.register.api.WriteOffReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A closed write-off case (销号): the person, the year, why, and who closed it when. One per person and year. */
@Entity
@Table(name = "write_off_case")
public class WriteOffCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "write_off_seq")
    @SequenceGenerator(name = "write_off_seq", sequenceName = "write_off_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "case_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private WriteOffReason reason;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "closed_by", nullable = false, length = 64)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected WriteOffCase() {}

    public WriteOffCase(
            long personId,
            int year,
            WriteOffReason reason,
            LocalDate closedOn,
            String note,
            String closedBy,
            Instant closedAt) {
        this.personId = personId;
        this.year = year;
        this.reason = reason;
        this.closedOn = closedOn;
        this.note = note;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }
}
