package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.domain.FamilyDoctorTeam;
import cn.ybfp.contracts.domain.TeamMember;
import cn.ybfp.contracts.domain.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTeams implements Teams {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(FamilyDoctorTeam team) {
        em.persist(team);
    }

    @Override
    public void add(TeamMember member) {
        em.persist(member);
    }

    @Override
    public Optional<FamilyDoctorTeam> find(long id) {
        return Optional.ofNullable(em.find(FamilyDoctorTeam.class, id));
    }

    @Override
    public List<FamilyDoctorTeam> list(String townshipPattern) {
        return em.createQuery(
                        "select t from FamilyDoctorTeam t where t.township like :pattern order by t.township, t.name",
                        FamilyDoctorTeam.class)
                .setParameter("pattern", townshipPattern)
                .getResultList();
    }

    @Override
    public List<TeamMember> members(long teamId) {
        return em.createQuery(
                        "select m from TeamMember m where m.teamId = :team order by m.activeFrom, m.id",
                        TeamMember.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    @Override
    public Optional<TeamMember> member(long id) {
        return Optional.ofNullable(em.find(TeamMember.class, id));
    }

    @Override
    public List<TeamMember> membersOf(java.util.Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from TeamMember m where m.teamId in :teams", TeamMember.class)
                .setParameter("teams", teamIds)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
