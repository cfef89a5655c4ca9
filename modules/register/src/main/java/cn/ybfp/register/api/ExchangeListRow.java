package cn.ybfp.register.api;

/**
 * A row of an uploaded list as the preview page and the error file show it: the ID number masked, except in the
 * error file the department corrects and sends again.
 *
 * @param outcome the {@link ExchangeOutcome} name
 * @param reason  why a row was rejected; null otherwise
 */
public record ExchangeListRow(
        int rowNumber,
        String idNumber,
        String name,
        String category,
        String division,
        String recognisedDate,
        String endDate,
        String documentNumber,
        String outcome,
        String reason) {}
