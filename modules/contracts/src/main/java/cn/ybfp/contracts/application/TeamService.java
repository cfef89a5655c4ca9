package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.MemberRole;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.FamilyDoctorTeam;
import cn.ybfp.contracts.domain.TeamMember;
import cn.ybfp.contracts.domain.Teams;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/** The family-doctor teams (家庭医生团队) of a township and their members. */
@ApplicationScoped
@Transactional
public class TeamService {

    private static final Pattern LICENCE = Pattern.compile("[0-9A-Za-z]{6,30}");

    @Inject
    Teams teams;

    @Inject
    DivisionDirectory divisions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record TeamForm(String name, String institution, String township, String activeFrom) {}

    public record MemberForm(String name, String licenceNumber, String role, String activeFrom) {}

    public record Team(
            long id, String name, String institution, String township, LocalDate activeFrom, LocalDate activeTo) {}

    public record Member(
            long id, String name, String licenceNumber, MemberRole role, LocalDate activeFrom, LocalDate activeTo) {}

    public record Detail(Team team, List<Member> members) {}

    public long create(Caller caller, TeamForm form) {
        Authority.toKeepContracts(caller);
        String township = township(caller, form.township());
        var team = new FamilyDoctorTeam(
                FormValues.text(form.name(), "name", ContractsException.label("teamName"), 60),
                FormValues.text(form.institution(), "institution", ContractsException.label("institution"), 100),
                township,
                FormValues.date(form.activeFrom(), "activeFrom", ContractsException.label("activeFrom")),
                caller.username(),
                LocalDateTime.now(clock));
        teams.add(team);
        teams.flush();
        return team.id();
    }

    public long addMember(Caller caller, long teamId, MemberForm form) {
        Authority.toKeepContracts(caller);
        FamilyDoctorTeam team = visible(caller, teamId);
        String licence =
                FormValues.text(form.licenceNumber(), "licenceNumber", ContractsException.label("licenceNumber"), 30);
        if (!LICENCE.matcher(licence).matches()) {
            throw ContractsException.of("licenceNumber", "member.licence");
        }
        LocalDate from = FormValues.date(form.activeFrom(), "activeFrom", ContractsException.label("activeFrom"));
        if (from.isBefore(team.activeFrom())) {
            throw ContractsException.of(
                    "activeFrom", "member.beforeTeam", team.activeFrom().toString());
        }
        var member = new TeamMember(
                team,
                FormValues.text(form.name(), "name", ContractsException.label("memberName"), 30),
                licence,
                FormValues.choice(MemberRole.class, form.role(), "role", ContractsException.label("role")),
                from);
        teams.add(member);
        teams.flush();
        return member.id();
    }

    /** The team stops serving after the day (its contracts' services after it no longer count). */
    public void close(Caller caller, long teamId, String lastDay) {
        Authority.toKeepContracts(caller);
        visible(caller, teamId)
                .close(
                        FormValues.date(lastDay, "activeTo", ContractsException.label("activeTo")),
                        caller.username(),
                        LocalDateTime.now(clock));
    }

    /** A member leaves the team after the day: services they record after it are refused. */
    public void memberLeaves(Caller caller, long teamId, long memberId, String lastDay) {
        Authority.toKeepContracts(caller);
        visible(caller, teamId);
        teams.member(memberId)
                .filter(m -> m.teamId() == teamId)
                .orElseThrow(() -> new RecordNotFoundException("member " + memberId))
                .leave(FormValues.date(lastDay, "activeTo", ContractsException.label("activeTo")));
    }

    public List<Team> list(Caller caller) {
        return teams.list(Jurisdiction.of(caller).likePattern()).stream()
                .map(TeamService::view)
                .toList();
    }

    public Detail detail(Caller caller, long id) {
        FamilyDoctorTeam team = visible(caller, id);
        return new Detail(
                view(team),
                teams.members(id).stream()
                        .map(m ->
                                new Member(m.id(), m.name(), m.licenceNumber(), m.role(), m.activeFrom(), m.activeTo()))
                        .toList());
    }

    FamilyDoctorTeam visible(Caller caller, long id) {
        return teams.find(id)
                .filter(t -> Jurisdiction.of(caller).contains(DivisionCode.of(t.township())))
                .orElseThrow(() -> new RecordNotFoundException("team " + id));
    }

    private String township(Caller caller, String typed) {
        if (caller.division().level() == DivisionLevel.TOWNSHIP) {
            return caller.division().value();
        }
        String code = FormValues.text(typed, "township", ContractsException.label("township"), 9);
        if (!divisions.townshipCodes().contains(code)
                || !Jurisdiction.of(caller).contains(DivisionCode.of(code))) {
            throw ContractsException.of("township", "team.township");
        }
        return code;
    }

    private static Team view(FamilyDoctorTeam t) {
        return new Team(t.id(), t.name(), t.institution(), t.township(), t.activeFrom(), t.activeTo());
    }
}
