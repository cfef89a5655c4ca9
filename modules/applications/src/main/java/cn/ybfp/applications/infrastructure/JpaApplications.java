package cn.ybfp.applications.infrastructure;

import cn.ybfp.applications.api.AttachmentInfo;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.domain.Appeal;
import cn.ybfp.applications.domain.ApplicantYear;
import cn.ybfp.applications.domain.Applications;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.applications.domain.Attachment;
import cn.ybfp.applications.domain.Receipt;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.PersonYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApplications implements Applications {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AssistanceApplication application) {
        em.persist(application);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<AssistanceApplication> find(Jurisdiction jurisdiction, long id) {
        return Optional.ofNullable(em.find(AssistanceApplication.class, id))
                .filter(a -> jurisdiction.contains(DivisionCode.of(a.townshipCode())));
    }

    @Override
    public Optional<AssistanceApplication> byId(long id) {
        return Optional.ofNullable(em.find(AssistanceApplication.class, id));
    }

    @Override
    public List<Long> claimsInLiveApplications(long personId) {
        return em.createQuery(
                        "select c from AssistanceApplication a join a.claimIds c where a.personId = :person"
                                + " and a.state not in :closed",
                        Long.class)
                .setParameter("person", personId)
                .setParameter("closed", List.of(CaseState.REJECTED, CaseState.WITHDRAWN))
                .getResultList();
    }

    @Override
    public List<Receipt> receiptsInLiveApplications(long personId, int year) {
        return em.createQuery(
                        "select r from AssistanceApplication a join a.receipts r where a.personId = :person"
                                + " and a.year = :year and a.state not in :closed",
                        Receipt.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .setParameter("closed", List.of(CaseState.REJECTED, CaseState.WITHDRAWN))
                .getResultList();
    }

    @Override
    public ApplicantYear applicantYear(long personId, int year) {
        ApplicantYear found = em.find(ApplicantYear.class, new PersonYear(personId, year));
        if (found == null) {
            found = new ApplicantYear(personId, year);
            em.persist(found);
        }
        return found;
    }

    @Override
    public java.math.BigDecimal grantedElsewhere(long personId, int year, long exceptApplicationId) {
        java.math.BigDecimal sum = em.createQuery(
                        "select sum(a.approval.approvedAmount) from AssistanceApplication a"
                                + " where a.personId = :person and a.year = :year and a.id <> :except and a.state in :granted",
                        java.math.BigDecimal.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .setParameter("except", exceptApplicationId)
                .setParameter("granted", List.of(CaseState.IN_NOTICE, CaseState.FINAL, CaseState.PAID))
                .getSingleResult();
        return sum == null ? cn.ybfp.kernel.Money.ZERO : sum;
    }

    @Override
    public List<AssistanceApplication> inStates(Jurisdiction jurisdiction, Collection<CaseState> states, int limit) {
        if (states.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from AssistanceApplication a where a.townshipCode like :scope"
                                + " and a.state in :states order by a.stateSince, a.id",
                        AssistanceApplication.class)
                .setParameter("scope", jurisdiction.likePattern())
                .setParameter("states", states)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AssistanceApplication> search(Jurisdiction jurisdiction, String text, int limit) {
        String query = text == null ? "" : text.strip();
        String where;
        Object value;
        if (query.matches("(?i)SQ\\d{1,12}")) {
            where = "a.id = :value";
            value = Long.parseLong(query.substring(2));
        } else if (query.matches("\\d{17}[\\dXx]")) {
            where = "a.idNumber = :value";
            value = query.toUpperCase(java.util.Locale.ROOT);
        } else {
            where = "a.personName like :value escape '\\'";
            value = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        return em.createQuery(
                        "select a from AssistanceApplication a where a.townshipCode like :scope and " + where
                                + " order by a.id desc",
                        AssistanceApplication.class)
                .setParameter("scope", jurisdiction.likePattern())
                .setParameter("value", value)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<StateCount> counts(Jurisdiction jurisdiction, LocalDate today) {
        return em.createQuery(
                        "select new cn.ybfp.applications.domain.Applications$StateCount(a.townshipCode,"
                                + " a.state, count(a), sum(case when a.dueOn < :today and a.state <> :notice then 1 else 0 end))"
                                + " from AssistanceApplication a where a.townshipCode like :scope"
                                + " group by a.townshipCode, a.state order by a.townshipCode",
                        StateCount.class)
                .setParameter("today", today)
                .setParameter("notice", CaseState.IN_NOTICE)
                .setParameter("scope", jurisdiction.likePattern())
                .getResultList();
    }

    @Override
    public List<Long> noticeEnded(LocalDateTime now) {
        return em.createQuery(
                        "select a.id from AssistanceApplication a where a.state = :notice"
                                + " and a.approval.noticeUntil < :today",
                        Long.class)
                .setParameter("notice", CaseState.IN_NOTICE)
                .setParameter("today", now.toLocalDate())
                .getResultList();
    }

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public List<AttachmentInfo> attachmentsOf(long applicationId) {
        return infos("t.applicationId = :id", applicationId);
    }

    @Override
    public List<AttachmentInfo> attachmentsOfAppeal(long appealId) {
        return infos("t.appealId = :id", appealId);
    }

    /** Without the bytes: a list never loads the scans themselves. */
    private List<AttachmentInfo> infos(String where, long id) {
        return em.createQuery(
                        "select new cn.ybfp.applications.api.AttachmentInfo(t.id, t.fileName, t.step,"
                                + " t.uploadedBy, t.uploadedAt) from Attachment t where " + where + " order by t.id",
                        AttachmentInfo.class)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public void add(Appeal appeal) {
        em.persist(appeal);
    }

    @Override
    public Optional<Appeal> appeal(Jurisdiction jurisdiction, long id) {
        return Optional.ofNullable(em.find(Appeal.class, id))
                .filter(a -> jurisdiction.contains(DivisionCode.of(a.townshipCode())));
    }

    @Override
    public List<Appeal> appealsOf(long applicationId) {
        return em.createQuery("select p from Appeal p where p.applicationId = :id order by p.id", Appeal.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    @Override
    public List<Appeal> openAppeals(Jurisdiction jurisdiction) {
        return em.createQuery(
                        "select p from Appeal p where p.townshipCode like :scope and p.outcome is null"
                                + " order by p.filedOn, p.id",
                        Appeal.class)
                .setParameter("scope", jurisdiction.likePattern())
                .getResultList();
    }
}
