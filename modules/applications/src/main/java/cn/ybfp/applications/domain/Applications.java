package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.AttachmentInfo;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.divisions.api.Jurisdiction;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The cases, their attachments and appeals. Every lookup that serves a user takes the user's jurisdiction. */
public interface Applications {

    void add(AssistanceApplication application);

    /** Writes the pending changes now, so that a clash with another clerk's step is reported here. */
    void flush();

    Optional<AssistanceApplication> find(Jurisdiction jurisdiction, long id);

    /** For the system's own jobs (the notice's end), which act for nobody's jurisdiction. */
    Optional<AssistanceApplication> byId(long id);

    /** The confirmed claims already claimed by a live (not rejected, not withdrawn) application of the person. */
    List<Long> claimsInLiveApplications(long personId);

    /** The receipts already claimed by a live application of the person for that year. */
    List<Receipt> receiptsInLiveApplications(long personId, int year);

    /** The person's applications of the year as one aggregate, created on first use ({@link ApplicantYear}). */
    ApplicantYear applicantYear(long personId, int year);

    /** What the person's other applications of the year were granted (in notice, final or paid). */
    java.math.BigDecimal grantedElsewhere(long personId, int year, long exceptApplicationId);

    /** Cases in the given states, oldest step first (the work list). */
    List<AssistanceApplication> inStates(Jurisdiction jurisdiction, Collection<CaseState> states, int limit);

    /** By number ("SQ000123"), ID number (exact) or name (prefix); newest first. */
    List<AssistanceApplication> search(Jurisdiction jurisdiction, String text, int limit);

    /** Per township and state: how many cases, and how many of them overdue on {@code today}. */
    List<StateCount> counts(Jurisdiction jurisdiction, java.time.LocalDate today);

    /** Cases whose notice period ended before {@code now}, across the province (for the notice job). */
    List<Long> noticeEnded(LocalDateTime now);

    void add(Attachment attachment);

    List<AttachmentInfo> attachmentsOf(long applicationId);

    List<AttachmentInfo> attachmentsOfAppeal(long appealId);

    Optional<Attachment> attachment(long id);

    void add(Appeal appeal);

    Optional<Appeal> appeal(Jurisdiction jurisdiction, long id);

    List<Appeal> appealsOf(long applicationId);

    List<Appeal> openAppeals(Jurisdiction jurisdiction);

    /** One row of the overview table. */
    record StateCount(String township, CaseState state, long cases, long overdue) {}
}
