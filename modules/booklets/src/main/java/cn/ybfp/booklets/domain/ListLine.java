package cn.ybfp.booklets.domain;

/**
 * One data row of a health department's list as read from the file, every cell as text (null when empty).
 *
 * @param lineNumber the row number the spreadsheet shows, header included
 */
public record ListLine(
        long lineNumber, String idNumber, String name, String disease, String institution, String diagnosedOn) {}
