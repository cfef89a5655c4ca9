package cn.ybfp.applications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person's applications of one cost year as one aggregate: every new application bumps it, so that two
 * applications submitted at once cannot both claim the same costs after checking that no other case holds them
 * (optimistic locking, as the claims' person-year does for settlement); the second is refused and can be submitted
 * again, when the check sees the first.
 */
@Entity
@Table(name = "applicant_year")
public class ApplicantYear {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int cases;

    @Version
    private long version;

    protected ApplicantYear() {}

    public ApplicantYear(long personId, int year) {
        this.key = new Key(personId, year);
    }

    /** Called once per new application: the version check is what serialises them. */
    public void countCase() {
        cases++;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "person_id")
        private long personId;

        @Column(name = "cost_year")
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
            return Objects.hash(personId, year);
        }
    }
}
