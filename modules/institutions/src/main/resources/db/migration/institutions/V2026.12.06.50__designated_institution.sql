-- The registry of designated medical institutions (定点医疗机构, 吉政办发〔2022〕16号 七（十二）): national code
-- (医保定点机构编码, H + the county's six digits + a serial), name, level, county, designated for medical assistance or
-- not, the agreement's days, and the hospital system (API client) bound to it. Names and clients are unique.
create table designated_institution (
    code                  varchar(12)  not null primary key,
    name                  varchar(100) not null,
    level                 integer      not null,
    county_code           varchar(6)   not null,
    assistance_designated boolean      not null,
    agreement_from        date         not null,
    agreement_to          date,
    api_client            varchar(64),
    changed_by            varchar(64)  not null,
    changed_at            timestamp    not null,
    version               bigint       not null,
    constraint designated_institution_name_uq unique (name),
    constraint designated_institution_client_uq unique (api_client),
    constraint designated_institution_level_ck check (level between 1 and 3)
);
create table designated_institution_aud (
    code varchar(12) not null,
    rev integer not null references revinfo (rev),
    revtype smallint,
    name varchar(100),
    level integer,
    county_code varchar(6),
    assistance_designated boolean,
    agreement_from date,
    agreement_to date,
    api_client varchar(64),
    changed_by varchar(64),
    changed_at timestamp,
    primary key (code, rev)
);
