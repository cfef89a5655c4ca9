package cn.ybfp.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * A person's claims of one year as one aggregate: confirming a claim bumps it, so two claims of the same person
 * confirmed at once cannot both build on the same accumulators (optimistic locking); the second is refused and
 * can simply be confirmed again.
 */
@Entity
@Table(name = "claim_account")
public class ClaimAccount {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int claims;

    @Version
    private long version;

    protected ClaimAccount() {}

    public ClaimAccount(long personId, int year) {
        this.key = new Key(personId, year);
    }

    /** Called once per confirmed claim: the version check is what serialises them. */
    public void countClaim() {
        claims++;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "person_id")
        private long personId;

        @Column(name = "claim_year")
        private int year;

        protected Key() {}

        public Key(long personId, int year) {
            this.personId = personId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.personId == personId && k.year == year;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(personId) * 31 + year;
        }
    }
}
