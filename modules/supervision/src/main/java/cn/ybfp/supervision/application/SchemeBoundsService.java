package cn.ybfp.supervision.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.schemes.SchemeBreach;
import cn.ybfp.kernel.schemes.SchemeGuard;
import cn.ybfp.supervision.api.SchemeBoundValues;
import cn.ybfp.supervision.domain.SchemeBounds;
import cn.ybfp.supervision.domain.SchemeBoundsRule;
import cn.ybfp.supervision.domain.SchemeBoundsStore;
import cn.ybfp.supervision.domain.SchemeSignoff;
import cn.ybfp.supervision.domain.SupervisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's bounds on the schemes: the guard the claims module asks before it saves a scheme (a floor breach
 * refuses it), the year's bounds the province reads, and the supervisors' sign-off of each warning with its reason.
 * A year without bounds checks nothing (the page says so); a scheme of another province (the simulator's) neither.
 */
@ApplicationScoped
public class SchemeBoundsService implements SchemeGuard {

    private static final int REASON_LENGTH = 500;

    @Inject
    SchemeBoundsStore store;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Clock clock;

    /** A warning or floor breach with its sign-off, if any. */
    public record Finding(SchemeBreach breach, String signedBy, LocalDateTime signedAt, String reason) {

        public boolean signed() {
            return signedBy != null;
        }
    }

    @Override
    @Transactional
    public List<SchemeBreach> check(
            String region, int year, Map<String, String> values, Map<Integer, Map<String, String>> previous) {
        Optional<SchemeBounds> bounds = store.of(year);
        if (bounds.isEmpty() || !ofThisProvince(region)) {
            return List.of();
        }
        return SchemeBoundsRule.check(
                bounds.get().values(),
                values,
                previous.getOrDefault(year - 1, Map.of()),
                previous.getOrDefault(year - 2, Map.of()));
    }

    /** Whether the year has bounds. */
    @Transactional
    public boolean hasBounds(int year) {
        return store.of(year).isPresent();
    }

    /** The year's bounds, for the page. */
    @Transactional
    public Optional<SchemeBoundValues> bounds(int year) {
        return store.of(year).map(SchemeBounds::values);
    }

    /** The province enters or changes a year's bounds. */
    @Transactional
    public void save(Caller caller, int year, SchemeBoundValues values) {
        Authority.toSupervise(caller);
        Optional<SchemeBounds> existing = store.of(year);
        if (existing.isPresent()) {
            existing.get().change(values, caller.username());
        } else {
            store.add(new SchemeBounds(year, values, caller.username()));
        }
    }

    /** A scheme's breaches with their sign-offs. */
    @Transactional
    public List<Finding> findings(
            String schemeId,
            String region,
            int year,
            Map<String, String> values,
            Map<Integer, Map<String, String>> previous) {
        List<SchemeSignoff> signed = store.signoffs(schemeId);
        return check(region, year, values, previous).stream()
                .map(b -> signed.stream()
                        .filter(s -> s.rule().equals(b.rule()) && s.path().equals(b.path()))
                        .findFirst()
                        .map(s -> new Finding(b, s.signedBy(), s.signedAt(), s.reason()))
                        .orElse(new Finding(b, null, null, null)))
                .toList();
    }

    /** A supervisor signs a warning off with the reason; a floor breach is never signed off (it is corrected). */
    @Transactional
    public void signOff(Caller caller, String schemeId, String rule, String path, String reason) {
        Authority.toSupervise(caller);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_LENGTH) {
            throw SupervisionException.of("reason", "reason.required");
        }
        store.add(new SchemeSignoff(schemeId, rule, path, text, caller.username(), LocalDateTime.now(clock)));
    }

    private boolean ofThisProvince(String region) {
        return DivisionCode.tryParse(region)
                .map(code -> divisions.townshipCodes().stream().anyMatch(t -> t.startsWith(code.prefix())))
                .orElse(false);
    }
}
