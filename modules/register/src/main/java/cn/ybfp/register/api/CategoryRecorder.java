package cn.ybfp.register.api;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import java.time.LocalDate;

/**
 * Writes a recognised category into the register for another module (the application workflow's category
 * determination, 身份认定), with the same checks, jurisdiction and history as the register's own pages.
 *
 * @throws cn.ybfp.kernel.InvalidInputException naming the field, when the register refuses it; nothing changes
 * @throws cn.ybfp.kernel.NotPermittedException when the caller may not change the register
 */
public interface CategoryRecorder {

    void record(
            Caller caller,
            long personId,
            AssistanceCategory category,
            Department department,
            String documentNumber,
            LocalDate validFrom,
            LocalDate validTo);
}
