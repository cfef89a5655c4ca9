package cn.ybfp.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/** A family-doctor team (家庭医生团队) of a township health centre or a village clinic. */
@Entity
@Table(name = "family_doctor_team")
@Audited
public class FamilyDoctorTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_doctor_team_seq")
    @SequenceGenerator(name = "family_doctor_team_seq", sequenceName = "family_doctor_team_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "institution", nullable = false, length = 100)
    private String institution;

    @Column(name = "township", nullable = false, length = 9, updatable = false)
    private String township;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected FamilyDoctorTeam() {}

    public FamilyDoctorTeam(
            String name, String institution, String township, LocalDate activeFrom, String by, LocalDateTime at) {
        this.name = name;
        this.institution = institution;
        this.township = township;
        this.activeFrom = activeFrom;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** True when the team serves on that day. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** The team stops serving after {@code lastDay}. */
    public void close(LocalDate lastDay, String by, LocalDateTime at) {
        if (lastDay.isBefore(activeFrom)) {
            throw ContractsException.of("activeTo", "team.endsBeforeStart");
        }
        this.activeTo = lastDay;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String institution() {
        return institution;
    }

    public String township() {
        return township;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeTo() {
        return activeTo;
    }

    public long version() {
        return version;
    }
}
