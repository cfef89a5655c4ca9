-- One row per scheduled job and period: the node that inserts it runs the job, any other node's insert fails on the
-- key and skips it, so a job runs once however many portal instances share the database.
create table scheduled_run (
    job        varchar(40) not null,
    period     varchar(40) not null,
    claimed_at timestamp   not null,
    primary key (job, period)
);
