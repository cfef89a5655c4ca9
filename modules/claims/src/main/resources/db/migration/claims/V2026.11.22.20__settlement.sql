-- One-stop settlement (一站式结算): the schemes per pooling region and year, and the confirmed claims with their
-- bills. Scheme parameters are the JSON of the scheme files (modules/claims/README.md), kept as text: the engine
-- reads them, the database only finds them. The demo schemes are loaded by the Java migration that follows.
create table scheme (
    id          varchar(40)    not null primary key,
    name        varchar(100)   not null,
    scheme_year integer        not null,
    region      varchar(6)     not null, -- a province or a city; other provinces' schemes serve the simulator
    definition  varchar(20000) not null,
    copied_from varchar(40),
    created_by  varchar(64)    not null,
    created_at  timestamp      not null,
    version     bigint         not null,
    constraint scheme_region_year_uq unique (region, scheme_year)
);
create table scheme_aud (
    id          varchar(40) not null,
    rev         integer     not null references revinfo (rev),
    revtype     smallint,
    name        varchar(100),
    scheme_year integer,
    region      varchar(6),
    definition  varchar(20000),
    copied_from varchar(40),
    created_by  varchar(64),
    created_at  timestamp,
    primary key (id, rev)
);

-- A person's claims of one year are confirmed one at a time: this row is what two clerks (or a clerk and a hospital
-- system) confirming claims of the same person at once contend for (optimistic locking on version).
create table claim_account (
    person_id  bigint  not null,
    claim_year integer not null,
    claims     integer not null,
    version    bigint  not null,
    primary key (person_id, claim_year)
);

create sequence settled_claim_seq start with 1000 increment by 50;
create table settled_claim (
    id                     bigint        not null primary key,
    claim_number           varchar(40)   not null,
    person_id              bigint        not null,
    person_name            varchar(50)   not null,
    id_number_masked       varchar(18)   not null,
    township_code          varchar(9)    not null references division (code),
    scheme_id              varchar(40)   not null references scheme (id),
    categories             varchar(200)  not null,
    assistance_class       integer,
    birth_date             date          not null,
    kind                   varchar(20)   not null,
    claim_date             date          not null,
    claim_year             integer       not null,
    hospital               varchar(100)  not null,
    hospital_level         integer,
    referral               varchar(20)   not null,
    out_of_province        boolean       not null,
    total_cost             numeric(12,2) not null,
    out_of_policy_cost     numeric(12,2) not null,
    reported_reduction     numeric(12,2) not null,
    reported_supplementary numeric(12,2) not null,
    in_policy              numeric(12,2) not null,
    basic                  numeric(12,2) not null,
    critical_illness       numeric(12,2) not null,
    assistance             numeric(12,2) not null,
    tilted_assistance      numeric(12,2) not null,
    hospital_reduction     numeric(12,2) not null,
    supplementary          numeric(12,2) not null,
    reassistance           numeric(12,2) not null,
    personal_payment       numeric(12,2) not null,
    rule_lines             varchar(8000) not null,
    -- what this claim changed in the person's yearly accumulators (YearTotals)
    ch_basic_inpatient     numeric(12,2) not null,
    ch_basic_outpatient    numeric(12,2) not null,
    ch_inpatient_deductible numeric(12,2),
    ch_ci_base             numeric(12,2) not null,
    ch_ci_paid             numeric(12,2) not null,
    ch_assist_deductible   numeric(12,2) not null,
    ch_assist_paid         numeric(12,2) not null,
    ch_tilted_burden       numeric(12,2) not null,
    ch_tilted_paid         numeric(12,2) not null,
    ch_reassist_rest       numeric(12,2) not null,
    ch_reassist_paid       numeric(12,2) not null,
    ch_pku_paid            numeric(12,2) not null,
    channel                varchar(10)   not null,
    settled_by             varchar(64)   not null,
    settled_at             timestamp     not null,
    corrects               varchar(40),
    reversed_by            varchar(64),
    reversed_at            timestamp,
    reversal_reason        varchar(200),
    version                bigint        not null,
    -- a claim number is settled once, ever: a correction is a reversal plus a claim with a new number
    constraint settled_claim_number_uq unique (claim_number)
);
create index settled_claim_person_idx on settled_claim (person_id, claim_year);
create index settled_claim_township_idx on settled_claim (township_code, claim_date);
create index settled_claim_date_idx on settled_claim (claim_date);
