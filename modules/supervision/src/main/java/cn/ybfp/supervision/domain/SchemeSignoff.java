package cn.ybfp.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A supervisor's sign-off of one warning a scheme raised against the bounds, with the reason; written once. */
@Entity
@Table(name = "scheme_signoff")
public class SchemeSignoff {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheme_signoff_seq")
    @SequenceGenerator(name = "scheme_signoff_seq", sequenceName = "scheme_signoff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scheme_id", nullable = false, length = 40, updatable = false)
    private String schemeId;

    @Column(nullable = false, length = 40, updatable = false)
    private String rule;

    @Column(nullable = false, length = 120, updatable = false)
    private String path;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "signed_by", nullable = false, length = 64, updatable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private LocalDateTime signedAt;

    protected SchemeSignoff() {}

    public SchemeSignoff(String schemeId, String rule, String path, String reason, String by, LocalDateTime at) {
        this.schemeId = schemeId;
        this.rule = rule;
        this.path = path;
        this.reason = reason;
        this.signedBy = by;
        this.signedAt = at;
    }

    public String schemeId() {
        return schemeId;
    }

    public String rule() {
        return rule;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    public String signedBy() {
        return signedBy;
    }

    public LocalDateTime signedAt() {
        return signedAt;
    }
}
