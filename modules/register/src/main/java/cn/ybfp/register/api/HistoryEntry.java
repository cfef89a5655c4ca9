package cn.ybfp.register.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One recorded change of a person's record: when, who, what kind (新增/修改/删除) and of which part. */
public record HistoryEntry(Instant at, String username, String change, String part, String summary) {

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    /** The time as the province's clerks read it (Beijing time). */
    public String localTime() {
        return LOCAL.format(at);
    }
}
