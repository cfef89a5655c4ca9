package cn.ybfp.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The province's clock: dates and times as its clerks read them (Beijing time), whatever zone the server runs in.
 * A day's time limits, a claim's "today" and a bill's time all begin at midnight in Beijing.
 */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {}

    /** The province's clock, for a service that takes its clock by injection so that a test can set the date. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
