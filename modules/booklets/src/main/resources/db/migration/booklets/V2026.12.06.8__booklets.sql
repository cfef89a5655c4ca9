-- Recognitions (慢特病认定), booklets (门诊慢特病手册) with the diseases they list, and the monthly random audit
-- (随机抽审, 云医保〔2020〕128号 二（四）). Names and ID numbers are copied from the register on the day, for the lists.
create sequence recognition_seq start with 1000 increment by 50;
create table recognition (
    id             bigint       not null primary key,
    person_id      bigint       not null,
    person_name    varchar(50)  not null,
    id_number      varchar(18)  not null,
    township       varchar(9)   not null,
    disease        varchar(6)   not null,
    disease_name   varchar(60)  not null,
    kind           varchar(10)  not null,
    hospital       varchar(100) not null,
    doctor         varchar(30),
    diagnosed_on   date         not null,
    source         varchar(12)  not null,
    health_list_id bigint,
    status         varchar(12)  not null,
    started_by     varchar(64)  not null,
    started_at     timestamp    not null,
    decided_by     varchar(64),
    decided_at     timestamp,
    reason         varchar(200),
    booklet_id     bigint,
    version        bigint       not null,
    constraint recognition_status_ck check (status in ('PENDING', 'RECOGNISED', 'DRUG_COVER', 'REFUSED')),
    constraint recognition_source_ck check (source in ('TOWNSHIP', 'HEALTH_LIST'))
);
create index recognition_township_ix on recognition (township, status);
create index recognition_person_ix on recognition (person_id);
create table recognition_aud (
    id             bigint   not null,
    rev            integer  not null references revinfo (rev),
    revtype        smallint,
    person_id      bigint,
    person_name    varchar(50),
    id_number      varchar(18),
    township       varchar(9),
    disease        varchar(6),
    disease_name   varchar(60),
    kind           varchar(10),
    hospital       varchar(100),
    doctor         varchar(30),
    diagnosed_on   date,
    source         varchar(12),
    health_list_id bigint,
    status         varchar(12),
    started_by     varchar(64),
    started_at     timestamp,
    decided_by     varchar(64),
    decided_at     timestamp,
    reason         varchar(200),
    booklet_id     bigint,
    primary key (id, rev)
);

create sequence recognition_evidence_seq start with 1000 increment by 50;
create table recognition_evidence (
    id             bigint       not null primary key,
    recognition_id bigint       not null references recognition (id),
    file_name      varchar(200) not null,
    content_type   varchar(60)  not null,
    size_bytes     bigint       not null,
    content        bytea        not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamp    not null
);
create index recognition_evidence_ix on recognition_evidence (recognition_id);

-- A booklet's number is the county, the year and a province-wide serial.
create sequence booklet_number_seq start with 1 increment by 1;
create sequence booklet_seq start with 1000 increment by 50;
create table booklet (
    id                bigint       not null primary key,
    number            varchar(16)  not null,
    person_id         bigint       not null,
    holder            bigint, -- the person's id while valid: at most one valid booklet per person
    person_name       varchar(50)  not null,
    id_number         varchar(18)  not null,
    township          varchar(9)   not null,
    county            varchar(6)   not null,
    valid_from        date         not null,
    valid_to          date         not null,
    issued_by         varchar(64)  not null,
    issued_on         date         not null,
    status            varchar(10)  not null,
    withdrawn_on      date,
    withdrawal_reason varchar(16),
    withdrawal_note   varchar(200),
    changed_by        varchar(64)  not null,
    changed_at        timestamp    not null,
    version           bigint       not null,
    constraint booklet_number_uq unique (number),
    constraint booklet_holder_uq unique (holder),
    constraint booklet_status_ck check (status in ('VALID', 'WITHDRAWN'))
);
create index booklet_township_ix on booklet (township, issued_on);
create index booklet_county_issued_ix on booklet (county, issued_on);
create index booklet_person_ix on booklet (person_id);
create table booklet_aud (
    id                bigint   not null,
    rev               integer  not null references revinfo (rev),
    revtype           smallint,
    number            varchar(16),
    person_id         bigint,
    holder            bigint,
    person_name       varchar(50),
    id_number         varchar(18),
    township          varchar(9),
    county            varchar(6),
    valid_from        date,
    valid_to          date,
    issued_by         varchar(64),
    issued_on         date,
    status            varchar(10),
    withdrawn_on      date,
    withdrawal_reason varchar(16),
    withdrawal_note   varchar(200),
    changed_by        varchar(64),
    changed_at        timestamp,
    primary key (id, rev)
);

create sequence booklet_disease_seq start with 1000 increment by 50;
create table booklet_disease (
    id             bigint      not null primary key,
    booklet_id     bigint      not null references booklet (id),
    disease        varchar(6)  not null,
    disease_name   varchar(60) not null,
    kind           varchar(10) not null,
    covered_from   date        not null,
    recognition_id bigint      not null references recognition (id),
    constraint booklet_disease_uq unique (booklet_id, disease)
);
create index booklet_disease_ix on booklet_disease (booklet_id);
create table booklet_disease_aud (
    id             bigint   not null,
    rev            integer  not null references revinfo (rev),
    revtype        smallint,
    booklet_id     bigint,
    disease        varchar(6),
    disease_name   varchar(60),
    kind           varchar(10),
    covered_from   date,
    recognition_id bigint,
    primary key (id, rev)
);

-- The monthly random audit: one draw per county and month, its seed and population kept for a re-run.
create sequence booklet_draw_seq start with 1000 increment by 50;
create table booklet_draw (
    id          bigint      not null primary key,
    county      varchar(6)  not null,
    issue_month varchar(7)  not null,
    seed        bigint      not null,
    population  integer     not null,
    drawn       integer     not null,
    made_by     varchar(64) not null,
    made_at     timestamp   not null,
    constraint booklet_draw_uq unique (county, issue_month)
);
create sequence drawn_booklet_seq start with 1000 increment by 50;
create table drawn_booklet (
    id             bigint       not null primary key,
    draw_id        bigint       not null references booklet_draw (id),
    booklet_id     bigint       not null references booklet (id),
    booklet_number varchar(16)  not null,
    finding        varchar(24),
    responsible    varchar(16),
    action         varchar(20),
    found_on       date,
    note           varchar(200),
    reviewed_by    varchar(64),
    reviewed_at    timestamp,
    version        bigint       not null
);
create index drawn_booklet_ix on drawn_booklet (draw_id);
create table drawn_booklet_aud (
    id             bigint   not null,
    rev            integer  not null references revinfo (rev),
    revtype        smallint,
    draw_id        bigint,
    booklet_id     bigint,
    booklet_number varchar(16),
    finding        varchar(24),
    responsible    varchar(16),
    action         varchar(20),
    found_on       date,
    note           varchar(200),
    reviewed_by    varchar(64),
    reviewed_at    timestamp,
    primary key (id, rev)
);
