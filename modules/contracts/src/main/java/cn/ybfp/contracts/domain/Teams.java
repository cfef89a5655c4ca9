package cn.ybfp.contracts.domain;

import java.util.List;
import java.util.Optional;

/** Where teams and their members are kept (a port; the infrastructure implements it). */
public interface Teams {

    void add(FamilyDoctorTeam team);

    void add(TeamMember member);

    Optional<FamilyDoctorTeam> find(long id);

    /** Teams of townships matching {@code townshipPattern} (SQL LIKE), by township and name. */
    List<FamilyDoctorTeam> list(String townshipPattern);

    List<TeamMember> members(long teamId);

    Optional<TeamMember> member(long id);

    /** The members of these teams (a chunk of a service file). */
    List<TeamMember> membersOf(java.util.Collection<Long> teamIds);

    void flush();
}
