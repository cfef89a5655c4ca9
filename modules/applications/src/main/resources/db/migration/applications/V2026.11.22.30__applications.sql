-- Application-based assistance (依申请救助): the cases, every transition, attachments, hand-entered receipts, the
-- settled claims a case claims, and appeals.
create sequence assistance_application_seq start with 1000 increment by 50;
create table assistance_application (
    id                  bigint        not null primary key,
    person_id           bigint        not null,
    person_name         varchar(50)   not null,
    id_number           varchar(18)   not null,
    township_code       varchar(9)    not null references division (code),
    village             varchar(60)   not null,
    cost_year           integer       not null,
    state               varchar(30)   not null,
    state_since         date          not null,
    due_on              date,
    household_members   integer       not null,
    household_income    numeric(12,2) not null,
    assets              varchar(500),
    declaration_signed  boolean       not null,
    materials_received  varchar(300)  not null,
    materials_missing   varchar(300)  not null,
    survey_result       varchar(1000),
    granted_category    varchar(30),
    decision_document   varchar(60),
    category_valid_from date,
    category_valid_to   date,
    determined_by       varchar(64),
    scheme_id           varchar(40),
    assessed_amount     numeric(12,2),
    approved_amount     numeric(12,2),
    approved_by         varchar(64),
    reduced             boolean       not null,
    notice_until        date,
    paid_on             date,
    payment_method      varchar(30),
    payment_reference   varchar(60),
    decided_by          varchar(64),
    decided_on          date,
    decided_at_state    varchar(30),
    created_by          varchar(64)   not null,
    created_at          timestamp     not null,
    version             bigint        not null
);
create index application_township_state_idx on assistance_application (township_code, state, state_since);
create index application_id_number_idx on assistance_application (id_number);
create index application_name_idx on assistance_application (person_name);
create index application_notice_idx on assistance_application (state, notice_until);

create sequence application_event_seq start with 1000 increment by 50;
create table application_event (
    id             bigint        not null primary key,
    application_id bigint        not null references assistance_application (id),
    happened_at    timestamp     not null,
    actor          varchar(64)   not null,
    from_state     varchar(30),
    to_state       varchar(30)   not null,
    action         varchar(20)   not null,
    comment        varchar(2000)
);
create index application_event_case_idx on application_event (application_id);

create table application_claim (
    application_id bigint not null references assistance_application (id),
    claim_id       bigint not null
);
create index application_claim_case_idx on application_claim (application_id);

create table application_receipt (
    application_id     bigint        not null references assistance_application (id),
    hospital           varchar(100)  not null,
    kind               varchar(20)   not null,
    receipt_date       date          not null,
    hospital_level     integer,
    total_cost         numeric(12,2) not null,
    out_of_policy_cost numeric(12,2) not null
);
create index application_receipt_case_idx on application_receipt (application_id);

create sequence appeal_seq start with 1000 increment by 50;
create table appeal (
    id             bigint        not null primary key,
    kind           varchar(20)   not null,
    application_id bigint references assistance_application (id),
    claim_id       bigint,
    bill_line      varchar(1000),
    township_code  varchar(9)    not null references division (code),
    person_name    varchar(50)   not null,
    contested      varchar(500)  not null,
    contested_by   varchar(64)   not null,
    filed_on       date          not null,
    filed_by       varchar(64)   not null,
    grounds        varchar(1000) not null,
    outcome        varchar(20),
    outcome_reason varchar(1000),
    decided_by     varchar(64),
    decided_at     timestamp,
    version        bigint        not null
);
create index appeal_township_idx on appeal (township_code);

create sequence application_attachment_seq start with 1000 increment by 50;
create table application_attachment (
    id             bigint       not null primary key,
    application_id bigint references assistance_application (id),
    appeal_id      bigint references appeal (id),
    step           varchar(30)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(60)  not null,
    size_bytes     bigint       not null,
    content        bytea        not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamp    not null
);
create index attachment_case_idx on application_attachment (application_id);
