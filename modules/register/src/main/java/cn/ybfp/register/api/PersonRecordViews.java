package cn.ybfp.register.api;

import cn.ybfp.kernel.Caller;

/**
 * The audit of supervisors' reads: another module that shows a person's record (a settlement bill, an application)
 * reports the view here, and it is kept with the register's own (person_record_view) when the caller is a province
 * supervisor.
 */
public interface PersonRecordViews {

    void viewed(Caller caller, long personId, String page);
}
