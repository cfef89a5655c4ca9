package cn.ybfp.contracts.domain;

/**
 * One data row of a health centre's service-record file as read, every cell as text (null when empty).
 *
 * @param lineNumber the row number the spreadsheet shows, header included
 * @param licence    the practice licence number of the team member who did it
 */
public record RecordLine(
        long lineNumber, String idNumber, String name, String type, String day, String licence, String note) {}
