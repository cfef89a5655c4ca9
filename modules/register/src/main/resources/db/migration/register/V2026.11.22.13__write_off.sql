-- Uninsured write-off (未参保销号): a target person not enrolled in a year is a case on the township's to-do list
-- until enrolled or closed with a documented reason.
create sequence write_off_seq start with 1000 increment by 50;
create table write_off_case (
    id          bigint                   not null primary key,
    person_id   bigint                   not null references person (id),
    case_year   integer                  not null,
    reason      varchar(20)              not null,
    closed_on   date                     not null,
    note        varchar(200),
    closed_by   varchar(64)              not null,
    closed_at   timestamp with time zone not null,
    constraint write_off_once unique (person_id, case_year)
);
