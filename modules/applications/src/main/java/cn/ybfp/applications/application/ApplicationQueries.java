package cn.ybfp.applications.application;

import cn.ybfp.applications.api.AttachmentInfo;
import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.domain.ApplicationProcedure;
import cn.ybfp.applications.domain.Applications;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.claims.api.ClaimSummary;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reading cases: the work list, search, a case's page, the notice list and the overview, always in scope. */
@ApplicationScoped
@Transactional
public class ApplicationQueries {

    /** A work list shows the oldest 100 steps; a search the newest 50 matches (narrow it to find more). */
    private static final int LIST_LIMIT = 100;

    private static final int SEARCH_LIMIT = 50;

    @Inject
    BulkReads bulkReads;

    @Inject
    Applications applications;

    @Inject
    ApplicationService service;

    @Inject
    PersonClaims claims;

    @Inject
    DivisionDirectory divisions;

    @Inject
    CaseSettings settings;

    @Inject
    PersonRecordViews views;

    /**
     * A case as its page shows it: the case, its trail, and what the caller may do now.
     *
     * @param claims          the chosen settled claims that still stand
     * @param reversedClaims  how many chosen claims were reversed since: they no longer count, and the page says so
     */
    public record CaseView(
            CaseDetail application,
            String townshipName,
            List<ClaimSummary> claims,
            int reversedClaims,
            List<AttachmentInfo> attachments,
            List<AppealDetail> appeals,
            List<CaseAction> actions,
            CaseAssessment assessment,
            boolean overdue) {}

    /** One line of a work list or search result. */
    public record CaseRow(
            long id,
            String number,
            String personName,
            String maskedIdNumber,
            String townshipName,
            String village,
            CaseState state,
            LocalDate stateSince,
            LocalDate dueOn,
            boolean overdue) {}

    /** "我的待办": cases waiting for the caller's role in the caller's area, oldest step first. */
    public List<CaseRow> workList(Caller caller) {
        return rows(applications.inStates(
                Jurisdiction.of(caller), ApplicationService.waitingFor(caller.role()), LIST_LIMIT));
    }

    /** The home page's summary: how many cases wait for the caller (of the oldest 100), how many overdue, appeals. */
    public record WorkSummary(int waiting, long overdue, int appeals) {}

    public WorkSummary summary(Caller caller) {
        List<CaseRow> work = workList(caller);
        return new WorkSummary(
                work.size(),
                work.stream().filter(CaseRow::overdue).count(),
                caller.role() == Role.COUNTY_STAFF ? openAppeals(caller).size() : 0);
    }

    public List<CaseRow> search(Caller caller, String text) {
        return text == null || text.isBlank()
                ? List.of()
                : rows(applications.search(Jurisdiction.of(caller), text, SEARCH_LIMIT));
    }

    /** One line of the public notice: the name partly masked, never the ID number. */
    public record NoticeRow(
            long id,
            String number,
            String name,
            String townshipName,
            String village,
            java.math.BigDecimal amount,
            LocalDate from,
            LocalDate until) {}

    /** The township's public notice list (公示): cases in notice, names partly masked. */
    public List<NoticeRow> notices(Caller caller) {
        return applications.inStates(Jurisdiction.of(caller), List.of(CaseState.IN_NOTICE), LIST_LIMIT).stream()
                .map(a -> new NoticeRow(
                        a.id(),
                        a.number(),
                        a.noticeName(),
                        divisions.nameOf(DivisionCode.of(a.townshipCode())),
                        a.village(),
                        a.approval().approvedAmount(),
                        a.stateSince(),
                        a.approval().noticeUntil()))
                .toList();
    }

    public List<AppealDetail> openAppeals(Caller caller) {
        return applications.openAppeals(Jurisdiction.of(caller)).stream()
                .map(AppealDetail::of)
                .toList();
    }

    /** A case's page; reading it records the view of the person's record and changes nothing else. */
    public Optional<CaseView> view(Caller caller, long id) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        return applications.find(jurisdiction, id).map(a -> {
            views.viewed(caller, a.personId(), "依申请救助 " + a.number());
            List<ClaimSummary> picked = claims.standingClaims(jurisdiction, a.personId(), a.year()).stream()
                    .filter(c -> a.claimIds().contains(c.id()))
                    .toList();
            LocalDate today = settings.now().toLocalDate();
            var standing = a.standingOn(today, settings.limits());
            CaseAssessment assessment = standing.state() == CaseState.DETERMINED ? service.assessment(caller, a) : null;
            List<CaseAction> actions = caller.role() == Role.PROVINCE_SUPERVISOR
                    ? List.of()
                    : ApplicationProcedure.actionsFor(caller.role(), standing.state());
            return new CaseView(
                    CaseDetail.of(a, standing),
                    divisions.nameOf(DivisionCode.of(a.townshipCode())),
                    picked,
                    a.claimIds().size() - picked.size(),
                    applications.attachmentsOf(a.id()),
                    applications.appealsOf(a.id()).stream()
                            .map(AppealDetail::of)
                            .toList(),
                    actions,
                    assessment,
                    standing.isOverdue(today));
        });
    }

    /** A scan to download. */
    public record FileView(String fileName, String contentType, byte[] content) {}

    /** A scan of a case or appeal the caller may read; empty otherwise. */
    public Optional<FileView> attachment(Caller caller, long attachmentId) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        return applications.attachment(attachmentId).flatMap(t -> {
            Optional<AssistanceApplication> application = t.applicationId() != null
                    ? applications.find(jurisdiction, t.applicationId())
                    : applications
                            .appeal(jurisdiction, t.appealId())
                            .map(p -> p.applicationId() == null
                                    ? null
                                    : applications
                                            .find(jurisdiction, p.applicationId())
                                            .orElse(null));
            if (t.applicationId() != null && application.isEmpty()
                    || t.appealId() != null
                            && applications.appeal(jurisdiction, t.appealId()).isEmpty()) {
                return Optional.empty();
            }
            application.ifPresent(a -> views.viewed(caller, a.personId(), "附件 " + a.number()));
            bulkReads.record(caller, "附件 " + t.fileName(), "", 1);
            return Optional.of(new FileView(t.fileName(), t.contentType(), t.content()));
        });
    }

    /** Per township: cases by state, and how many are overdue (county and province overview). */
    public Map<String, Map<CaseState, long[]>> overview(Caller caller) {
        Map<String, Map<CaseState, long[]>> table = new TreeMap<>();
        for (var count :
                applications.counts(Jurisdiction.of(caller), settings.now().toLocalDate())) {
            table.computeIfAbsent(
                            divisions.nameOf(DivisionCode.of(count.township())) + "（" + count.township() + "）",
                            t -> new java.util.EnumMap<>(CaseState.class))
                    .put(count.state(), new long[] {count.cases(), count.overdue()});
        }
        return table;
    }

    private List<CaseRow> rows(List<AssistanceApplication> cases) {
        LocalDate today = settings.now().toLocalDate();
        return cases.stream()
                .map(a -> {
                    var standing = a.standingOn(today, settings.limits());
                    return new CaseRow(
                            a.id(),
                            a.number(),
                            a.personName(),
                            a.maskedIdNumber(),
                            divisions.nameOf(DivisionCode.of(a.townshipCode())),
                            a.village(),
                            standing.state(),
                            standing.since(),
                            standing.dueOn(),
                            standing.isOverdue(today));
                })
                .toList();
    }
}
