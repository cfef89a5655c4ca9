package cn.ybfp.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One view of a person's record by a province supervisor, on any page that shows it: supervisors read everything, so
 * every read is kept.
 */
@Entity
@Table(name = "person_record_view")
public class PersonRecordView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_view_seq")
    @SequenceGenerator(name = "record_view_seq", sequenceName = "record_view_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    /** The page the record was read on: "参保台账", "结算单 ZY001", "依申请救助 SQ001000". */
    @Column(name = "viewed_page", nullable = false, length = 60)
    private String page;

    protected PersonRecordView() {}

    public PersonRecordView(long personId, String username, Instant viewedAt, String page) {
        this.personId = personId;
        this.username = username;
        this.viewedAt = viewedAt;
        this.page = page;
    }
}
