package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.MemberRole;
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

/** A member of a team for a span of days: a service counts only when its member belonged to the team that day. */
@Entity
@Table(name = "team_member")
@Audited
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_member_seq")
    @SequenceGenerator(name = "team_member_seq", sequenceName = "team_member_seq", allocationSize = 50)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "name", nullable = false, length = 30, updatable = false)
    private String name;

    /** The practice licence number (执业证书编码). */
    @Column(name = "licence_number", nullable = false, length = 30, updatable = false)
    private String licenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16, updatable = false)
    private MemberRole role;

    @Column(name = "active_from", nullable = false, updatable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    protected TeamMember() {}

    public TeamMember(FamilyDoctorTeam team, String name, String licenceNumber, MemberRole role, LocalDate from) {
        this.teamId = team.id();
        this.name = name;
        this.licenceNumber = licenceNumber;
        this.role = role;
        this.activeFrom = from;
    }

    public boolean memberOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** The member leaves the team after {@code lastDay}. */
    public void leave(LocalDate lastDay) {
        if (lastDay.isBefore(activeFrom)) {
            throw ContractsException.of("activeTo", "member.leavesBeforeJoining");
        }
        this.activeTo = lastDay;
    }

    public Long id() {
        return id;
    }

    public long teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public String licenceNumber() {
        return licenceNumber;
    }

    public MemberRole role() {
        return role;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeTo() {
        return activeTo;
    }
}
