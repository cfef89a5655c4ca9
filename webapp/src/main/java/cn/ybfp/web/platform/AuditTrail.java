package cn.ybfp.web.platform;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.InvalidResidentIdException;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The province's audit viewer: who changed what (the Envers history of every module, with each change's before and
 * after) and who read whose record (the supervisors' record views, and every export of personal data), searched by
 * user, person, division and days. Only the province sees it, and its own use is recorded as a bulk read.
 */
@ApplicationScoped
public class AuditTrail {

    /** At most so many changes and so many reads per search: narrow the search for more. */
    static final int LIMIT = 200;

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    InsuredPersons persons;

    @Inject
    PersonRecordViews views;

    @Inject
    BulkReads bulkReads;

    @Inject
    Clock clock;

    /** A search: any of user, ID number and division, over days {@code from} to {@code to}, both included. */
    public record Search(String username, String idNumber, String division, LocalDate from, LocalDate to) {}

    /** One changed field of a change. */
    public record FieldChange(String field, String before, String after) {}

    /** One recorded change: when, by whom, 新增/修改/删除, of which record, and its fields' before and after. */
    public record Change(
            Instant at, String username, String kind, String entity, String recordId, List<FieldChange> fields) {}

    /** One read: a supervisor's view of a person's record, or an export (the rows it held). */
    public record Read(Instant at, String username, String what, String whose, long rows) {}

    public record Result(List<Change> changes, List<Read> reads) {

        public boolean truncated() {
            return changes.size() >= LIMIT || reads.size() >= LIMIT;
        }
    }

    @Transactional
    public Result search(Caller caller, Search search) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("审计查询仅限省级监管人员");
        }
        Criteria criteria = criteria(caller, search);
        List<Change> changes = new EnversHistory(em).changes(criteria, LIMIT);
        List<Read> reads = new ArrayList<>();
        views.search(criteria.username(), criteria.personId(), criteria.within(), criteria.from(), criteria.to(), LIMIT)
                .forEach(v -> reads.add(new Read(
                        v.at(), v.username(), "查看：" + v.page(), v.personName() + " " + v.maskedIdNumber(), 1)));
        if (criteria.personId() == null) {
            reads.addAll(new RecordedBulkReads.Search(em).reads(criteria, LIMIT));
        }
        reads.sort(Comparator.comparing(Read::at).reversed());
        bulkReads.record(caller, "审计查询", describe(search), changes.size() + reads.size());
        return new Result(changes, reads.size() > LIMIT ? reads.subList(0, LIMIT) : reads);
    }

    /** What a search asks, resolved: the person's id, the division, the instants. */
    record Criteria(
            String username, Long personId, DivisionCode within, boolean divisionGiven, Instant from, Instant to) {}

    private Criteria criteria(Caller caller, Search s) {
        String username = blankToNull(s.username());
        String idNumber = blankToNull(s.idNumber());
        String division = blankToNull(s.division());
        if (username == null && idNumber == null && division == null) {
            throw new InvalidInputException("username", "请至少填写用户名、身份证号或行政区划中的一项");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = s.from() == null ? today.minusDays(30) : s.from();
        LocalDate to = s.to() == null ? today : s.to();
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "起始日期不能晚于截止日期");
        }
        DivisionCode within = division == null
                ? caller.division()
                : DivisionCode.tryParse(division)
                        .filter(caller.division()::contains)
                        .orElseThrow(() -> new InvalidInputException("division", "行政区划代码无效"));
        Long personId = null;
        if (idNumber != null) {
            String number;
            try {
                number = ResidentId.parse(idNumber).value();
            } catch (InvalidResidentIdException e) {
                throw new InvalidInputException("idNumber", "身份证号格式不正确");
            }
            personId = persons.findByIdNumber(Jurisdiction.of(caller), number, today)
                    .map(InsuredPerson::id)
                    .orElseThrow(() -> new InvalidInputException("idNumber", "参保台账中没有该身份证号的人员"));
        }
        return new Criteria(
                username,
                personId,
                within,
                division != null,
                from.atStartOfDay(BEIJING).toInstant(),
                to.plusDays(1).atStartOfDay(BEIJING).toInstant());
    }

    private static String describe(Search s) {
        return "用户=" + nullToEmpty(s.username()) + " 身份证号=" + ResidentId.maskAll(nullToEmpty(s.idNumber())) + " 区划="
                + nullToEmpty(s.division()) + " " + s.from() + "~" + s.to();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
