-- The province's samples of a county's decisions (抽查), each decision's finding, and the rectification ledger
-- (问题清单, 云医保〔2020〕128号 二（七））: a problem found is an item the county answers and only the province closes.
create sequence sample_seq start with 1000 increment by 50;
create table decision_sample (
    id          bigint      not null primary key,
    county      varchar(6)  not null,
    period_from date        not null,
    period_to   date        not null,
    kinds       varchar(40) not null,
    method      varchar(10) not null,
    sample_size integer     not null,
    seed        bigint      not null,
    population  integer     not null,
    recheck_of  bigint,
    drawn_by    varchar(64) not null,
    drawn_at    timestamp   not null,
    constraint decision_sample_method_ck check (method in ('RANDOM', 'LARGEST', 'BOTH'))
);
create index decision_sample_county_idx on decision_sample (county, drawn_at);
create sequence sample_item_seq start with 1000 increment by 50;
create table sample_item (
    id           bigint        not null primary key,
    sample_id    bigint        not null references decision_sample (id),
    county       varchar(6)    not null,
    kind         varchar(10)   not null,
    decision_id  bigint        not null,
    reference    varchar(40)   not null,
    summary      varchar(200)  not null,
    amount       numeric(12,2) not null,
    decided_on   date          not null,
    decided_by   varchar(64)   not null,
    path         varchar(100)  not null,
    finding      varchar(10),
    clause       varchar(200),
    note         varchar(500),
    found_by     varchar(64),
    found_at     timestamp,
    version      bigint        not null,
    constraint sample_item_finding_ck check (finding in ('COMPLIANT', 'PROBLEM'))
);
create index sample_item_sample_idx on sample_item (sample_id);
create table sample_item_aud (
    id       bigint  not null,
    rev      integer not null references revinfo (rev),
    revtype  smallint,
    sample_id bigint,
    kind     varchar(10),
    decision_id bigint,
    reference varchar(40),
    summary  varchar(200),
    amount   numeric(12,2),
    decided_on date,
    decided_by varchar(64),
    path     varchar(100),
    finding  varchar(10),
    clause   varchar(200),
    note     varchar(500),
    found_by varchar(64),
    found_at timestamp,
    county   varchar(6),
    primary key (id, rev)
);
create sequence rectification_seq start with 1000 increment by 50;
create table rectification_item (
    id             bigint       not null primary key,
    county         varchar(6)   not null,
    sample_item_id bigint       not null references sample_item (id),
    problem        varchar(500) not null,
    clause         varchar(200) not null,
    found_on       date         not null,
    deadline       date         not null,
    owner          varchar(60)  not null,
    status         varchar(10)  not null,
    answer         varchar(1000),
    answered_by    varchar(64),
    answered_at    timestamp,
    closed_by      varchar(64),
    closed_at      timestamp,
    province_note  varchar(500),
    version        bigint       not null,
    constraint rectification_item_uq unique (sample_item_id),
    constraint rectification_item_status_ck check (status in ('OPEN', 'ANSWERED', 'CLOSED'))
);
create index rectification_item_county_idx on rectification_item (county, status);
create table rectification_item_aud (
    id             bigint  not null,
    rev            integer not null references revinfo (rev),
    revtype        smallint,
    county         varchar(6),
    sample_item_id bigint,
    problem        varchar(500),
    clause         varchar(200),
    found_on       date,
    deadline       date,
    owner          varchar(60),
    status         varchar(10),
    answer         varchar(1000),
    answered_by    varchar(64),
    answered_at    timestamp,
    closed_by      varchar(64),
    closed_at      timestamp,
    province_note  varchar(500),
    primary key (id, rev)
);
create sequence rectification_evidence_seq start with 1000 increment by 50;
create table rectification_evidence (
    id           bigint       not null primary key,
    item_id      bigint       not null references rectification_item (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp    not null
);
-- The 1–2 counties a year the province watches closely (医保发〔2021〕10号 五（十五））.
create sequence monitoring_county_seq start with 1000 increment by 50;
create table monitoring_county (
    id         bigint      not null primary key,
    county     varchar(6)  not null,
    watch_year integer     not null,
    marked_by  varchar(64) not null,
    marked_at  timestamp   not null,
    constraint monitoring_county_uq unique (county, watch_year)
);
create table monitoring_county_aud (
    id         bigint  not null,
    rev        integer not null references revinfo (rev),
    revtype    smallint,
    county     varchar(6),
    watch_year integer,
    marked_by  varchar(64),
    marked_at  timestamp,
    primary key (id, rev)
);
