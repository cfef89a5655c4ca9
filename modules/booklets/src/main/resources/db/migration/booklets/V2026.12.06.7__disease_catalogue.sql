-- The disease catalogue of each pooling region and year (门诊慢特病病种目录, 吉政办发〔2022〕16号 四（六）):
-- national codes (医保门诊慢特病病种代码), the region's kind for each (chronic or special), and whether it is covered.
create sequence disease_catalogue_seq start with 1000 increment by 50;
create table disease_catalogue (
    id             bigint      not null primary key,
    region         varchar(6)  not null, -- a city, or the province
    catalogue_year integer     not null,
    code           varchar(6)  not null,
    name           varchar(60) not null,
    kind           varchar(10) not null,
    covered        boolean     not null,
    changed_by     varchar(64) not null,
    changed_at     timestamp   not null,
    version        bigint      not null,
    constraint disease_catalogue_uq unique (region, catalogue_year, code),
    constraint disease_catalogue_kind_ck check (kind in ('CHRONIC', 'SPECIAL'))
);
create table disease_catalogue_aud (
    id             bigint   not null,
    rev            integer  not null references revinfo (rev),
    revtype        smallint,
    region         varchar(6),
    catalogue_year integer,
    code           varchar(6),
    name           varchar(60),
    kind           varchar(10),
    covered        boolean,
    changed_by     varchar(64),
    changed_at     timestamp,
    primary key (id, rev)
);
