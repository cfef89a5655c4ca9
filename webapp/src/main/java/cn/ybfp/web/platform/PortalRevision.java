package cn.ybfp.web.platform;

import cn.ybfp.kernel.RevisionStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** An Envers revision with the user who made it, so that every change in the portal says who and when. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(PortalRevisionListener.class)
public class PortalRevision implements RevisionStamp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    void setUsername(String username) {
        this.username = username;
    }

    /** The revision's number, which orders the changes of one record. */
    int number() {
        return id;
    }

    @Override
    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    @Override
    public String username() {
        return username;
    }
}
