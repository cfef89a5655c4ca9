package cn.ybfp.register.application;

import cn.ybfp.register.api.HistoryEntry;
import cn.ybfp.register.api.PersonStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the person page shows; the only place where the whole ID number appears. */
public record PersonDetail(
        long id,
        String idNumber,
        String name,
        String phone,
        LocalDate birthDate,
        String sex,
        int age,
        String townshipCode,
        String townshipName,
        PersonStatus status,
        LocalDate statusDate,
        long householdId,
        String householdAddress,
        String relationToHead,
        List<Member> household,
        List<Membership> memberships,
        ClassOn classOn,
        List<EnrolmentRow> enrolments,
        List<HistoryEntry> history,
        long version) {

    /** A fellow household member, masked like any list. */
    public record Member(long id, String maskedIdNumber, String name, String relationToHead) {}

    /**
     * A recognition, and whether it is held on the date the page asks about; {@code pendingBy} names the clerk who
     * entered it by hand while it waits for a second county clerk (it is held on no date before).
     */
    public record Membership(
            long id,
            String category,
            String categoryLabel,
            String department,
            String documentNumber,
            LocalDate validFrom,
            LocalDate validTo,
            boolean heldOnDate,
            String pendingBy) {}

    /** The class held on a date and why: the deciding category and its document; null class when none. */
    public record ClassOn(LocalDate date, Integer assistanceClass, String reason) {}

    public record EnrolmentRow(
            int year,
            String status,
            BigDecimal contributionDue,
            String subsidyType,
            BigDecimal subsidyAmount,
            LocalDate paidDate,
            boolean overSubsidised) {}
}
