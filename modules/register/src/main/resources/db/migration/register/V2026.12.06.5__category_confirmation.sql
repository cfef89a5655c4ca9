-- A category entered by hand is pending until a second county clerk confirms it: pending_by names the clerk who
-- entered it, and is null for every category in force (those from a department's list, an application's
-- determination, the demo, and all recorded before this change).
alter table category_membership add column pending_by varchar(64);
alter table category_membership_aud add column pending_by varchar(64);
