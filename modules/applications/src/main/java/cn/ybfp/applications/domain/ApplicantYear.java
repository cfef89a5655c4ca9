package cn.ybfp.applications.domain;

import cn.ybfp.kernel.PersonYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's applications of one cost year as one aggregate: every new application bumps it, so that two
 * applications submitted at once cannot both claim the same costs after checking that no other case holds them
 * (optimistic locking, as the claims' person-year does for settlement); the second is refused and can be submitted
 * again, when the check sees the first.
 */
@Entity
@IdClass(PersonYear.class)
@Table(name = "applicant_year")
public class ApplicantYear {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "cost_year")
    private int year;

    @Column(nullable = false)
    private int cases;

    @Version
    private long version;

    protected ApplicantYear() {}

    public ApplicantYear(long personId, int year) {
        this.personId = personId;
        this.year = year;
    }

    /** Called once per new application: the version check is what serialises them. */
    public void countCase() {
        cases++;
    }
}
