package cn.ybfp.register.application;

import cn.ybfp.register.api.ExchangeListRow;
import cn.ybfp.register.api.ExchangeOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An uploaded list as its page shows it: the batch, the counts per outcome, and one page of rows. */
public record ExchangeView(
        long id,
        String fileName,
        String department,
        String uploadedBy,
        Instant uploadedAt,
        String status,
        long rowsRead,
        String message,
        String appliedBy,
        Instant appliedAt,
        long version,
        Map<ExchangeOutcome, Long> counts,
        List<ExchangeListRow> rows,
        String outcome,
        int page) {}
