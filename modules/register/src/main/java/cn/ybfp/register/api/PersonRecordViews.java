package cn.ybfp.register.api;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import java.time.Instant;
import java.util.List;

/**
 * The audit of supervisors' reads: another module that shows a person's record (a settlement bill, an application)
 * reports the view here, and it is kept with the register's own (person_record_view) when the caller is a province
 * supervisor.
 */
public interface PersonRecordViews {

    void viewed(Caller caller, long personId, String page);

    /** One recorded view: who read whose record, when, on which page (the ID number masked). */
    record View(Instant at, String username, long personId, String personName, String maskedIdNumber, String page) {}

    /**
     * The recorded views, newest first, of people inside {@code within}: by whom ({@code username} null: anyone), of
     * whom ({@code personId} null: anyone), from {@code from} (inclusive) to {@code to} (exclusive); at most
     * {@code limit}. For the province's audit viewer.
     */
    List<View> search(String username, Long personId, DivisionCode within, Instant from, Instant to, int limit);
}
