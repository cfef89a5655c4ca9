package cn.ybfp.booklets.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The booklets' settings (MicroProfile Config). */
@ApplicationScoped
public class BookletSettings {

    /** The largest scanned diagnosis, in MB: the same limit as a case's materials. */
    @Inject
    @ConfigProperty(name = "applications.max-attachment-mb", defaultValue = "10")
    int maxEvidenceMb;

    /** Working days a drawn booklet may wait for its re-check before it is overdue (demo 15). */
    @Inject
    @ConfigProperty(name = "booklets.review-working-days", defaultValue = "15")
    int reviewWorkingDays;

    public int maxEvidenceMb() {
        return maxEvidenceMb;
    }

    int reviewWorkingDays() {
        return reviewWorkingDays;
    }
}
