-- Monitoring (监测预警): the claims monitoring keeps from the claims module's events, the province's parameters per
-- pooling region and year, the two high-cost early warnings with their pushes and the departments' feedback, and the
-- screens' flags. A warning is unique per person and year, a flag per key: each is raised once, whoever settles.
create table monitored_claim (
    claim_id           bigint        not null primary key,
    claim_number       varchar(40)   not null,
    person_id          bigint        not null,
    person_name        varchar(50)   not null,
    id_number_masked   varchar(18)   not null,
    township_code      varchar(9)    not null,
    county_code        varchar(6)    not null,
    pooling_region     varchar(6)    not null,
    categories         varchar(200)  not null,
    target             boolean       not null,
    kind               varchar(20)   not null,
    claim_date         date          not null,
    claim_year         integer       not null,
    admission_date     date,
    hospital           varchar(100)  not null,
    hospital_level     integer,
    total_cost         numeric(12,2) not null,
    out_of_policy_cost numeric(12,2) not null,
    personal_payment   numeric(12,2) not null,
    reversed           boolean       not null
);
create index monitored_claim_person_ix on monitored_claim (person_id, claim_date);
create index monitored_claim_year_ix on monitored_claim (claim_year, kind, target, township_code, hospital);

create sequence warning_rule_seq start with 1000 increment by 50;
create table warning_rule (
    id                    bigint        not null primary key,
    region                varchar(6)    not null,
    rule_year             integer       not null,
    disposable_income     numeric(12,2) not null,
    relapse_percent       integer       not null,
    impoverishment_percent integer      not null,
    feedback_days         integer       not null,
    readmission_days      integer       not null,
    high_rate_percent     integer       not null,
    changed_by            varchar(64)   not null,
    changed_at            timestamp     not null,
    version               bigint        not null,
    constraint warning_rule_uq unique (region, rule_year)
);
create table warning_rule_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    region varchar(6),
    rule_year integer,
    disposable_income numeric(12,2),
    relapse_percent integer,
    impoverishment_percent integer,
    feedback_days integer,
    readmission_days integer,
    high_rate_percent integer,
    changed_by varchar(64),
    changed_at timestamp,
    primary key (id, rev)
);

create sequence warning_push_seq start with 1 increment by 1;
create table warning_push (
    id          bigint      not null primary key,
    county_code varchar(6)  not null,
    pushed_on   date        not null,
    pushed_by   varchar(64) not null,
    pushed_at   timestamp   not null,
    warnings    integer     not null
);

create sequence high_cost_warning_seq start with 1 increment by 50;
create table high_cost_warning (
    id                  bigint        not null primary key,
    person_id           bigint        not null,
    person_name         varchar(50)   not null,
    id_number_masked    varchar(18)   not null,
    township_code       varchar(9)    not null,
    county_code         varchar(6)    not null,
    warning_year        integer       not null,
    kind                varchar(16)   not null,
    threshold           numeric(12,2) not null,
    burden              numeric(12,2) not null,
    raised_on           date          not null,
    status              varchar(16)   not null,
    push_id             bigint references warning_push (id),
    pushed_on           date,
    closed_on           date,
    recognised_category varchar(30),
    document_number     varchar(60),
    recognised_from     date,
    closing_note        varchar(200),
    case_id             bigint,
    version             bigint        not null,
    constraint high_cost_warning_uq unique (person_id, warning_year),
    constraint high_cost_warning_kind_ck check (kind in ('RELAPSE', 'IMPOVERISHMENT')),
    constraint high_cost_warning_status_ck
        check (status in ('RAISED', 'PUSHED', 'ASSISTED', 'NOT_RECOGNISED', 'WITHDRAWN'))
);
create index high_cost_warning_area_ix on high_cost_warning (township_code, warning_year);
create table high_cost_warning_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    person_id bigint,
    person_name varchar(50),
    id_number_masked varchar(18),
    township_code varchar(9),
    county_code varchar(6),
    warning_year integer,
    kind varchar(16),
    threshold numeric(12,2),
    burden numeric(12,2),
    raised_on date,
    status varchar(16),
    push_id bigint,
    pushed_on date,
    closed_on date,
    recognised_category varchar(30),
    document_number varchar(60),
    recognised_from date,
    closing_note varchar(200),
    case_id bigint,
    primary key (id, rev)
);

create sequence warning_feedback_seq start with 1 increment by 1;
create table warning_feedback (
    id          bigint       not null primary key,
    county_code varchar(6)   not null,
    file_name   varchar(200) not null,
    status      varchar(12)  not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamp    not null,
    decided_by  varchar(64),
    decided_at  timestamp,
    version     bigint       not null
);
create sequence warning_feedback_row_seq start with 1 increment by 50;
create table warning_feedback_row (
    id              bigint       not null primary key,
    feedback_id     bigint       not null references warning_feedback (id),
    line_number     bigint       not null,
    warning_id      bigint references high_cost_warning (id),
    warning_number  varchar(20),
    person_name     varchar(50),
    outcome         varchar(16)  not null,
    category        varchar(30),
    document_number varchar(60),
    recognised_from varchar(20),
    reason          varchar(200),
    problem         varchar(200)
);
create index warning_feedback_row_file_ix on warning_feedback_row (feedback_id, line_number);

create sequence screen_flag_seq start with 1 increment by 50;
create table screen_flag (
    id               bigint       not null primary key,
    flag_key         varchar(160) not null,
    kind             varchar(24)  not null,
    county_code      varchar(6)   not null,
    township_code    varchar(9)   not null,
    hospital         varchar(100) not null,
    person_id        bigint,
    person_name      varchar(50),
    id_number_masked varchar(18),
    claim_id         bigint,
    other_claim_id   bigint,
    flag_year        integer      not null,
    detail           varchar(200) not null,
    raised_on        date         not null,
    outcome          varchar(16),
    review_note      varchar(500),
    reviewed_by      varchar(64),
    reviewed_at      timestamp,
    version          bigint       not null,
    constraint screen_flag_key_uq unique (flag_key)
);
create index screen_flag_area_ix on screen_flag (township_code, flag_year);
create table screen_flag_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    flag_key varchar(160),
    kind varchar(24),
    county_code varchar(6),
    township_code varchar(9),
    hospital varchar(100),
    person_id bigint,
    person_name varchar(50),
    id_number_masked varchar(18),
    claim_id bigint,
    other_claim_id bigint,
    flag_year integer,
    detail varchar(200),
    raised_on date,
    outcome varchar(16),
    review_note varchar(500),
    reviewed_by varchar(64),
    reviewed_at timestamp,
    primary key (id, rev)
);
