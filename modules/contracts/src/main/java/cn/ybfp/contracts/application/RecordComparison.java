package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.Contracts;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.FamilyDoctorTeam;
import cn.ybfp.contracts.domain.RecordImportRow.Found;
import cn.ybfp.contracts.domain.RecordLine;
import cn.ybfp.contracts.domain.ServiceRecordRule;
import cn.ybfp.contracts.domain.ServiceRecords;
import cn.ybfp.contracts.domain.TeamMember;
import cn.ybfp.contracts.domain.Teams;
import cn.ybfp.kernel.Refusal;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.tables.TableDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Compares the rows of a service-record file with the contracts of the uploader's area, a chunk at a time (the
 * chunk's contracts, members and existing records in three queries): a row is accepted when it names a contract's
 * person by ID number and name, a service type, a day within that contract, a member of its team on that day by
 * licence number, and is neither already recorded nor repeated in the file ({@link ServiceRecordRule}).
 */
@ApplicationScoped
class RecordComparison {

    /** The service types as health centres' systems name them, besides the constants' own names. */
    private static final Map<String, ServiceType> TYPE_NAMES = Map.of(
            "健康评估", ServiceType.HEALTH_ASSESSMENT,
            "慢病随访", ServiceType.CHRONIC_FOLLOW_UP,
            "上门服务", ServiceType.HOME_VISIT,
            "健康咨询", ServiceType.CONSULTATION,
            "健康教育", ServiceType.HEALTH_EDUCATION);

    private static final Map<String, String> CHINESE = new ConcurrentHashMap<>();

    @Inject
    Contracts contracts;

    @Inject
    Teams teams;

    @Inject
    ServiceRecords records;

    /** A comparison of one file: it remembers the rows seen, to tell a repeated one. */
    Compare of(String townshipPattern, LocalDate today) {
        return new Compare(townshipPattern, today);
    }

    private record Candidate(int index, RecordLine line, ResidentId id, ServiceType type, LocalDate day) {}

    final class Compare {

        private final String area;
        private final LocalDate today;
        private final Set<String> seen = new HashSet<>();
        private final Map<Long, FamilyDoctorTeam> teamsSeen = new java.util.HashMap<>();

        private Compare(String area, LocalDate today) {
            this.area = area;
            this.today = today;
        }

        /** What each line is, in the lines' order. */
        List<Found> rows(List<RecordLine> lines) {
            Found[] found = new Found[lines.size()];
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                found[i] = read(i, lines.get(i), candidates);
            }
            Map<String, List<Contract>> byId = contracts
                    .withIdNumbers(candidates.stream().map(c -> c.id().value()).collect(Collectors.toSet()), area)
                    .stream()
                    .collect(Collectors.groupingBy(Contract::idNumber));
            Set<Long> teamIds = byId.values().stream()
                    .flatMap(List::stream)
                    .map(Contract::teamId)
                    .collect(Collectors.toSet());
            Map<Long, List<TeamMember>> members =
                    teams.membersOf(teamIds).stream().collect(Collectors.groupingBy(TeamMember::teamId));
            teamIds.forEach(
                    id -> teamsSeen.computeIfAbsent(id, k -> teams.find(k).orElseThrow()));
            Set<String> recorded = records.existing(byId.values().stream()
                    .flatMap(List::stream)
                    .map(Contract::personId)
                    .collect(Collectors.toSet()));
            for (Candidate c : candidates) {
                found[c.index()] = matched(c, byId.getOrDefault(c.id().value(), List.of()), members, recorded);
            }
            return List.of(found);
        }

        private Found read(int index, RecordLine line, List<Candidate> candidates) {
            ResidentId id;
            try {
                id = ResidentId.parse(line.idNumber() == null ? "" : line.idNumber());
            } catch (IllegalArgumentException e) {
                String typed = line.idNumber() == null ? "" : line.idNumber().strip();
                return rejected(ResidentId.mask(typed), null, null, "row.idNumber");
            }
            ServiceType type = type(line.type());
            LocalDate day =
                    line.day() == null ? null : TableDates.parse(line.day()).orElse(null);
            if (line.name() == null || line.name().isBlank()) {
                return rejected(id.masked(), type, day, "row.name");
            }
            if (type == null) {
                return rejected(id.masked(), null, day, "row.type");
            }
            if (day == null) {
                return rejected(id.masked(), type, null, "row.day");
            }
            if (!seen.add(id.value() + "/" + type + "/" + day)) {
                return rejected(id.masked(), type, day, "row.repeated");
            }
            candidates.add(new Candidate(index, line, id, type, day));
            return null;
        }

        private Found matched(
                Candidate c, List<Contract> ofPerson, Map<Long, List<TeamMember>> members, Set<String> recorded) {
            if (ofPerson.isEmpty()) {
                return rejected(c, "row.noContract");
            }
            if (!ofPerson.get(0).personName().equals(c.line().name().strip())) {
                return rejected(c, "row.nameDiffers");
            }
            Optional<Contract> running =
                    ofPerson.stream().filter(k -> k.runsOn(c.day())).findFirst();
            if (running.isEmpty()) {
                return rejected(c, "record.outsideContract");
            }
            Contract contract = running.get();
            String licence =
                    c.line().licence() == null ? "" : c.line().licence().strip();
            Optional<TeamMember> member = members.getOrDefault(contract.teamId(), List.of()).stream()
                    .filter(m -> m.licenceNumber().equalsIgnoreCase(licence))
                    .findFirst();
            Optional<String> refusal = ServiceRecordRule.refusal(
                    contract.year(),
                    c.day(),
                    today,
                    member.filter(m -> m.memberOn(c.day())).isPresent()
                            && teamsSeen.get(contract.teamId()).activeOn(c.day()),
                    recorded.contains(ServiceRecords.key(contract.personId(), c.type(), c.day())));
            if (refusal.isPresent()) {
                return rejected(c, refusal.get());
            }
            return new Found(
                    c.id().masked(),
                    c.type(),
                    c.day(),
                    contract.id(),
                    member.get().id(),
                    null);
        }

        private Found rejected(Candidate c, String reason) {
            return rejected(c.id().masked(), c.type(), c.day(), reason);
        }

        private Found rejected(String masked, ServiceType type, LocalDate day, String reason) {
            return new Found(masked, type, day, null, null, chinese(reason));
        }
    }

    private static ServiceType type(String typed) {
        if (typed == null) {
            return null;
        }
        String name = typed.strip();
        ServiceType named = TYPE_NAMES.get(name);
        if (named != null) {
            return named;
        }
        try {
            return ServiceType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A text of the module's bundle in Chinese: the rejected rows go back to the health centre as they are. */
    static String chinese(String key) {
        return CHINESE.computeIfAbsent(
                key, k -> Refusal.of(ContractsException.TEXTS, k).in(Locale.CHINESE));
    }
}
