package cn.ybfp.institutions.application;

import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.institutions.domain.DesignatedInstitution;
import cn.ybfp.institutions.domain.Institutions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link DesignatedInstitutions} over the registry. Every settlement asks it, and the registry is reference data the
 * province changes a few times a year: it is read whole and kept for {@value #KEEP_SECONDS} seconds, so a change
 * (made here or on another instance) takes effect within that time.
 */
@ApplicationScoped
@Transactional
public class RegistryLookup implements DesignatedInstitutions {

    static final long KEEP_SECONDS = 60;

    @Inject
    Institutions institutions;

    private volatile Snapshot snapshot;

    private record Snapshot(
            long readAt,
            List<Institution> all,
            Map<String, Institution> byCode,
            Map<String, Institution> byClient,
            Map<String, Institution> byName) {

        static Snapshot of(List<Institution> all) {
            return new Snapshot(
                    System.nanoTime(),
                    all,
                    index(all, Institution::code),
                    index(all.stream().filter(i -> i.apiClient() != null).toList(), Institution::apiClient),
                    index(all, Institution::name));
        }

        private static Map<String, Institution> index(List<Institution> all, Function<Institution, String> key) {
            return all.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
        }

        boolean isStale() {
            return System.nanoTime() - readAt > KEEP_SECONDS * 1_000_000_000L;
        }
    }

    @Override
    public Optional<Institution> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(current().byCode().get(code.strip()));
    }

    @Override
    public Optional<Institution> byApiClient(String clientId) {
        return clientId == null
                ? Optional.empty()
                : Optional.ofNullable(current().byClient().get(clientId));
    }

    @Override
    public Optional<Institution> byName(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(current().byName().get(name.strip()));
    }

    @Override
    public List<Institution> all() {
        return current().all();
    }

    /** Forgets what was read: the province's own change takes effect at once on this instance. */
    void forget() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || now.isStale()) {
            now = Snapshot.of(institutions.list("%").stream()
                    .map(DesignatedInstitution::view)
                    .toList());
            snapshot = now;
        }
        return now;
    }
}
