-- The register (参保台账). Ids come from sequences (start at 1000: demo data uses fixed small ids).
-- Audit tables (*_aud) are Hibernate Envers'; revinfo comes from the platform migration.
create sequence household_seq start with 1000 increment by 50;
create table household (
    id             bigint       not null primary key,
    township_code  varchar(9)   not null references division (code),
    address        varchar(200),
    head_person_id bigint,
    version        bigint       not null
);

create sequence person_seq start with 1000 increment by 50;
create table person (
    id               bigint      not null primary key,
    id_number        varchar(18) not null unique,
    name             varchar(50) not null,
    phone            varchar(20),
    birth_date       date        not null,
    sex              varchar(6)  not null,
    household_id     bigint      not null references household (id),
    relation_to_head varchar(20),
    township_code    varchar(9)  not null references division (code),
    status           varchar(12) not null,
    status_date      date,
    version          bigint      not null
);
create index person_township_name_idx on person (township_code, name);
create index person_name_idx on person (name);
create index person_household_idx on person (household_id);

create sequence membership_seq start with 1000 increment by 50;
create table category_membership (
    id              bigint      not null primary key,
    person_id       bigint      not null references person (id),
    category        varchar(30) not null,
    department      varchar(30) not null,
    document_number varchar(60),
    valid_from      date        not null,
    valid_to        date
);
create index membership_person_idx on category_membership (person_id);

create sequence enrolment_seq start with 1000 increment by 50;
create table enrolment (
    id               bigint        not null primary key,
    person_id        bigint        not null references person (id),
    enrolment_year   integer       not null,
    status           varchar(20)   not null,
    contribution_due numeric(12, 2) not null,
    subsidy_type     varchar(8)    not null,
    subsidy_amount   numeric(12, 2) not null,
    paid_date        date,
    over_subsidised  boolean       not null,
    version          bigint        not null,
    constraint enrolment_once_a_year unique (person_id, enrolment_year)
);

-- The province's subsidy policy per year and pooling region (the city). Demo: 2021 resident contribution 320,
-- full subsidy for class 1, a fixed 180 for classes 2 and 3 (Yunnan's figure); the current year repeats it.
create table subsidy_policy (
    id             bigint        not null primary key,
    policy_year    integer       not null,
    pooling_region varchar(6)    not null references division (code),
    contribution   numeric(12, 2) not null,
    full_classes   varchar(20)   not null,
    fixed_classes  varchar(20)   not null,
    fixed_amount   numeric(12, 2) not null,
    constraint subsidy_policy_once unique (policy_year, pooling_region)
);
insert into subsidy_policy values
    (1, 2021, '220100', 320.00, '1', '2,3', 180.00),
    (2, 2021, '220200', 320.00, '1', '2,3', 180.00),
    (3, 2026, '220100', 320.00, '1', '2,3', 180.00),
    (4, 2026, '220200', 320.00, '1', '2,3', 180.00);

create sequence record_view_seq start with 1000 increment by 50;
create table person_record_view (
    id        bigint                   not null primary key,
    person_id bigint                   not null references person (id),
    username  varchar(64)              not null,
    viewed_at timestamp with time zone not null
);
create index record_view_person_idx on person_record_view (person_id);

create table household_aud (
    id             bigint  not null,
    rev            integer not null references revinfo (rev),
    revtype        smallint,
    township_code  varchar(9),
    address        varchar(200),
    head_person_id bigint,
    primary key (id, rev)
);
create table person_aud (
    id               bigint  not null,
    rev              integer not null references revinfo (rev),
    revtype          smallint,
    id_number        varchar(18),
    name             varchar(50),
    phone            varchar(20),
    birth_date       date,
    sex              varchar(6),
    household_id     bigint,
    relation_to_head varchar(20),
    township_code    varchar(9),
    status           varchar(12),
    status_date      date,
    primary key (id, rev)
);
create table category_membership_aud (
    id              bigint  not null,
    rev             integer not null references revinfo (rev),
    revtype         smallint,
    person_id       bigint,
    category        varchar(30),
    department      varchar(30),
    document_number varchar(60),
    valid_from      date,
    valid_to        date,
    primary key (id, rev)
);
create table enrolment_aud (
    id               bigint  not null,
    rev              integer not null references revinfo (rev),
    revtype          smallint,
    person_id        bigint,
    enrolment_year   integer,
    status           varchar(20),
    contribution_due numeric(12, 2),
    subsidy_type     varchar(8),
    subsidy_amount   numeric(12, 2),
    paid_date        date,
    over_subsidised  boolean,
    primary key (id, rev)
);
