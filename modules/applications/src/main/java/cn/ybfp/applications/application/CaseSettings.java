package cn.ybfp.applications.application;

import cn.ybfp.applications.domain.TimeLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workflow's settings (MicroProfile Config): the time limits, and the clock, in Beijing time, where a day
 * begins for every time limit.
 */
@ApplicationScoped
public class CaseSettings {

    @Inject
    @ConfigProperty(name = "applications.township-working-days", defaultValue = "5")
    int townshipDays;

    @Inject
    @ConfigProperty(name = "applications.county-working-days", defaultValue = "10")
    int countyDays;

    @Inject
    @ConfigProperty(name = "applications.notice-days", defaultValue = "7")
    int noticeDays;

    @Inject
    @ConfigProperty(name = "applications.appeal-days", defaultValue = "30")
    int appealDays;

    /** The largest attachment, in MB: a page scanned at 300 dpi in colour is well under 1 MB. */
    @Inject
    @ConfigProperty(name = "applications.max-attachment-mb", defaultValue = "10")
    int maxAttachmentMb;

    public int maxAttachmentMb() {
        return maxAttachmentMb;
    }

    TimeLimits limits() {
        return new TimeLimits(townshipDays, countyDays, noticeDays, appealDays);
    }

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
