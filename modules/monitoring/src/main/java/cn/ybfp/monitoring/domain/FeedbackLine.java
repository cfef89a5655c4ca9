package cn.ybfp.monitoring.domain;

/**
 * One data row of a department's feedback file as read, every cell as text (null when empty).
 *
 * @param lineNumber the row number the spreadsheet shows, header included
 * @param result 认定 or 不予认定 (also 是/否)
 * @param category the recognised category's name as the register lists it (低保对象, 特困人员, …)
 */
public record FeedbackLine(
        long lineNumber,
        String warningNumber,
        String idNumber,
        String name,
        String result,
        String category,
        String documentNumber,
        String recognisedFrom,
        String reason) {}
