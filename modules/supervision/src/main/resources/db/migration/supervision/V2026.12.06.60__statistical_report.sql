-- A county's submitted quarterly report (统计报表, 鲁医保发〔2019〕69号 三（六）): each submission is a round, frozen with
-- its figures; a returned round stays as it was and the county submits the next round.
create sequence statistical_report_seq start with 1000 increment by 50;
create table statistical_report (
    id           bigint       not null primary key,
    county       varchar(6)   not null,
    period       varchar(8)   not null,
    round        integer      not null,
    status       varchar(10)  not null,
    submitted_by varchar(64)  not null,
    submitted_at timestamp    not null,
    decided_by   varchar(64),
    decided_at   timestamp,
    comment      varchar(500),
    version      bigint       not null,
    constraint statistical_report_uq unique (county, period, round),
    constraint statistical_report_status_ck check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED'))
);
create index statistical_report_period_idx on statistical_report (period, county);
create table statistical_report_aud (
    id           bigint  not null,
    rev          integer not null references revinfo (rev),
    revtype      smallint,
    county       varchar(6),
    period       varchar(8),
    round        integer,
    status       varchar(10),
    submitted_by varchar(64),
    submitted_at timestamp,
    decided_by   varchar(64),
    decided_at   timestamp,
    comment      varchar(500),
    primary key (id, rev)
);
-- The figures as submitted: written once with the round, never changed.
create table submitted_figure (
    report_id    bigint        not null references statistical_report (id),
    figure_key   varchar(60)   not null,
    figure_value numeric(16,2) not null,
    primary key (report_id, figure_key)
);
