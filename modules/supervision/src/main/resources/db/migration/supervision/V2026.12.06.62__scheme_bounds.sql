-- The province's bounds on the schemes, per year (data the province edits), and the supervisors' sign-off of each
-- warning a scheme raised against them.
create table scheme_bounds (
    bounds_year             integer       not null primary key,
    disposable_income       numeric(12,2) not null,
    class2_deductible_share numeric(5,4)  not null,
    class2_ratio            numeric(5,4)  not null,
    class3_ratio            numeric(5,4)  not null,
    class4_ratio            numeric(5,4)  not null,
    child_bonus             numeric(5,4)  not null,
    ci_deductible_share     numeric(5,4)  not null,
    ci_ratio                numeric(5,4)  not null,
    ci_tolerance            numeric(5,4)  not null,
    preferential_factor     numeric(5,4)  not null,
    preferential_bonus      numeric(5,4)  not null,
    changed_by              varchar(64)   not null,
    version                 bigint        not null
);
create table scheme_bounds_aud (
    bounds_year             integer not null,
    rev                     integer not null references revinfo (rev),
    revtype                 smallint,
    disposable_income       numeric(12,2),
    class2_deductible_share numeric(5,4),
    class2_ratio            numeric(5,4),
    class3_ratio            numeric(5,4),
    class4_ratio            numeric(5,4),
    child_bonus             numeric(5,4),
    ci_deductible_share     numeric(5,4),
    ci_ratio                numeric(5,4),
    ci_tolerance            numeric(5,4),
    preferential_factor     numeric(5,4),
    preferential_bonus      numeric(5,4),
    changed_by              varchar(64),
    primary key (bounds_year, rev)
);
create sequence scheme_signoff_seq start with 1000 increment by 50;
create table scheme_signoff (
    id        bigint       not null primary key,
    scheme_id varchar(40)  not null,
    rule      varchar(40)  not null,
    path      varchar(120) not null,
    reason    varchar(500) not null,
    signed_by varchar(64)  not null,
    signed_at timestamp    not null,
    constraint scheme_signoff_uq unique (scheme_id, rule, path)
);
