-- Family-doctor contracts (家庭医生签约服务, 吉医保发〔2019〕52号 三（二）): teams and their members, the province's
-- contract-fee policy per region and year with its service packages, contracts, service records (履约记录), and the
-- county's quarterly payment runs with their lines. A paying line's payment_key (contract/obligation) is unique: an
-- obligation is paid once. Names and ID numbers are copied from the register on the signing day, for the lists.
create sequence family_doctor_team_seq start with 1000 increment by 50;
create table family_doctor_team (
    id          bigint       not null primary key,
    name        varchar(60)  not null,
    institution varchar(100) not null,
    township    varchar(9)   not null,
    active_from date         not null,
    active_to   date,
    changed_by  varchar(64)  not null,
    changed_at  timestamp    not null,
    version     bigint       not null
);
create table family_doctor_team_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    name varchar(60),
    institution varchar(100),
    township varchar(9),
    active_from date,
    active_to date,
    changed_by varchar(64),
    changed_at timestamp,
    primary key (id, rev)
);
create sequence team_member_seq start with 1000 increment by 50;
create table team_member (
    id             bigint      not null primary key,
    team_id        bigint      not null references family_doctor_team (id),
    name           varchar(30) not null,
    licence_number varchar(30) not null,
    role           varchar(16) not null,
    active_from    date        not null,
    active_to      date,
    constraint team_member_role_ck check (role in ('DOCTOR', 'NURSE', 'PUBLIC_HEALTH'))
);
create table team_member_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    team_id bigint,
    name varchar(30),
    licence_number varchar(30),
    role varchar(16),
    active_from date,
    active_to date,
    primary key (id, rev)
);
create sequence contract_fee_policy_seq start with 1000 increment by 50;
create table contract_fee_policy (
    id                bigint       not null primary key,
    region            varchar(6)   not null,
    policy_year       integer      not null,
    exempt_categories varchar(400) not null,
    changed_by        varchar(64)  not null,
    changed_at        timestamp    not null,
    version           bigint       not null,
    constraint contract_fee_policy_uq unique (region, policy_year)
);
create table contract_fee_policy_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    region varchar(6),
    policy_year integer,
    exempt_categories varchar(400),
    changed_by varchar(64),
    changed_at timestamp,
    primary key (id, rev)
);
create sequence service_package_seq start with 1000 increment by 50;
create table service_package (
    id                  bigint        not null primary key,
    policy_id           bigint        not null references contract_fee_policy (id),
    code                varchar(16)   not null,
    name                varchar(30)   not null,
    fee                 numeric(10,2) not null,
    fund_share          numeric(10,2) not null,
    public_health_share numeric(10,2) not null,
    resident_share      numeric(10,2) not null,
    required_service    varchar(20)   not null,
    required_count      integer       not null,
    payment_rule        varchar(24)   not null,
    fund_payment        numeric(10,2) not null,
    booklet_diseases    varchar(200)  not null,
    version             bigint        not null,
    constraint service_package_uq unique (policy_id, code),
    constraint service_package_rule_ck check (payment_rule in ('ONCE_WHEN_MET', 'EACH_CONTRACT_QUARTER'))
);
create table service_package_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    policy_id bigint,
    code varchar(16),
    name varchar(30),
    fee numeric(10,2),
    fund_share numeric(10,2),
    public_health_share numeric(10,2),
    resident_share numeric(10,2),
    required_service varchar(20),
    required_count integer,
    payment_rule varchar(24),
    fund_payment numeric(10,2),
    booklet_diseases varchar(200),
    primary key (id, rev)
);
create sequence family_doctor_contract_seq start with 1000 increment by 50;
create table family_doctor_contract (
    id             bigint        not null primary key,
    person_id      bigint        not null,
    active_holder  bigint,
    person_name    varchar(50)   not null,
    id_number      varchar(18)   not null,
    township       varchar(9)    not null,
    county         varchar(6)    not null,
    team_id        bigint        not null references family_doctor_team (id),
    package_id     bigint        not null references service_package (id),
    signed_on      date          not null,
    valid_to       date          not null,
    status         varchar(8)    not null,
    ended_on       date,
    end_reason     varchar(16),
    personal_share numeric(10,2) not null,
    changed_by     varchar(64)   not null,
    changed_at     timestamp     not null,
    version        bigint        not null,
    constraint family_doctor_contract_holder_uq unique (active_holder),
    constraint family_doctor_contract_status_ck check (status in ('ACTIVE', 'ENDED')),
    constraint family_doctor_contract_reason_ck check (end_reason in ('DECEASED', 'MOVED_OUT', 'CHANGED_TEAM'))
);
create table family_doctor_contract_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    person_id bigint,
    active_holder bigint,
    person_name varchar(50),
    id_number varchar(18),
    township varchar(9),
    county varchar(6),
    team_id bigint,
    package_id bigint,
    signed_on date,
    valid_to date,
    status varchar(8),
    ended_on date,
    end_reason varchar(16),
    personal_share numeric(10,2),
    changed_by varchar(64),
    changed_at timestamp,
    primary key (id, rev)
);
create sequence service_record_seq start with 1000 increment by 500;
create table service_record (
    id           bigint       not null primary key,
    contract_id  bigint       not null references family_doctor_contract (id),
    person_id    bigint       not null,
    county       varchar(6)   not null,
    service_type varchar(20)  not null,
    service_date date         not null,
    member_id    bigint       not null references team_member (id),
    note         varchar(200),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamp    not null,
    constraint service_record_uq unique (person_id, service_type, service_date)
);
create sequence contract_payment_run_seq start with 1000 increment by 50;
create table contract_payment_run (
    id                bigint        not null primary key,
    county            varchar(6)    not null,
    quarter           varchar(6)    not null,
    status            varchar(10)   not null,
    total             numeric(14,2) not null,
    computed_by       varchar(64)   not null,
    computed_at       timestamp     not null,
    approved_by       varchar(64),
    approved_at       timestamp,
    paid_on           date,
    payment_reference varchar(60),
    paid_by           varchar(64),
    version           bigint        not null,
    constraint contract_payment_run_uq unique (county, quarter),
    constraint contract_payment_run_status_ck check (status in ('COMPUTED', 'APPROVED', 'PAID'))
);
create table contract_payment_run_aud (
    id bigint not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    county varchar(6),
    quarter varchar(6),
    status varchar(10),
    total numeric(14,2),
    computed_by varchar(64),
    computed_at timestamp,
    approved_by varchar(64),
    approved_at timestamp,
    paid_on date,
    payment_reference varchar(60),
    paid_by varchar(64),
    primary key (id, rev)
);
create sequence contract_payment_line_seq start with 1000 increment by 500;
create table contract_payment_line (
    id          bigint        not null primary key,
    run_id      bigint        not null references contract_payment_run (id),
    contract_id bigint        not null references family_doctor_contract (id),
    team_id     bigint        not null,
    package_id  bigint        not null,
    obligation  varchar(4),
    kind        varchar(12)   not null,
    period_from date,
    period_to   date,
    met_on      date,
    amount      numeric(10,2) not null,
    payment_key varchar(40),
    constraint contract_payment_line_key_uq unique (payment_key)
);
create index team_member_team_ix on team_member (team_id);
create index family_doctor_team_township_ix on family_doctor_team (township);
create index family_doctor_contract_person_ix on family_doctor_contract (person_id);
create index family_doctor_contract_county_ix on family_doctor_contract (county, signed_on);
create index family_doctor_contract_township_ix on family_doctor_contract (township, status);
create index service_record_contract_ix on service_record (contract_id, service_date);
create index contract_payment_line_run_ix on contract_payment_line (run_id, contract_id);
create index contract_payment_line_contract_ix on contract_payment_line (contract_id);
