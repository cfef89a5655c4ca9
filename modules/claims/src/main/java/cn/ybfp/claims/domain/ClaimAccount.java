package cn.ybfp.claims.domain;

import cn.ybfp.kernel.PersonYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's claims of one year as one aggregate: confirming a claim bumps it, so two claims of the same person
 * confirmed at once cannot both build on the same accumulators (optimistic locking); the second is refused and
 * can simply be confirmed again.
 */
@Entity
@IdClass(PersonYear.class)
@Table(name = "claim_account")
public class ClaimAccount {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "claim_year")
    private int year;

    @Column(nullable = false)
    private int claims;

    @Version
    private long version;

    protected ClaimAccount() {}

    public ClaimAccount(long personId, int year) {
        this.personId = personId;
        this.year = year;
    }

    /** Called once per confirmed claim: the version check is what serialises them. */
    public void countClaim() {
        claims++;
    }
}
