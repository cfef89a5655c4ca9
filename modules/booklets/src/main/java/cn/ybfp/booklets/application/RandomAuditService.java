package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.AuditAction;
import cn.ybfp.booklets.api.BookletStatus;
import cn.ybfp.booklets.api.Finding;
import cn.ybfp.booklets.api.Responsible;
import cn.ybfp.booklets.api.WithdrawalReason;
import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletDraw;
import cn.ybfp.booklets.domain.Booklets;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.DrawnBooklet;
import cn.ybfp.booklets.domain.Draws;
import cn.ybfp.booklets.domain.MonthlyRandomAudit;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monthly random audit of new booklets (云医保〔2020〕128号 二（四）): on the first working day of each month, and
 * whenever the province asks, each county's booklets of the previous month are drawn ({@link MonthlyRandomAudit}),
 * once per county and month; a reviewer who did not issue a drawn booklet re-checks it, and a fault withdraws it
 * from the finding's day.
 */
@ApplicationScoped
@Transactional
public class RandomAuditService {

    /** Who draws on the first working day, for the draw's record. */
    public static final String SCHEDULE = "system";

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    Draws draws;

    @Inject
    Booklets booklets;

    @Inject
    BookletSettings settings;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A county's draw for a month, as the audit page lists it. */
    public record DrawRow(
            long id,
            String county,
            YearMonth month,
            long seed,
            int population,
            int drawn,
            long reviewed,
            long findings,
            long overdue,
            LocalDate reviewDue,
            String madeBy,
            LocalDateTime madeAt) {}

    /** A drawn booklet with its re-check; {@code version} for the review form. */
    public record Drawn(
            long id,
            long bookletId,
            String bookletNumber,
            String personName,
            String maskedIdNumber,
            String issuedBy,
            LocalDate issuedOn,
            Finding finding,
            Responsible responsible,
            AuditAction action,
            LocalDate foundOn,
            String note,
            String reviewedBy,
            boolean overdue,
            long version) {}

    public record DrawDetail(DrawRow draw, List<Drawn> booklets, List<String> population) {}

    /** What the reviewer typed, as typed. */
    public record ReviewForm(String finding, String responsible, String action, String foundOn, String note) {}

    /** The province's draw of a month for every county that issued a booklet in it; the month must be over. */
    public int drawOnDemand(Caller caller, String month) {
        Authority.toDraw(caller);
        YearMonth drawn = month(month);
        if (!drawn.isBefore(YearMonth.now(clock))) {
            throw BookletsException.of("month", "audit.monthNotOver");
        }
        return drawMonth(drawn, caller.username());
    }

