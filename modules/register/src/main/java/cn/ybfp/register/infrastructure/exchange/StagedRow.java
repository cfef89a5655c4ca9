package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.ResidentId;
import java.time.LocalDate;

/** A row as checked on its own: the parsed values, or the reason it is rejected. */
public final class StagedRow {

    final ExchangeRow row;
    ResidentId residentId;
    AssistanceCategory category;
    LocalDate recognisedDate;
    LocalDate endDate;
    String rejection;

    StagedRow(ExchangeRow row) {
        this.row = row;
    }

    StagedRow reject(String reason) {
        this.rejection = reason;
        return this;
    }

    public boolean rejected() {
        return rejection != null;
    }

    public String rejection() {
        return rejection;
    }
}
