package cn.ybfp.monitoring.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.monitoring.api.ReviewOutcome;
import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.domain.MonitoringException;
import cn.ybfp.monitoring.domain.ScreenFlag;
import cn.ybfp.monitoring.domain.ScreenFlags;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The screens' flags for review (吉医保发〔2019〕52号 三（一）; 云医保〔2020〕128号 （六）): they penalise nothing; the county
 * or the province reviews each and closes it with an outcome and a note.
 */
@ApplicationScoped
@Transactional
public class ScreenService {

    private static final int SHOWN = 500;

    @Inject
    ScreenFlags flags;

    @Inject
    PersonRecordViews views;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record Flag(
            long id,
            ScreenKind kind,
            String hospital,
            String personName,
            String maskedIdNumber,
            String detail,
            LocalDate raisedOn,
            ReviewOutcome outcome,
            String reviewNote,
            String reviewedBy,
            LocalDateTime reviewedAt,
            long version) {}

    public List<Flag> list(Caller caller, int year, ScreenKind kind, boolean openOnly) {
        Authority.toWatchInstitutions(caller);
        return flags.list(pattern(caller), year, kind, openOnly, SHOWN).stream()
                .map(ScreenService::view)
                .toList();
    }

    /** The flag; a supervisor's view of a person's flag is recorded. */
    public Flag detail(Caller caller, long id) {
        ScreenFlag flag = visible(caller, id);
        if (flag.personId() != null) {
            views.viewed(caller, flag.personId(), "监管疑点 " + id);
        }
        return view(flag);
    }

    public Map<ScreenKind, Long> openCounts(Caller caller) {
        Authority.toWatchInstitutions(caller);
        return flags.openCounts(pattern(caller));
    }

    public void review(Caller caller, long id, long version, String outcome, String note) {
        ScreenFlag flag = visible(caller, id);
        if (flag.version() != version) {
            throw MonitoringException.of(null, "stale");
        }
        flag.review(
                FormValues.choice(ReviewOutcome.class, outcome, "outcome", MonitoringException.label("outcome")),
                FormValues.text(note, "note", MonitoringException.label("note"), 500),
                caller.username(),
                LocalDateTime.now(clock));
        flags.flush();
    }

    private ScreenFlag visible(Caller caller, long id) {
        Authority.toWatchInstitutions(caller);
        return flags.find(pattern(caller), id).orElseThrow(() -> new RecordNotFoundException("screen flag " + id));
    }

    private static String pattern(Caller caller) {
        return Jurisdiction.of(caller).likePattern();
    }

    private static Flag view(ScreenFlag f) {
        return new Flag(
                f.id(),
                f.kind(),
                f.hospital(),
                f.personName(),
                f.idNumberMasked(),
                f.detail(),
                f.raisedOn(),
                f.outcome(),
                f.reviewNote(),
                f.reviewedBy(),
                f.reviewedAt(),
                f.version());
    }
}