    /**
     * The schedule's task: from the month's first working day on, every county's previous month not drawn yet (a day
     * the job did not run is caught up the next). Returns the new draws.
     */
    public int drawDue() {
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(WorkingDays.firstOf(YearMonth.from(today)))) {
            return 0;
        }
        return drawMonth(YearMonth.from(today).minusMonths(1), SCHEDULE);
    }

    /**
     * Each county's draw of the month, made unless made already: each stored in its own transaction, so that one
     * county's clash with another node leaves the others drawn. Returns how many were made here.
     */
    int drawMonth(YearMonth month, String by) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        int made = 0;
        for (String county : booklets.countiesIssuing(from, to)) {
            if (draws.find(county, month).isPresent()) {
                continue;
            }
            List<Booklet> population = booklets.issuedIn(county, from, to);
            Map<String, Booklet> byNumber =
                    population.stream().collect(Collectors.toMap(Booklet::number, Function.identity()));
            long seed = SEEDS.nextLong();
            List<Booklet> picked = MonthlyRandomAudit.draw(List.copyOf(byNumber.keySet()), seed).stream()
                    .map(byNumber::get)
                    .toList();
            try {
                draws.addInOwnTransaction(
                        new BookletDraw(
                                county, month, seed, population.size(), picked.size(), by, LocalDateTime.now(clock)),
                        picked);
                made++;
            } catch (RuntimeException e) { // drawn meanwhile by another node or click: theirs stands
                if (draws.find(county, month).isEmpty()) {
                    throw e;
                }
            }
        }
        return made;
    }

    public List<DrawRow> list(Caller caller) {
        return draws.list(countyPattern(caller), 240).stream().map(this::row).toList();
    }

    public DrawDetail detail(Caller caller, long id) {
        BookletDraw draw = visible(caller, id);
        LocalDate due = reviewDue(draw);
        LocalDate today = LocalDate.now(clock);
        List<Drawn> drawn = draws.drawn(id).stream()
                .map(d -> drawn(d, booklets.find(d.bookletId()).orElseThrow(), today.isAfter(due)))
                .toList();
        List<String> population =
                booklets
                        .issuedIn(
                                draw.county(),
                                draw.month().atDay(1),
                                draw.month().atEndOfMonth())
                        .stream()
                        .map(Booklet::number)
                        .sorted()
                        .toList();
        return new DrawDetail(row(draw), drawn, population);
    }

    /**
     * Records the re-check of a drawn booklet; a fault withdraws the booklet from the finding's day (claims settled on
     * it before stay as they are). Returns the draw's id.
     */
    public long review(Caller caller, long drawnId, long version, ReviewForm form) {
        Authority.toReview(caller);
        DrawnBooklet drawn = draws.drawnBooklet(drawnId)
                .filter(d -> draws.find(d.drawId())
                        .filter(draw -> inArea(caller, draw))
                        .isPresent())
                .orElseThrow(() -> new RecordNotFoundException("drawn booklet " + drawnId));
        if (drawn.version() != version) {
            throw BookletsException.of(null, "audit.stale", drawn.bookletNumber());
        }
        Booklet booklet = booklets.find(drawn.bookletId()).orElseThrow();
        DrawnBooklet.Review review = review(form);
        LocalDateTime now = LocalDateTime.now(clock);
        drawn.review(review, booklet.issuedBy(), caller.username(), now);
        if (review.on().isBefore(booklet.issuedOn())) {
            throw BookletsException.of(
                    "foundOn", "audit.foundBeforeIssue", booklet.issuedOn().toString());
        }
        if (review.finding().faulty() && booklet.status() == BookletStatus.VALID) {
            booklet.withdraw(WithdrawalReason.AUDIT_FINDING, review.on(), review.note(), caller.username(), now);
        }
        try {
            draws.flush();
        } catch (PersistenceException e) {
            throw BookletsException.of(null, "audit.stale", drawn.bookletNumber());
        }
        return drawn.drawId();
    }

    private DrawnBooklet.Review review(ReviewForm form) {
        Finding finding =
                FormValues.choice(Finding.class, form.finding(), "finding", BookletsException.label("finding"));
        Responsible responsible = null;
        AuditAction action = null;
        if (finding.faulty()) {
            responsible = FormValues.choice(
                    Responsible.class, form.responsible(), "responsible", BookletsException.label("responsible"));
            action = FormValues.choice(AuditAction.class, form.action(), "action", BookletsException.label("action"));
        }
        LocalDate on = FormValues.date(form.foundOn(), "foundOn", BookletsException.label("foundOn"));
        if (on.isAfter(LocalDate.now(clock))) {
            throw BookletsException.of("foundOn", "audit.foundAhead");
        }
        String note = FormValues.optional(form.note(), "note", BookletsException.label("note"), 200);
        if (finding.faulty() && note == null) {
            throw BookletsException.of("note", "audit.noteNeeded");
        }
        return new DrawnBooklet.Review(finding, responsible, action, on, note);
    }

    private BookletDraw visible(Caller caller, long id) {
        return draws.find(id)
                .filter(d -> inArea(caller, d))
                .orElseThrow(() -> new RecordNotFoundException("draw " + id));
    }

    private static boolean inArea(Caller caller, BookletDraw draw) {
        DivisionCode county = DivisionCode.of(draw.county());
        return Jurisdiction.of(caller).contains(county) || county.contains(caller.division());
    }

    /** A county's draws for its users (a township user sees its county's), all of them for the province. */
    private static String countyPattern(Caller caller) {
        String code = caller.division().value();
        return code.length() == 9
                ? code.substring(0, 6)
                : Jurisdiction.of(caller).likePattern();
    }

    private LocalDate reviewDue(BookletDraw draw) {
        return WorkingDays.after(draw.madeAt().toLocalDate(), settings.reviewWorkingDays());
    }

    private DrawRow row(BookletDraw draw) {
        List<DrawnBooklet> drawn = draws.drawn(draw.id());
        LocalDate due = reviewDue(draw);
        boolean late = LocalDate.now(clock).isAfter(due);
        long reviewed = drawn.stream().filter(d -> d.finding() != null).count();
        long findings = drawn.stream()
                .filter(d -> d.finding() != null && d.finding().faulty())
                .count();
        return new DrawRow(
                draw.id(),
                draw.county(),
                draw.month(),
                draw.seed(),
                draw.population(),
                draw.drawn(),
                reviewed,
                findings,
                late ? drawn.size() - reviewed : 0,
                due,
                draw.madeBy(),
                draw.madeAt());
    }

    private static Drawn drawn(DrawnBooklet d, Booklet b, boolean late) {
        return new Drawn(
                d.id(),
                b.id(),
                d.bookletNumber(),
                b.personName(),
                cn.ybfp.kernel.ResidentId.mask(b.idNumber()),
                b.issuedBy(),
                b.issuedOn(),
                d.finding(),
                d.responsible(),
                d.action(),
                d.foundOn(),
                d.note(),
                d.reviewedBy(),
                late && d.finding() == null,
                d.version());
    }

    private static YearMonth month(String typed) {
        try {
            return YearMonth.parse(typed == null ? "" : typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw BookletsException.of("month", "audit.month");
        }
    }
}
